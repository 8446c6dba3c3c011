// Who wrote the story, as a reader would write it: names only, no "By", dates or agency suffixes.
import { findOutletByName, type NameContext } from '../outlets/index.ts';
import { asList, articleNodes, entityOf, metaContent, type JsonLdNode } from './page-data.ts';
import { classLower, closestWhere, firstElements } from '../dom-scan.ts';

const GENERIC = /^(?:staff|staff writer|staff reporter|editor|editors|admin|administrator|newsroom|news desk|web desk|desk|correspondent|agencies|wires?|wire services?|guest|contributor|anonymous|unknown)$/i;
const BIO = /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})\s+(?:is|was)\s+(?:an?|the)\s+/u;

function titleCaseIfShouting(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** "By John Roe / AP" → "John Roe"; null when nothing that looks like a person's name is left. */
export function cleanByline(raw: string | null | undefined, context: NameContext = {}): string | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(s) || s.includes('@')) return null;
  s = s.replace(/^(?:story |written |words |reporting )?by[:\s]+/i, '');
  s = s.split(/\s+[/|]\s+|\s+[-–—]\s+|\s*\|\s*/)[0] ?? '';
  s = s.replace(/\s*(?:updated|published|posted)\b.*$/i, '');
  s = s.replace(/\s*\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s.*$/i, '');
  s = s.replace(/\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b.*$/i, '');
  s = s.replace(/\s*\d.*$/, '');
  // ", Associated Press" / ", Reuters": the agency is evidence for the original, not part of the name.
  s = s.replace(/,\s*([^,]+)$/, (m, tail: string) => (findOutletByName(tail, context) ? '' : m));
  s = s.replace(/[\s,;:.·•-]+$/, '').trim();
  if (s.length < 3 || s.length > 80 || GENERIC.test(s) || !/\p{L}/u.test(s)) return null;
  if (findOutletByName(s, context)) return null;
  return titleCaseIfShouting(s);
}

function personNames(nodes: JsonLdNode[]): string[] {
  const names: string[] = [];
  for (const node of articleNodes(nodes)) {
    for (const author of asList(node.author).concat(asList(node.creator))) {
      const e = entityOf(author);
      if (e.type && !/Person/i.test(e.type)) continue;
      if (e.name) names.push(e.name);
    }
    if (names.length) break;
  }
  return names;
}

function joinNames(names: string[]): string | null {
  const unique = [...new Set(names)];
  if (!unique.length) return null;
  return unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/**
 * `[rel~="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline, [class*="byline" i],
 * .author-name, [class*="author-name" i]` (the class selectors are implied by the substring ones).
 */
function isBylineElement(el: Element): boolean {
  const cls = classLower(el);
  if (cls.includes('byline') || cls.includes('author-name')) return true;
  if ((el.getAttribute('rel') ?? '').toLowerCase().split(/[\t\n\f\r ]+/).includes('author')) return true;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop === 'author') return true;
  return itemprop === 'name' && !!el.parentElement && closestWhere(el.parentElement, (e) => e.getAttribute('itemprop') === 'author') !== null;
}

export function findByline(doc: Document, nodes: JsonLdNode[], credits: string[], text: string, context: NameContext): string | null {
  const clean = (names: string[]): string | null => joinNames(names.map((n) => cleanByline(n, context)).filter((n): n is string => !!n));
  const fromJsonLd = clean(personNames(nodes));
  if (fromJsonLd) return fromJsonLd;
  const authorMetas = new Set(['author', 'byl', 'sailthru.author', 'parsely-author']);
  const metas = Array.from(doc.getElementsByTagName('meta'))
    .filter((m) => authorMetas.has((m.getAttribute('name') ?? '').toLowerCase()))
    .map((m) => m.getAttribute('content') ?? '');
  const fromMeta = clean(metas.flatMap((m) => m.split(/\s*;\s*/)));
  if (fromMeta) return fromMeta;
  const elements = doc.documentElement ? firstElements(doc.documentElement, isBylineElement, 6) : [];
  for (const el of elements) {
    const name = cleanByline(el.textContent, context);
    if (name) return name;
  }
  for (const line of credits.slice(0, 12)) {
    if (/^(?:story |written )?by\s+\p{Lu}/iu.test(line.trim()) && line.length < 120) {
      const name = cleanByline(line, context);
      if (name) return name;
    }
  }
  const paras = text.split(/\n{2,}/).slice(-3).concat(credits.slice(-6));
  for (const p of paras) {
    const m = BIO.exec(p.trim());
    if (m?.[1] && /\b(?:columnist|correspondent|reporter|writer|editor|contributor|journalist|commentator)\b/.test(p.slice(0, 200))) {
      return cleanByline(m[1], context);
    }
  }
  return metaContent(doc, 'dc.creator') ? cleanByline(metaContent(doc, 'dc.creator'), context) : null;
}
