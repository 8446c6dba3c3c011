// Evidence in the visible text: credit lines at the start or end of the story, republication notes,
// and cards of other outlets with relative times (the shape of aggregator feeds and related blocks).
import type { Signal } from '../types.ts';
import { findCredits, type Credit } from '../credits.ts';
import { sameOutlet } from './same-outlet.ts';
import { closestWhere, isCaption } from '../dom-scan.ts';

// Photo captions end in agency credits ("Nogales, Ariz. (AP)") that credit the picture, not the story.
const inCaption = (el: Element): boolean => closestWhere(el, isCaption) !== null;

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export interface Paragraph {
  el: Element;
  /** Trimmed text, read once: the detector's budget is a millisecond. */
  text: string;
}

/** The paragraphs that most likely belong to the story: inside <article>/<main> when present. */
export function storyParagraphs(doc: Document, limit = 120): Paragraph[] {
  // One <article> is the story; several are cards or comments, so look at the whole main area.
  const articles = doc.getElementsByTagName('article');
  const scope = (articles.length === 1 ? articles[0] : null) ?? doc.querySelector('main, [role="main"]') ?? doc.body;
  if (!scope) return [];
  let all = scope.getElementsByTagName('p');
  if (all.length < 3 && scope !== doc.body && doc.body) all = doc.body.getElementsByTagName('p');
  // Credits sit at the start and the end; the middle of a very long page adds nothing but cost. Only the
  // paragraphs kept are touched: in a browser every element read from script gets a wrapper object made
  // for the script's world, and the first run on a page pays for each one.
  const n = all.length;
  const head = n > limit ? limit - limit / 4 : n;
  const out: Paragraph[] = [];
  const take = (i: number): void => {
    const el = all[i]!;
    out.push({ el, text: (el.textContent ?? '').trim() });
  };
  for (let i = 0; i < head; i++) take(i);
  for (let i = Math.max(head, n - limit / 4); i < n; i++) take(i);
  return out;
}

function pick(paragraphs: Paragraph[], count: number, fromEnd: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length && out.length < count; i++) {
    const p = paragraphs[fromEnd ? paragraphs.length - 1 - i : i]!;
    if (p.text.length < 8 || inCaption(p.el)) continue;
    out.push(p.text);
  }
  return fromEnd ? out.reverse() : out;
}

/** Lines where credits live: first and last substantial paragraphs of the story (captions excluded). */
export function creditCandidateLines(paragraphs: Paragraph[]): string[] {
  const head = pick(paragraphs, 4, false);
  const tail = pick(paragraphs, 6, true).filter((t) => !head.includes(t));
  return [...head, ...tail];
}

/** Short lines right under the headline: provider labels ("Russia Today18 hours ago"), bylines, datelines. */
export function headlineLines(doc: Document, limit = 8): string[] {
  const h1 = doc.querySelector('h1');
  if (!h1 || !doc.body) return [];
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  walker.currentNode = h1;
  let visited = 0;
  for (let n = walker.nextNode() as Element | null; n && out.length < limit && visited < 120; n = walker.nextNode() as Element | null, visited++) {
    if (n.children.length > 3 || /^(?:SCRIPT|STYLE|SVG|svg|path|NOSCRIPT)$/.test(n.tagName) || h1.contains(n)) continue;
    const raw = n.textContent ?? '';
    // A block of story text cannot be a short line: skip it before copying and normalising it, which is
    // most of the cost when a wrapper after the headline holds the whole story.
    if (raw.length > 400) {
      if (n.tagName === 'P') break;
      continue;
    }
    const t = norm(raw);
    if (n.tagName === 'P' && t.length > 100) break;
    if (t && t.length <= 100 && !out.includes(t) && !inCaption(n)) out.push(t);
  }
  return out;
}

const CREDIT_REASON: Record<Credit['kind'], string> = {
  dateline: 'The story’s credit line names',
  'agency-tail': 'The story ends with a credit to',
  bio: 'The author’s bio line names',
  republished: 'A note says the story was first published by',
  'source-label': 'A source label names',
  'syndicated-feed': 'A note says the story comes from a syndicated feed',
};

const CREDIT_WEIGHT: Record<Credit['kind'], number> = {
  dateline: 0.75,
  'agency-tail': 0.65,
  // "X is a Metro reporter" names a desk as often as an outlet: a bio line alone is not enough.
  bio: 0.5,
  republished: 0.85,
  'source-label': 0.7,
  'syndicated-feed': 0.8,
};

export function creditSignals(lines: string[], hostDomain: string, hostName: string): { signals: Signal[]; credits: Credit[] } {
  const signals: Signal[] = [];
  const credits: Credit[] = [];
  for (const line of lines) {
    for (const c of findCredits(line)) {
      credits.push(c);
      if (c.outlet && sameOutlet(c.outlet, hostDomain, hostName)) continue;
      if (signals.some((s) => s.id === `credit-${c.kind}` && s.outlet === (c.outlet ?? undefined))) continue;
      const quote = c.line.length > 90 ? `${c.line.slice(0, 87)}…` : c.line;
      signals.push({
        id: `credit-${c.kind}`,
        weight: CREDIT_WEIGHT[c.kind],
        ...(c.outlet ? { outlet: c.outlet } : {}),
        reason: c.outlet ? `${CREDIT_REASON[c.kind]} ${c.outlet}: “${quote}”` : `${CREDIT_REASON[c.kind]}: “${quote}”`,
      });
    }
  }
  return { signals, credits };
}

const RELATIVE_TIME = /^(?:time\s*)?(?:\d{1,2}|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$|^(?:time\s*)?(?:yesterday|just now)$/i;
const DATE_ONLY = /^(?:time\s*)?\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/;

/**
 * Cards naming other outlets next to a time ("Reuters · a day ago"): counts short text nodes that
 * look like times and takes the short capitalised text just before each as the outlet name.
 */
export function outletCardSignal(doc: Document, hostDomain: string, hostName: string, maxNodes = 4000): Signal | null {
  const body = doc.body;
  if (!body) return null;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const outlets = new Map<string, number>();
  let prevShort = '';
  let seen = 0;
  for (let n = walker.nextNode(); n && seen < maxNodes; n = walker.nextNode(), seen++) {
    const raw = n.nodeValue ?? '';
    if (raw.length > 60) {
      prevShort = '';
      continue;
    }
    const t = raw.trim();
    if (!t) continue;
    if (RELATIVE_TIME.test(t) || DATE_ONLY.test(t)) {
      if (prevShort && !sameOutlet(prevShort, hostDomain, hostName)) outlets.set(prevShort, (outlets.get(prevShort) ?? 0) + 1);
      prevShort = '';
      continue;
    }
    const parentTag = n.parentElement?.tagName;
    if (parentTag === 'SCRIPT' || parentTag === 'STYLE') continue;
    if (/^[A-Z][\p{L}\p{N}&'’. -]{1,40}$/u.test(t) && t.split(' ').length <= 6 && t.toLowerCase() !== 'time') prevShort = t;
  }
  const total = Array.from(outlets.values()).reduce((a, b) => a + b, 0);
  if (total < 2) return null;
  const names = Array.from(outlets.keys()).slice(0, 4);
  return {
    id: 'outlet-cards',
    weight: total >= 3 ? 0.55 : 0.4,
    outlet: names[0]!,
    reason: `${total} story cards credit other outlets (${names.join(', ')})`,
  };
}
