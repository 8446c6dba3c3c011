// Another story's headline set into the text under a bold kicker, as a paragraph of its own: "<strong>Internal
// memo: </strong>Federal prison guards falsified records of cell checks, inmate counts" (usatoday.com),
// "<strong>'Meth. We're On It.': </strong>South Dakota spends $449K on new anti-meth ad campaign" (argusleader.com).
// Saved pages often keep the line without its link, so link share does not find it; its shape does. Not a
// labelled line of the story: a result ("Rockledge (0-1): Blakely 15 points."), a quote, an answer or a note ends
// as a sentence; a step or a fact ("Step 2:", "Admission:") has a number or a one-word label; tips come in runs.
import { hostnameOf } from '../domain.ts';
import { compact, norm } from '../text.ts';
import { ENDS_SENTENCE } from './text.ts';
import { listOf } from '../dom-scan.ts';

const NOTE_LABEL = /\b(?:note|update[ds]?|correction|clarification|editor|disclosure|disclaimer|warning|source|tip|step|answer|question)\b/i;

/** The label and the rest of a paragraph opening with a bold label ending in a colon, or null. */
function kickerParts(el: Element): { label: string; rest: string } | null {
  if (el.localName !== 'p') return null;
  // Elements and words only: a comment node left in the markup is neither.
  const nodes = Array.from(el.childNodes).filter((n) => n.nodeType === 1 || (n.nodeType === 3 && (n.nodeValue ?? '').trim()));
  const first = nodes[0];
  if (!first || first.nodeType !== 1 || !/^(?:strong|b)$/.test((first as Element).localName)) return null;
  // The rest is plain text: a link or a picture makes it something else, judged elsewhere.
  if (nodes.slice(1).some((n) => n.nodeType === 1 && !/^(?:em|i|span)$/.test((n as Element).localName))) return null;
  const label = norm(first.textContent);
  if (!label.endsWith(':')) return null;
  const rest = norm(nodes.slice(1).map((n) => n.textContent ?? '').join(''));
  return { label: label.slice(0, -1).trim(), rest };
}

/** The line's shape alone: a kicker of a few words, then a headline (see above). */
function headlineShape(label: string, rest: string, host: string): boolean {
  const labelWords = label.split(' ').length;
  if (labelWords < 2 || labelWords > 6 || /\d/.test(label) || NOTE_LABEL.test(label)) return false;
  // The site speaking in its own name ("The Debrief: Ed put the cupid bow and arrow down…", thedebrief.co.uk).
  const key = compact(label);
  if (key.length >= 4 && host.replace(/[^a-z0-9]+/g, '').includes(key)) return false;
  const words = rest.split(' ').length;
  if (words < 6 || words > 30 || ENDS_SENTENCE.test(rest)) return false;
  return (rest.match(/\d/g)?.length ?? 0) < 0.15 * rest.length;
}

/**
 * The paragraphs of `root` that are other stories' headlines under a bold kicker. When any paragraph of the story
 * opens with a bold label but is not of that shape, the story labels its own lines ("Author: …", "Portion Fix
 * Containers: 1 Purple"), and none is taken for a kicker.
 */
export function kickedHeadlines(root: Element): Set<Element> {
  const found = new Set<Element>();
  // A document without an address has no site name to compare with ('').
  const host = hostnameOf(root.ownerDocument.URL);
  for (const p of listOf(root.getElementsByTagName('p'))) {
    const parts = kickerParts(p);
    if (!parts) continue;
    if (!headlineShape(parts.label, parts.rest, host)) return new Set();
    found.add(p);
  }
  // One line on its own between paragraphs; a run of labelled lines is the story's list. Every labelled paragraph
  // is in `labelled` by now (any other shape returned above).
  const labelled = new Set(found);
  for (const p of labelled) {
    const prev = p.previousElementSibling;
    const next = p.nextElementSibling;
    if ((prev && labelled.has(prev)) || (next && labelled.has(next))) found.delete(p);
  }
  return found;
}
