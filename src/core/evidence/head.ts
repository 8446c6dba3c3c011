// Machine-readable page data, read once per page for every consumer: the head tags the core uses (canonical
// link, Open Graph, author, source and date metas) and a compact summary of the JSON-LD that describes the story.

/** The head tags read, keys lower-cased; the first tag of each key wins. Plain data, so it can cross messages. */
export interface HeadData {
  canonical: string | null;
  metas: Record<string, string>;
}

/** One JSON-LD person or organisation as the core needs it. */
export interface LdEntity {
  name: string | null;
  url: string | null;
  type: string | null;
}

/** The story's JSON-LD node (NewsArticle and kin, else a WebPage), reduced to what attribution reads. */
export interface LdStory {
  types: string[];
  headline: string | null;
  author: LdEntity[];
  publisher: LdEntity[];
  sourceOrganization: LdEntity[];
  provider: LdEntity[];
  isBasedOn: LdEntity[];
  datePublished: string | null;
}

/** The same source fields given as microdata on the story's item (`itemprop="sourceOrganization"`). */
export interface MicrodataSources {
  sourceOrganization: LdEntity[];
  provider: LdEntity[];
  isBasedOn: LdEntity[];
}

export const META_KEYS = [
  'og:url', 'og:site_name', 'og:type', 'og:title', 'application-name',
  'syndication-source', 'original-source', 'source', 'dc.source',
  'author', 'article:author', 'authors', 'article_author', 'article:author_name', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator', 'editor',
  'search.byline', 'parsely-page', 'description', 'og:description',
  'article:published_time', 'og:article:published_time', 'datepublished', 'publish-date', 'publishdate', 'pubdate',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.created', 'dc.date', 'date', 'article.published',
];

const WANTED = new Set(META_KEYS);

// Two plain selectors and a key lookup: a selector list of a hundred case-insensitive attribute tests is
// matched against every element of the document and cost seconds on large pages.
const HEAD_SELECTOR = 'meta[content], link[rel]';

export function readHead(doc: Document): HeadData {
  let canonical: string | null = null;
  const metas: Record<string, string> = Object.create(null) as Record<string, string>;
  const found = doc.querySelectorAll(HEAD_SELECTOR);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (el.localName === 'link') {
      if (/(?:^|\s)canonical(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) canonical ??= el.getAttribute('href')?.trim() || null;
      continue;
    }
    // `property` first, as Open Graph defines it; `name` is the common misspelling.
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (WANTED.has(key) && content && !(key in metas)) metas[key] = content.slice(0, key === 'parsely-page' ? 2000 : 300);
  }
  return { canonical, metas };
}

/** The first of `keys` the head has. */
export function meta(head: HeadData, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = head.metas[k];
    if (v) return v;
  }
  return null;
}

/**
 * The name the site gives itself (og:site_name, application-name), when it is a name: some templates fill the field
 * with the site's address ("https://www.kqpt9.com") or a long slogan, which no reader calls the site.
 */
export function siteNameOf(head: HeadData): string | null {
  const site = meta(head, 'og:site_name', 'application-name');
  return site && site.length <= 60 && !/^(?:https?:)?\/\//i.test(site) ? site : null;
}

/** The page's descriptions of the story (the description and Open Graph tags, which sites fill from different fields). */
export function descriptionsOf(head: HeadData): string[] {
  return ['description', 'og:description'].map((k) => head.metas[k]).filter((d): d is string => !!d);
}

const asList = (value: unknown): unknown[] => (value == null ? [] : Array.isArray(value) ? value : [value]);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 200) : null);

function entity(value: unknown): LdEntity | null {
  if (typeof value === 'string') {
    const s = value.trim();
    if (!s) return null;
    return /^https?:\/\//i.test(s) ? { name: null, url: s, type: null } : { name: s.slice(0, 200), url: null, type: null };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const url = str(o.url) ?? str(o['@id']) ?? str(asList(o.sameAs)[0]);
    return { name: str(o.name), url: url && /^https?:/i.test(url) ? url : null, type: str(asList(o['@type'])[0]) };
  }
  return null;
}

const entities = (value: unknown): LdEntity[] => asList(value).slice(0, 8).map(entity).filter((e): e is LdEntity => e !== null);

const STORY_TYPE = /(?:Article|BlogPosting|Report|Posting)$/;

/**
 * The JSON-LD node of the story (@graph members and arrays flattened, up to 8 scripts of 200,000 characters):
 * the first NewsArticle-like node, else the first WebPage or CollectionPage. Broken JSON-LD is common and is simply not evidence.
 */
export function readStoryLd(doc: Document): LdStory | null {
  const nodes: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const node = value as Record<string, unknown>;
    nodes.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length && i < 8; i++) {
    const text = scripts[i]!.textContent ?? '';
    if (text.length > 200_000) continue;
    try {
      // Browsers' JSON readers refuse what pages print anyway: a CDATA wrapper, raw line breaks inside strings.
      // eslint-disable-next-line no-control-regex -- control characters are what is being replaced
      visit(JSON.parse(text.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>\s*$/, '').replace(/[\u0000-\u001f]+/g, ' ')), 0);
    } catch {
      // not evidence
    }
  }
  const typeOf = (n: Record<string, unknown>): string[] => asList(n['@type']).map(String);
  const stories = nodes.filter((n) => typeOf(n).some((t) => STORY_TYPE.test(t)));
  // A tag or section page describes itself as a CollectionPage (Yoast's archives, nytimes.com, wired.com).
  const page = nodes.find((n) => typeOf(n).some((t) => /^(?:Web|Collection)Page$/.test(t)));
  const at = (n?: Record<string, unknown>): string | undefined => str(n?.url)?.replace(/^https?:\/\/(?:www\.)?|\/$/g, '');
  // A home page may carry a record per story card beside its own (wired.com): where several story records each name
  // an address and none is the page's, the page is the WebPage, not its first card.
  const story = (stories[1] && at(page) && stories.every((n) => at(n) && at(n) !== at(page)) ? page : stories[0]) ?? page;
  if (!story) return null;
  // An author given by reference ({"@id": …}) is the Person node of that id elsewhere in the graph.
  const byId = (e: LdEntity): LdEntity => {
    if (e.name || !e.url) return e;
    const node = nodes.find((n) => n['@id'] === e.url);
    return (node && entity(node)) || e;
  };
  return {
    types: typeOf(story),
    headline: str(story.headline),
    author: entities(story.author).concat(entities(story.creator)).map(byId),
    publisher: entities(story.publisher),
    sourceOrganization: entities(story.sourceOrganization),
    provider: entities(story.provider),
    isBasedOn: entities(story.isBasedOn).concat(entities(story.isBasedOnUrl)),
    datePublished: str(story.datePublished) ?? str(story.dateCreated),
  };
}

const SOURCE_PROP = /(?:^|\s)(?:sourceOrganization|provider|isBasedOn)(?:\s|$)/;

/**
 * Source fields set as microdata on the story's own item (foxnews.com, foxbusiness.com: `<html itemscope
 * itemtype="…/NewsArticle">` and `<div itemprop="sourceOrganization">`). The same property on a photo's or a video's
 * item credits that picture or clip (a MediaObject's "REUTERS", a VideoObject's provider), not the story.
 */
export function readMicrodataSources(doc: Document): MicrodataSources | null {
  let out: MicrodataSources | null = null;
  // One attribute test (a list of `~=` tests costs a selector engine several passes over the page).
  const found = doc.querySelectorAll('[itemprop]');
  for (let i = 0, n = 0; i < found.length && n < 20; i++) {
    const el = found[i]!;
    const props = el.getAttribute('itemprop')!;
    if (!SOURCE_PROP.test(props)) continue;
    n++;
    // A person set as provider is the author (`itemprop="author provider"`, trendkraft.de's press releases).
    if (!STORY_TYPE.test(el.parentElement?.closest('[itemscope]')?.getAttribute('itemtype')?.trim() ?? '') || /Person$/.test(el.getAttribute('itemtype') ?? '')) continue;
    // The item's name (`itemprop=name`, as text or `content`) and its link; a caption's length is no name.
    const named = (el.hasAttribute('itemscope') && el.querySelector('[itemprop~="name"]')) || el;
    const name = str(named.getAttribute('content') ?? named.textContent?.replace(/\s+/g, ' '));
    const url = str(named.getAttribute('href') ?? el.getAttribute('href'));
    const e = { name: name && name.length <= 80 ? name : null, url: url && /^https?:/i.test(url) ? url : null, type: null };
    if (!e.name && !e.url) continue;
    out ??= { sourceOrganization: [], provider: [], isBasedOn: [] };
    for (const key of ['sourceOrganization', 'provider', 'isBasedOn'] as const) if (props.split(/\s+/).includes(key)) out[key].push(e);
  }
  return out;
}
