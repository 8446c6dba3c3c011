// Machine-readable page data (meta tags, JSON-LD, canonical links) read once per page.

export type JsonLdNode = Record<string, unknown>;

// One pass over <meta> per document: attribute selectors with the `i` flag are slow on large pages in jsdom.
const metaCache = new WeakMap<Document, Map<string, string>>();

function metaMap(doc: Document): Map<string, string> {
  let map = metaCache.get(doc);
  if (map) return map;
  map = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const value = el.getAttribute('content')?.trim();
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, value);
    }
  }
  metaCache.set(doc, map);
  return map;
}

export function metaContent(doc: Document, ...keys: string[]): string | null {
  const map = metaMap(doc);
  for (const key of keys) {
    const value = map.get(key.toLowerCase());
    if (value) return value;
  }
  return null;
}

/** Every JSON-LD object on the page, @graph members and nested arrays flattened. */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const node = value as JsonLdNode;
    out.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // Broken JSON-LD is common; the rest of the page still speaks.
    }
  }
  return out;
}

const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|NewsArticle|WebPage|Posting)$/;

/** Nodes that describe the story itself (NewsArticle and kin), most specific first. */
export function articleNodes(nodes: JsonLdNode[]): JsonLdNode[] {
  const typeOf = (n: JsonLdNode): string[] => ([] as unknown[]).concat(n['@type'] ?? []).map(String);
  const articles = nodes.filter((n) => typeOf(n).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage'));
  return articles.length ? articles : nodes.filter((n) => typeOf(n).includes('WebPage'));
}

export function asList(value: unknown): unknown[] {
  return value == null ? [] : Array.isArray(value) ? value : [value];
}

/** A JSON-LD value as {name, url, type}: strings are names or URLs, objects give their fields. */
export function entityOf(value: unknown): { name: string | null; url: string | null; type: string | null } {
  if (typeof value === 'string') {
    const s = value.trim();
    return /^https?:\/\//i.test(s) ? { name: null, url: s, type: null } : { name: s || null, url: null, type: null };
  }
  if (value && typeof value === 'object') {
    const node = value as JsonLdNode;
    const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
    const url = str(node.url) ?? str(node['@id']) ?? str(asList(node.sameAs)[0]);
    return { name: str(node.name), url: url && /^https?:/i.test(url) ? url : null, type: str(asList(node['@type'])[0]) };
  }
  return { name: null, url: null, type: null };
}

/** rel=canonical and og:url, absolute. */
export function canonicalUrls(doc: Document, pageUrl: string): string[] {
  const out: string[] = [];
  const add = (href: string | null | undefined): void => {
    if (!href) return;
    try {
      const abs = new URL(href, pageUrl).href;
      if (/^https?:/i.test(abs) && !out.includes(abs)) out.push(abs);
    } catch {
      // not a URL
    }
  };
  add(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'));
  add(metaContent(doc, 'og:url'));
  return out;
}

/** Only http(s) links leave the core. */
export { httpUrl } from '../domain.ts';
