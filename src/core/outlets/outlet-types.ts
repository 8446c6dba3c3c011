// Shapes of the outlet directory data (src/core/outlets/data/*.json).

export type OutletKind =
  | 'wire'
  | 'newspaper'
  | 'broadcaster'
  | 'magazine'
  | 'aggregator'
  | 'opinion-desk'
  | 'digital'
  /** A press-release wire (PR Newswire, Business Wire): it distributes companies' releases, it reports nothing. */
  | 'agency';

export type Region =
  | 'north-america'
  | 'europe'
  | 'middle-east'
  | 'asia'
  | 'oceania'
  | 'africa'
  | 'latin-america'
  | 'global';

export interface OutletEntry {
  id: string;
  /** Display name. */
  name: string;
  /** Other names, matched case-insensitively as names but with their capitals in running text. */
  aliases: string[];
  /**
   * Abbreviations that are also ordinary words or tokens ("AP", "FT", "RT"): matched only with the exact case
   * and only where the text credits or quotes an outlet, never as plain words.
   */
  shortForms?: string[];
  /**
   * Names (among `name` and `aliases`) that the outlet's syndication feed signs its stories with on other sites
   * ("The-CNN-Wire ™ & © Cable News Network"): credits read them as a wire's, so the detector knows them too.
   */
  feedNames?: string[];
  /** Registrable domains, or subdomains when the outlet lives on one (asia.nikkei.com). */
  domains: string[];
  /** Path prefixes on those domains that belong to this entry (an opinion desk on its parent's domain). */
  paths?: string[];
  homepage: string;
  kind: OutletKind;
  /** ISO 3166 alpha-2 code of the home country, when the outlet has one. */
  country?: string;
  /** Added by the loader from the data file the entry comes from. */
  region?: Region;
}

/** A name several outlets answer to, and how a page decides which one it means. */
export interface AmbiguousAlias {
  alias: string;
  outlets: string[];
  /** True when the name is also an ordinary token (exact case, credit contexts only). */
  short?: boolean;
  /** Which outlet the name means on pages whose host is from that country. */
  byCountry?: Record<string, string>;
  /** The outlet meant when nothing on the page settles it; without one the name stays unresolved. */
  default?: string;
  why?: string;
}
