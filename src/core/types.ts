// Data shapes shared by the core, the CLI and the extension UI.
// Everything here is plain JSON-serialisable data so it can cross the message boundary.
import type { Evidence } from './evidence/index.ts';

export type PageKind = 'article' | 'listing' | 'other';

/** One piece of evidence found by the detector, with a reason a person can read in the popup. */
export interface Signal {
  /** Stable machine id, e.g. 'credit-line', 'canonical-cross-domain', 'site-rule'. */
  id: string;
  /** How strongly this points at "this page is a copy of someone else's story" (0..1). */
  weight: number;
  /** Plain-words explanation, e.g. 'Credit line names Reuters: "(Reuters) -"'. */
  reason: string;
  /** The other outlet the signal names, when it names one. */
  outlet?: string;
}

export interface OutletRef {
  name: string;
  /** Registrable domain, e.g. 'rt.com'; '' when unknown. */
  domain: string;
  /** Id in the outlet directory when the outlet is known there. */
  id?: string;
  homepage?: string | null;
}

export interface Detection {
  isAggregator: boolean;
  kind: PageKind;
  host: OutletRef;
  signals: Signal[];
  /** Id of the site rule that matched the URL, if any. */
  rule: string | null;
  /** The evidence the verdict was read from (set by `detect()`; messages carry the verdict without it). */
  evidence?: Evidence;
}

export type RemovedKind =
  | 'promo'
  | 'app-promo'
  | 'newsletter'
  | 'consent'
  | 'ad'
  | 'comments'
  | 'related'
  | 'share'
  | 'navigation'
  | 'other';

export interface RemovedBlock {
  kind: RemovedKind;
  /** A short snippet of the removed block's text (for "show removed"). */
  text: string;
}

export interface CoverageItem {
  title: string;
  outlet: string | null;
  url: string | null;
}

export interface ListingItem {
  title: string;
  outlet: string | null;
  domain: string | null;
  /** As shown on the page ("a day ago", "21-06-2025") or ISO 8601 when resolvable. */
  time: string | null;
  summary: string | null;
  url: string | null;
  /** Items covering the same story share a group number. */
  group: number;
}

export interface Original extends OutletRef {
  /** Best link to the story itself at the original outlet (http(s) only) or null. */
  url: string | null;
  /** Which evidence decided: 'site-rule' | 'meta' | 'json-ld' | 'canonical' | 'credit-line' | 'provider-label' | 'author-bio' | 'host'. */
  via: string;
}

export interface CitedOutlet extends OutletRef {
  /** The phrase in the text that named it, e.g. 'the Financial Times reported'. */
  evidence?: string;
}

export interface Attribution {
  host: OutletRef;
  original: Original | null;
  byline: string | null;
  published: string | null;
  cited: CitedOutlet[];
}

export interface ExtractedArticle {
  title: string | null;
  /** The headline's summary paragraph where the page sets it apart from the story's container (shown under the headline). */
  standfirst: string | null;
  byline: string | null;
  published: string | null;
  /** Sanitised HTML of the clean article body. */
  html: string;
  /** Clean body text, paragraphs separated by a blank line. */
  text: string;
  removed: RemovedBlock[];
  coverage: CoverageItem[];
  lang: string | null;
  dir: string | null;
  siteName: string | null;
}

/** The full result for one page, as printed by the analyze CLI and shown by the extension. */
export interface Analysis {
  url: string;
  kind: PageKind;
  isAggregator: boolean;
  signals: Signal[];
  /** Id of the site rule for the page's host, if any. */
  rule: string | null;
  host: OutletRef;
  original: Original | null;
  byline: string | null;
  published: string | null;
  cited: CitedOutlet[];
  title: string | null;
  /** The headline's summary paragraph, shown under the headline; not part of `text` or `html`. */
  standfirst: string | null;
  text: string;
  html: string;
  removed: RemovedBlock[];
  coverage: CoverageItem[];
  items: ListingItem[];
  timings: { detectMs: number; extractMs: number };
}

/** Options that callers (CLI, tests, extension) may pass to the pipeline. */
export interface AnalyzeOptions {
  /** Moment the page was captured / is being viewed, for resolving "18 hours ago". */
  now?: Date | null;
  /** Clock used for timings; defaults to performance.now where available. */
  clock?: () => number;
  /**
   * The evidence of this same document, when the caller already has it (the content script gathered it on
   * page load): analyze() then does not gather it a second time.
   */
  evidence?: Evidence | null;
}
