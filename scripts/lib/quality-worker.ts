// Child process of bench:quality's leak figures: the clean text of each page from Upstream and from plain
// Readability (default options, textContent) on the same parsed document.
import { Readability } from '@mozilla/readability';
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import { blockText } from '../../src/core/extract/text.ts';
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
  /** What Upstream's clean view shows: the standfirst and the text of its HTML, picture captions included (`upstream` leaves them out). */
  view: string;
  readability: string;
  error?: string;
}

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The text of the view's HTML as a reader sees it: the core's block text without its story filter, so captions stay. */
function viewText(doc: Document, html: string): string {
  const box = doc.createElement('div');
  box.innerHTML = html;
  return blockText(box);
}

function run(job: TextJob): TextRun {
  let page;
  try {
    page = parseHtml(readHtmlFile(job.file), job.url, { onError: () => {} });
  } catch (error) {
    return { id: job.id, upstream: '', view: '', readability: '', error: (error as Error).message.split('\n')[0] };
  }
  try {
    let readability = '';
    try {
      readability = new Readability(page.doc.cloneNode(true) as Document).parse()?.textContent ?? '';
    } catch {
      // an empty column for Readability
    }
    let upstream = '';
    let view = '';
    let error: string | undefined;
    try {
      const analysis = analyze(page.doc, job.url, SITE_RULES, {});
      upstream = analysis.text;
      // The view shows the standfirst under the headline, above the story's HTML.
      view = [analysis.standfirst ?? '', viewText(page.doc, analysis.html)].join('\n\n');
    } catch (e) {
      error = (e as Error).message.split('\n')[0];
    }
    return { id: job.id, upstream: flat(upstream), view: flat(view), readability: flat(readability), ...(error ? { error } : {}) };
  } finally {
    page.close();
  }
}

servePages(run);
