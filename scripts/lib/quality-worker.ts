// Child process of bench:quality's leak figures: the clean text of each page from Upstream and from plain
// Readability (default options, textContent) on the same parsed document.
import { Readability } from '@mozilla/readability';
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import { parseHtml } from './jsdom-page.ts';
import { readHtmlFile } from './read-html.ts';
import { servePages } from './page-pool.ts';

export interface TextJob {
  id: string;
  file: string;
  url: string;
}

export interface TextRun {
  id: string;
  upstream: string;
  readability: string;
  error?: string;
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

function run(job: TextJob): TextRun {
  let page;
  try {
    page = parseHtml(readHtmlFile(job.file), job.url, { onError: () => {} });
  } catch (error) {
    return { id: job.id, upstream: '', readability: '', error: (error as Error).message.split('\n')[0] };
  }
  try {
    let readability = '';
    try {
      readability = new Readability(page.doc.cloneNode(true) as Document).parse()?.textContent ?? '';
    } catch {
      // an empty column for Readability
    }
    let upstream = '';
    let error: string | undefined;
    try {
      upstream = analyze(page.doc, job.url, SITE_RULES, {}).text;
    } catch (e) {
      error = (e as Error).message.split('\n')[0];
    }
    return { id: job.id, upstream: flat(upstream), readability: flat(readability), ...(error ? { error } : {}) };
  } finally {
    page.close();
  }
}

servePages(run);
