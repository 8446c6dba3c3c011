// Outlets the story names as its sources ("the Financial Times reported", "told Reuters", "citing Kyodo").
import type { CitedOutlet } from '../types.ts';
import { isReportingContext, matchOutletsInText, type NameContext } from '../outlets/index.ts';
import { fromEntry, sameResolved, type ResolvedOutlet } from './outlet-refs.ts';

const EVIDENCE_SPAN = 40;

function evidenceOf(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - EVIDENCE_SPAN)) + 1, text.lastIndexOf('\n', start) + 1);
  const stop = text.slice(end, end + EVIDENCE_SPAN).search(/[.;!?\n]/);
  return text.slice(from, stop === -1 ? end + EVIDENCE_SPAN : end + stop).trim();
}

export function findCited(text: string, exclude: ResolvedOutlet[], context: NameContext): CitedOutlet[] {
  const out: CitedOutlet[] = [];
  const seen = new Set<string>();
  for (const mention of matchOutletsInText(text, context)) {
    if (!isReportingContext(text, mention.start, mention.end, !mention.short)) continue;
    const outlet = fromEntry(mention.outlet);
    if (seen.has(mention.outlet.id) || exclude.some((x) => sameResolved(outlet, x))) continue;
    seen.add(mention.outlet.id);
    out.push({ ...outlet.ref, evidence: evidenceOf(text, mention.start, mention.end) });
  }
  return out;
}
