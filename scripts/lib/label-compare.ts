// How benchmark output is compared with hand labels: outlets by directory entry, domain or name; bylines as
// sets of names (order, case, accents and punctuation aside); titles by their words.
import type { OutletRef } from '../../src/core/types.ts';
import { findOutletByDomain, findOutletByName } from '../../src/core/outlets/index.ts';
import { registrableDomain } from '../../src/core/domain.ts';
import type { OutletLabel } from './labels.ts';

const plain = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A byline as a sorted set of names: "A, B and C" = "C, A & B"; null and "" are the same. */
export function bylineKey(byline: string | null | undefined): string {
  if (!byline?.trim()) return '';
  return byline
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/i)
    .map(plain)
    .filter(Boolean)
    .sort()
    .join('|');
}

export const titleKey = (title: string): string => plain(title);

/** The outlet found is the labelled one: same directory entry, same registrable domain, or same name. */
export function sameLabelledOutlet(got: OutletRef | null, want: OutletLabel): boolean {
  if (!got) return false;
  const entry = findOutletByName(want.name) ?? (want.domain ? findOutletByDomain(want.domain) : null);
  if (entry && got.id === entry.id) return true;
  if (got.domain && want.domain && registrableDomain(got.domain) === registrableDomain(want.domain)) return true;
  return plain(got.name).replace(/^the /, '') === plain(want.name).replace(/^the /, '');
}
