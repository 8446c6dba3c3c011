// Gathering the page's evidence (see index.ts for the record's purpose). The passes only pages without a story
// need (listing-passes.ts) come in as a parameter: the content script runs on every page load and carries
// this file without them, loading them only on the pages that ask for them.
import type { OutletRef, PageKind } from '../types.ts';
import type { SiteRule } from '../rules/rule-types.ts';
import { hostnameOf, httpUrl, registrableDomain } from '../domain.ts';
import { norm, wordsIn } from '../text.ts';
import { meta, readHead, siteNameOf, readMicrodataSources, readStoryLd, type HeadData, type LdStory, type MicrodataSources } from './head.ts';
import type { Where } from './where.ts';
import { headlineElement, headlineLines, namesTitle } from './headline.ts';
import { afterLines, siteRights, leadLines, loneStoryBlock, sourceLink, storyBody, storyParagraphs, tailLines, timeValues, type Paragraph } from './regions.ts';
import { bylineArea } from './byline-area.ts';
import { ownAddress } from './own-address.ts';
import { pageStructure, pageKind, type PageStructure } from './page-kind.ts';
import type { CardOutlets } from './cards.ts';

export interface EvidenceLine {
  where: Where;
  text: string;
}

export interface Evidence {
  url: string;
  /** The site as the page names itself: the rule's name, og:site_name, else the domain. */
  host: OutletRef;
  /** Id of the site rule for the host, if any. */
  rule: string | null;
  head: HeadData;
  ld: LdStory | null;
  /** Source fields given as microdata on the story's item. */
  microdata: MicrodataSources | null;
  /** document.title and the first <h1>. */
  title: string;
  h1: string;
  /** Every line read, in page order within each place. */
  lines: EvidenceLine[];
  /** Alt texts of images in the byline area. */
  logos: string[];
  /** Texts of author-page links between the headline and the story's end. */
  authorLinks: string[];
  /** The page's declared language (`<html lang>`), lower case, or ''. */
  lang: string;
  /** `time[datetime]` / `itemprop=datePublished` values. */
  times: string[];
  /** Where a "Source link" line under the story points (absolute), or null. */
  sourceLink: string | null;
  /** The site's own rights line in its page footer ("上海市公积金管理中心 版权所有", "© 2024 City of Springfield"), or ''. */
  siteRights: string;
  /** Story cards naming other outlets next to a time (read on listings and on the sites of site rules). */
  cards: CardOutlets | null;
  structure: PageStructure;
  kind: PageKind;
}

/** The reads only pages without a story need: story cards and running text outside paragraphs. */
export interface ListingPasses {
  /** See PageStructure.cardLinks. */
  cardLinks(doc: Document, site: string): number;
  /** See PageStructure.fullPosts. */
  fullPosts(doc: Document, paragraphs: Paragraph[]): number;
  /** See PageStructure.runningProse. */
  runningProse(doc: Document): number;
  /** See Evidence.cards. */
  cardOutlets(doc: Document, host: OutletRef): CardOutlets | null;
}

export function ruleForHost(hostname: string, rules: readonly SiteRule[]): SiteRule | null {
  const host = hostname.toLowerCase();
  return rules.find((r) => r.domains.some((d) => host === d || host.endsWith(`.${d}`))) ?? null;
}

/** The site we are on, as a person would name it. */
export function hostOutlet(head: HeadData, hostname: string, rule: SiteRule | null): OutletRef {
  const domain = registrableDomain(hostname);
  if (rule) return { name: rule.name, domain: rule.domains.find((d) => domain === d) ?? domain, homepage: rule.homepage };
  const name = siteNameOf(head) ?? (hostname.replace(/^www\d?\./, '') || domain);
  return { name, domain, homepage: domain ? `https://${hostname.startsWith('www.') ? hostname : domain}/` : null };
}

/**
 * Gathers the page's evidence. Pure: (document, url, rules, passes) → data. Without the listing passes, answers
 * null as soon as the page turns out to need one (a page without a story's headline, metadata or prose, or a
 * site rule's page): the caller loads them and asks again.
 */
export function gatherWith(doc: Document, pageUrl: string, rules: readonly SiteRule[], passes: ListingPasses): Evidence;
export function gatherWith(doc: Document, pageUrl: string, rules: readonly SiteRule[], passes: ListingPasses | null): Evidence | null;
export function gatherWith(doc: Document, pageUrl: string, rules: readonly SiteRule[], passes: ListingPasses | null): Evidence | null {
  const head = readHead(doc);
  const rights = siteRights(doc);
  const url = ownAddress(pageUrl, head, doc, rights);
  const hostname = hostnameOf(url);
  const rule = ruleForHost(hostname, rules);
  const ld = readStoryLd(doc);
  const microdata = readMicrodataSources(doc);
  const host = hostOutlet(head, hostname, rule);
  const title = norm(doc.title);
  const headTitle = meta(head, 'og:title') || title;
  const h1 = headlineElement(doc, headTitle);
  // The paragraph window of a long page starts at the headline only when it is surely the story's.
  const titled = h1 && namesTitle(h1, headTitle) ? h1 : null;
  const paragraphs = storyParagraphs(doc, undefined, titled);
  const structure = pageStructure(doc, paragraphs, ld, meta(head, 'og:type')?.toLowerCase() ?? '');
  structure.storyHeadline = !!titled && wordsIn(norm(titled.textContent)) >= 5;
  // Neither a story's headline nor article metadata: pageKind goes by cards and prose alone.
  const unmarked = !structure.storyHeadline && !structure.articleMeta;
  const mayShowPosts = unmarked && structure.headlineLinks >= 3;
  // Where the plain-link rule can decide (pageKind needs no story headline, article metadata or prose for it).
  const plainLinksDecide = (k: PageKind): boolean => k === 'other' && unmarked && structure.together < 4;
  let kind = pageKind(structure, url, rule);
  // The listing passes tell something only where pageKind has no story's headline, metadata or prose to go by,
  // and the card walk also on the sites of site rules (aggregators).
  let listing: ListingPasses | null = null;
  if (mayShowPosts || plainLinksDecide(kind) || kind === 'listing' || rule) {
    if (!passes) return null;
    listing = passes;
    if (mayShowPosts) {
      structure.fullPosts = passes.fullPosts(doc, paragraphs);
      kind = pageKind(structure, url, rule);
    }
    if (plainLinksDecide(kind)) {
      structure.cardLinks = passes.cardLinks(doc, host.domain);
      kind = pageKind(structure, url, rule);
    }
    // Before calling a page a listing, look for running text the paragraph counts missed (stories split by <br>).
    if (kind === 'listing') {
      structure.runningProse = passes.runningProse(doc);
      kind = pageKind(structure, url, rule);
    }
  }
  const lines: EvidenceLine[] = [];
  const add = (where: Where, texts: string[]): void => {
    for (const text of texts) if (text && !lines.some((l) => l.text === text && l.where === where)) lines.push({ where, text });
  };
  const story = kind === 'listing' ? [] : storyBody(paragraphs, h1);
  // From the headline (else the story's first paragraph) to the story's last paragraph.
  const end = story[story.length - 1]?.el ?? (kind === 'listing' ? null : loneStoryBlock(doc));
  const byline = bylineArea(doc, { start: h1 ?? story[0]?.el ?? null, end });
  add('headline', headlineLines(doc, h1));
  add('byline', byline.lines);
  add('source', byline.sources);
  if (rule?.selectors?.provider) add('provider', providerLines(doc, rule.selectors.provider));
  let source: string | null = null;
  if (kind !== 'listing') {
    const body = story.length ? story : paragraphs;
    add('lead', leadLines(body));
    add('tail', tailLines(body));
    add('after', afterLines(body));
    source = httpUrl(sourceLink(body), url);
  }
  // The card walk reads up to 4,000 text nodes: only where it can tell something (a feed, an aggregator's page).
  const cards = listing && (kind === 'listing' || rule) ? listing.cardOutlets(doc, host) : null;
  return {
    url, host, rule: rule?.id ?? null, head, ld, microdata, title, h1: norm(h1?.textContent),
    lines, logos: byline.logos, authorLinks: byline.authorLinks, lang: norm(doc.documentElement?.getAttribute('lang')).toLowerCase(), times: timeValues(doc), sourceLink: source, siteRights: rights, cards, structure, kind,
  };
}

/** Texts of the elements a site rule names as the provider line (at most three). */
function providerLines(doc: Document, selector: string): string[] {
  const out: string[] = [];
  try {
    const found = doc.querySelectorAll(selector);
    for (let i = 0; i < found.length && i < 3; i++) {
      const el = found[i]!;
      const text = norm(el.textContent) || norm(el.getAttribute('alt')) || norm(el.getAttribute('title'));
      if (text) out.push(text);
    }
  } catch {
    // an invalid selector in a rule must not break the page
  }
  return out;
}

