// The pages the speed benchmark runs over: every page of the shared corpora, read once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHtmlFile } from './read-html.ts';

export interface CorpusPage {
  /** "aeb/<id>" or "rtp/<name>". */
  id: string;
  /** URL the page is analysed under in node (ground truth URL, or Readability's test placeholder). */
  url: string;
  html: string;
}

export function loadCorpus(corporaDir: string, limit?: number): CorpusPage[] {
  const pages: CorpusPage[] = [];
  const aeb = join(corporaDir, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(aeb, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  for (const id of Object.keys(truth).sort()) {
    pages.push({ id: `aeb/${id}`, url: truth[id]!.url, html: readHtmlFile(join(aeb, 'html', `${id}.html.gz`)) });
  }
  const rtp = join(corporaDir, 'readability-test-pages');
  for (const name of readdirSync(rtp).sort()) {
    const file = join(rtp, name, 'source.html');
    // Readability's own test suite loads every page under this URL.
    if (existsSync(file)) pages.push({ id: `rtp/${name}`, url: 'http://fakehost/test/page.html', html: readFileSync(file, 'utf8') });
  }
  return limit ? pages.slice(0, limit) : pages;
}

/** Every `step`-th page, spread over both corpora (for the slower browser part). */
export function samplePages<T>(pages: T[], count: number): T[] {
  if (count >= pages.length) return pages;
  const step = pages.length / count;
  return Array.from({ length: count }, (_, i) => pages[Math.floor(i * step)]!);
}
