import type { PageKind } from '../types.ts';

/**
 * What Upstream knows about one aggregator family, as data.
 * Generic heuristics must work without a rule; a rule only sharpens them.
 */
export interface SiteRule {
  /** kebab-case id, also the fixture folder prefix, e.g. 'daily8'. */
  id: string;
  /** Display name of the aggregator, e.g. 'Daily8'. */
  name: string;
  /** Registrable domains the rule applies to (subdomains included). */
  domains: string[];
  /**
   * 'always': every story page is someone else's story (or the aggregator's rewrite of one);
   * 'sometimes': the site also reports itself, so a page is a copy only with evidence on the page.
   */
  aggregator: 'always' | 'sometimes';
  /** Homepage of the aggregator itself. */
  homepage: string;
  /** URL path patterns (regex source, tested against pathname) for listing pages. */
  listingPaths?: string[];
  /** URL path patterns for article pages. */
  articlePaths?: string[];
  /** CSS selectors; all optional, the generic pipeline fills the gaps. */
  selectors?: {
    /** The story container. */
    article?: string;
    /** Element whose text names the original outlet ("Russia Today18 hours ago"). */
    provider?: string;
    /** Blocks to drop as clutter, with the kind they are reported as. */
    remove?: { selector: string; kind: string }[];
    /** Cards on listing pages. */
    listingItem?: string;
  };
  /**
   * Credit patterns (regex source, flags 'u'); group "outlet" captures the original outlet's name.
   * e.g. '^\\(MENAFN-\\s*(?<outlet>[^)]+)\\)'.
   */
  creditPatterns?: string[];
  /** When the page shows no other outlet, the aggregator itself is the original (e.g. MENAFN's own rewrites). */
  selfPublishes?: boolean;
}

/**
 * A rule's examples and notes, beside it in its file but apart from it: the meta-test reads them, and the page
 * scripts, which load the rules on every page, leave them out.
 */
export interface RuleDocs {
  /** Real-looking example URLs with the kind of page each is; the meta-test checks every one. */
  examples: { url: string; kind: PageKind; fixture: string }[];
  /** Why this rule exists; shown nowhere, kept for maintainers. */
  notes?: string;
}
