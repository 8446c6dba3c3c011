// Story cards that name other outlets next to a time ("Reuters · a day ago"): the shape of aggregator feeds and
// topic pages. Read on listings, and on articles that show other evidence (the walk is the costliest read).
import type { OutletLike } from '../outlet-names.ts';
import { sameOutlet } from '../outlet-names.ts';

const RELATIVE_TIME = /^(?:time\s*)?(?:\d{1,2}|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$|^(?:time\s*)?(?:yesterday|just now)$/i;
const DATE_ONLY = /^(?:time\s*)?\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/;

export interface CardOutlets {
  /** Cards counted (a name right before a time). */
  total: number;
  /** The names, most frequent first, at most four. */
  names: string[];
}

/** Counts short text nodes that look like times and takes the short capitalised text just before each as the outlet. */
export function cardOutlets(doc: Document, host: OutletLike, maxNodes = 4000): CardOutlets | null {
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
      if (prevShort && !sameOutlet({ name: prevShort }, host)) outlets.set(prevShort, (outlets.get(prevShort) ?? 0) + 1);
      prevShort = '';
      continue;
    }
    const parentTag = n.parentElement?.tagName;
    if (parentTag === 'SCRIPT' || parentTag === 'STYLE') continue;
    // A byline ("By Jane Doe") or a separator is not an outlet.
    if (/^[A-Z][\p{L}\p{N}&'’. -]{1,40}$/u.test(t) && t.split(' ').length <= 6 && t.toLowerCase() !== 'time' && !/^By\s/.test(t)) prevShort = t;
  }
  const total = Array.from(outlets.values()).reduce((a, b) => a + b, 0);
  if (total < 2) return null;
  return { total, names: [...outlets].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name]) => name) };
}
