// Is a named outlet the site we are on? Used to tell "Reuters credit on reuters.com" (an original)
// from "Reuters credit on some other site" (a copy). Cheap string rules, no directory lookup.
import { domainStem } from '../domain.ts';
import { initials, nameKey } from '../credits.ts';

// Wires whose usual short name shares nothing with their domain.
const KNOWN_DOMAINS: Record<string, string[]> = {
  ap: ['apnews', 'ap'],
  associatedpress: ['apnews', 'ap'],
  afp: ['afp', 'france24'],
  agencefrancepresse: ['afp'],
  bloombergopinion: ['bloomberg'],
  kyodo: ['kyodonews'],
  jiji: ['jiji'],
  pti: ['ptinews', 'presstrustofindia'],
  ani: ['aninews'],
  menafn: ['menafn'],
  cna: ['channelnewsasia', 'cna'],
  centralnewsagency: ['focustaiwan', 'cna'],
  nhk: ['nhk'],
  tass: ['tass'],
  wam: ['wam'],
  spa: ['spa'],
  bbc: ['bbc'],
  bbcnews: ['bbc'],
  ft: ['ft'],
  financialtimes: ['ft'],
  wsj: ['wsj'],
  wallstreetjournal: ['wsj'],
  nyt: ['nytimes'],
  newyorktimes: ['nytimes'],
};

export function sameOutlet(name: string, hostDomain: string, hostName: string): boolean {
  const key = nameKey(name);
  if (!key) return false;
  const stem = domainStem(hostDomain).replace(/[^a-z0-9]/g, '');
  const hostKey = nameKey(hostName);
  if (key === hostKey || key === stem) return true;
  if (KNOWN_DOMAINS[key]?.includes(stem)) return true;
  if (stem.length >= 3 && (initials(name) === stem || key.startsWith(stem) || stem.startsWith(key))) return true;
  if (hostKey.length >= 3 && (key.startsWith(hostKey) || hostKey.startsWith(key))) return true;
  return false;
}
