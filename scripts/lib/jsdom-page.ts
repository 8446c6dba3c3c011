// Parses saved HTML into a jsdom Document the way the CLI, the benchmarks and the unit tests all need it:
// no page scripts, no network, quiet about CSS the parser cannot read, and closable so that long batches
// do not keep every window alive.
import { createRequire } from 'node:module';

/** The small part of jsdom's API used here (jsdom ships no type declarations of its own). */
interface JsdomError extends Error {
  type?: string;
}
interface VirtualConsoleLike {
  on(event: 'jsdomError', listener: (error: JsdomError) => void): VirtualConsoleLike;
}
interface JsdomModule {
  JSDOM: new (
    html: string,
    options: { url: string; runScripts?: undefined; resources?: undefined; virtualConsole: VirtualConsoleLike },
  ) => { window: Window };
  VirtualConsole: new () => VirtualConsoleLike;
}

// createRequire keeps the typing local: an ambient `declare module 'jsdom'` would clash with @types/jsdom
// the day it gets installed.
const jsdom = createRequire(import.meta.url)('jsdom') as JsdomModule;

/** jsdom error kinds that say nothing about the page or our code (old/vendor CSS jsdom cannot parse). */
const NOISE = new Set(['css-parsing']);

export interface ParsedPage {
  doc: Document;
  window: Window;
  /** Frees the window; the document must not be used afterwards. */
  close(): void;
}

export interface ParseOptions {
  /** Receives jsdom errors that are not noise; defaults to one line on stderr. */
  onError?: (message: string) => void;
}

/**
 * Parses `html` as if it had been loaded from `url` (which must be an absolute URL: relative links,
 * canonical URLs and `doc.URL` resolve against it). Scripts do not run and nothing is fetched.
 */
export function parseHtml(html: string, url: string, options: ParseOptions = {}): ParsedPage {
  const report = options.onError ?? ((message: string) => console.error(`jsdom: ${message}`));
  const virtualConsole = new jsdom.VirtualConsole().on('jsdomError', (error) => {
    if (error.type && NOISE.has(error.type)) return;
    report(error.message.split('\n')[0] ?? String(error));
  });
  // runScripts and resources left undefined: jsdom's defaults are "never run page scripts" and
  // "never load subresources", which is exactly what an offline analyser wants.
  const dom = new jsdom.JSDOM(html, { url, virtualConsole });
  const window = dom.window;
  const close = (): void => {
    // jsdom's close() walks window[0..length) and throws on a frame it never gave a window
    // (<iframe src="javascript:…">): drop the frames first, the document is done with anyway. jsdom
    // recounts its frames with a plain "iframe,frame" selector, which also matches same-named elements in
    // MathML or SVG (<math><iframe>) that never get a window: those go first, so the last recount finds none.
    const frames = Array.from(window.document.querySelectorAll('iframe, frame'));
    const isHtml = (el: Element): boolean => el.namespaceURI === 'http://www.w3.org/1999/xhtml';
    for (const frame of [...frames.filter((el) => !isHtml(el)), ...frames.filter(isHtml)]) frame.remove();
    window.close();
  };
  return { doc: window.document, window, close };
}

/** Runs `fn` on the parsed document and always closes the window afterwards. */
export function withDocument<T>(html: string, url: string, fn: (doc: Document) => T, options: ParseOptions = {}): T {
  const page = parseHtml(html, url, options);
  try {
    return fn(page.doc);
  } finally {
    page.close();
  }
}
