// Story cards that name other outlets next to a time ("Reuters · a day ago"): the shape of aggregator feeds and
// topic pages. Read on listings, and on articles that show other evidence (the walk is the costliest read).
import type { OutletLike } from '../outlet-names.ts';
import { sameOutlet } from '../outlet-names.ts';
import { DATE_ONLY, isRelativeTime, sectionLabel } from '../card-time.ts';
import { BYLINE_LED } from '../text.ts';


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
    if (isRelativeTime(t) || DATE_ONLY.test(t)) {
      if (prevShort && !sameOutlet({ name: prevShort }, host)) outlets.set(prevShort, (outlets.get(prevShort) ?? 0) + 1);
      prevShort = '';
      continue;
    }
    const parentTag = n.parentElement?.tagName;
    if (parentTag === 'SCRIPT' || parentTag === 'STYLE') continue;
    // A byline ("By Jane Doe", "Par Marie Dupont"), a section's label or a separator is not an outlet.
    // The name right before the time is what counts: a byline or a label there leaves none.
    if (BYLINE_LED.test(t) || sectionLabel(n.parentElement)) prevShort = '';
    else if (/^[A-Z][\p{L}\p{N}&'’. -]{1,40}$/u.test(t) && t.split(' ').length <= 6 && t.toLowerCase() !== 'time') prevShort = t;
  }
  const total = Array.from(outlets.values()).reduce((a, b) => a + b, 0);
  if (total < 2) return null;
  return { total, names: [...outlets].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name]) => name) };
}
