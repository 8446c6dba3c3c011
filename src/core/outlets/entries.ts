// The directory's data files, read as entries: what the lookups and the index builder start from.
import type { AmbiguousAlias, OutletEntry, Region } from './outlet-types.ts';
import northAmerica from './data/north-america.json';
import europe from './data/europe.json';
import middleEast from './data/middle-east.json';
import asia from './data/asia.json';
import oceania from './data/oceania.json';
import africa from './data/africa.json';
import latinAmerica from './data/latin-america.json';
import global from './data/global.json';
import ambiguousData from './data/ambiguous.json';

const FILES: [Region, unknown][] = [
  ['north-america', northAmerica],
  ['europe', europe],
  ['middle-east', middleEast],
  ['asia', asia],
  ['oceania', oceania],
  ['africa', africa],
  ['latin-america', latinAmerica],
  ['global', global],
];

/** Every entry, in data order, with the region of the file it comes from. */
export function loadEntries(): OutletEntry[] {
  const all: OutletEntry[] = [];
  for (const [region, data] of FILES) {
    for (const entry of data as OutletEntry[]) all.push({ ...entry, region });
  }
  return all;
}

export const AMBIGUOUS = ambiguousData as AmbiguousAlias[];
