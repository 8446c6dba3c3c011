// Child process of `analyze --manifest`: one chunk of manifest entries, each analysed in a fresh jsdom window
// and returned as its output record (or an error record), so the parent only prints.
import { analyzeJob } from './analyze-page.ts';
import { servePages } from './page-pool.ts';

servePages(analyzeJob);
