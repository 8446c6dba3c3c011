// One hostile page through the whole pipeline, as the extension runs it: analyze() on a jsdom page
// (scripts/lib/jsdom-page.ts), the clean view rendered from that analysis into the page's document, and
// the popup's report components. Returns every way page content got out of its box.
// Needs chrome.i18n (ui-helpers' installI18n); Preact renders into the page's own document.
import { h, render } from 'preact';
import { parseHtml } from '../../../scripts/lib/jsdom-page.ts';
import { analyze } from '../../../src/core/analyze.ts';
import { SITE_RULES } from '../../../src/core/rules/index.ts';
import type { Analysis } from '../../../src/core/types.ts';
import { CleanView, HOST_TAG } from '../../../src/engine/clean-view.ts';
import { CLEAN_VIEW_CSS } from '../../../src/engine/clean-view-styles.ts';
import { Coverage, Facts, ListingSummary, Why } from '../../../src/popup/report.tsx';
import { DEFAULTS } from '../../../src/shared/settings.ts';
import { chromeViolations, popupLinkViolations, untrustedViolations } from './inert-check.ts';

const NOW = new Date('2025-06-01T12:00:00Z');
/** The only inline style in the view: the reader's typography, as custom properties on the frame. */
const FRAME_STYLE = /^(?:\s*--(?:font|size|width):[^;]*;?)*\s*$/;

function parseBody(win: Window, html: string): HTMLElement {
  return new (win as Window & typeof globalThis).DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

function viewViolations(win: Window, doc: Document, a: Analysis): string[] {
  const out: string[] = [];
  const before = doc.documentElement.childElementCount;
  const view = new CleanView({ doc });
  view.open(a, { ...DEFAULTS, sites: {} });
  const root = view.root;
  const host = doc.documentElement.lastElementChild;
  if (!root || !host || host.localName !== HOST_TAG) return ['clean view did not open'];
  if (host.childNodes.length > 0) out.push('the view host has light-DOM children');
  if (Array.from(host.attributes).some((x) => x.name !== 'style')) out.push('the view host carries attributes other than its own style');
  for (const style of Array.from(root.querySelectorAll('style'))) if (style.textContent !== CLEAN_VIEW_CSS) out.push('a <style> that is not the view stylesheet');
  for (const el of Array.from(root.querySelectorAll('link, [style]'))) {
    if (!(el.classList.contains('uv') && FRAME_STYLE.test(el.getAttribute('style') ?? ''))) out.push(`styled element <${el.localName} style="${el.getAttribute('style')}">`);
  }
  // Without article HTML the content box holds the view's own paragraphs (story text or a notice).
  const content = a.html.trim() ? root.querySelector('[data-part="content"]') : null;
  if (content) {
    out.push(...untrustedViolations(content).map((v) => `clean view: ${v}`));
    // A second parse of what the view holds must be just as inert (namespace confusion, mXSS).
    out.push(...untrustedViolations(parseBody(win, content.innerHTML)).map((v) => `clean view reparsed: ${v}`));
  }
  const page = root.querySelector('.page');
  if (page) out.push(...chromeViolations(page, content).map((v) => `view chrome: ${v}`));
  view.close();
  if (doc.querySelector(HOST_TAG) || doc.documentElement.childElementCount !== before) out.push('the view left something in the page');
  return out;
}

function popupViolations(doc: Document, a: Analysis): string[] {
  const el = doc.createElement('div');
  render(h('div', {}, h(Facts, { analysis: a }), h(ListingSummary, { analysis: a }), h(Why, { detection: a }), h(Coverage, { analysis: a })), el);
  const out = popupLinkViolations(el);
  render(null, el);
  return out;
}

export interface PipelineResult {
  violations: string[];
  /** How much page markup reached the view: so a run can show the generator is not feeding it only empty pages. */
  htmlLength: number;
  kind: Analysis['kind'] | 'error';
}

export function checkPipeline(html: string, url: string): PipelineResult {
  const page = parseHtml(html, url, { onError: () => undefined });
  try {
    let a: Analysis;
    try {
      a = analyze(page.doc, url, SITE_RULES, { now: NOW });
    } catch (err) {
      return { violations: [`analyze() threw: ${err instanceof Error ? err.stack : String(err)}`], htmlLength: 0, kind: 'error' };
    }
    const violations = [
      // The core's HTML on its own, parsed the way the engine parses it, before the engine's second filter.
      ...untrustedViolations(parseBody(page.window, a.html)).map((v) => `core html: ${v}`),
      ...viewViolations(page.window, page.doc, a),
      ...popupViolations(page.doc, a),
    ];
    return { violations, htmlLength: a.html.length, kind: a.kind };
  } finally {
    page.close();
  }
}
