// Outlet directory: who publishes at which domain, under which names.
import type { OutletRef } from '../types.ts';
import type { OutletEntry } from './outlet-types.ts';
import { registrableDomain } from '../domain.ts';

export type { OutletEntry, OutletKind, Region, AmbiguousAlias } from './outlet-types.ts';
export {
  allOutlets,
  findOutletById,
  findOutletByDomain,
  findOutletByName,
  outletNameSuffix,
  resolveAmbiguous,
  nameKey,
  type NameContext,
} from './directory.ts';
export { matchOutletsInText, type OutletMention } from './match-text.ts';
export { isReportingContext, isCreditContext } from './context.ts';

/** The plain-data reference the UI shows for a directory entry. */
export function toOutletRef(entry: OutletEntry): OutletRef {
  // The registrable domain the UI shows: 'english.kyodonews.net' → 'kyodonews.net', 'asia.nikkei.com' → 'nikkei.com'.
  const domain = entry.domains.find((d) => registrableDomain(d) === d) ?? registrableDomain(entry.domains[0] ?? '');
  return { name: entry.name, domain, id: entry.id, homepage: entry.homepage };
}
