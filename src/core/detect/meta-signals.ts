// Machine-readable evidence that a page is a copy: cross-site canonical / og:url, syndication meta,
// JSON-LD isBasedOn / sourceOrganization / an Organization author from another site.
import type { Signal } from '../types.ts';
import { domainOfUrl, httpUrl, sameSite } from '../domain.ts';
import { sameOutlet } from './same-outlet.ts';

/** The few head tags the detector reads (first one of each kind wins, keys lower-cased). */
export interface HeadTags {
  canonical: string | null;
  metas: Map<string, string>;
}

const META_KEYS = ['og:url', 'og:site_name', 'og:type', 'application-name', 'syndication-source', 'original-source'];
// One native query for exactly the tags read: in a browser every element touched from script gets a
// wrapper object on first use, and a page's head often holds a hundred <meta> and <link> tags.
const HEAD_SELECTOR = [
  'link[rel~="canonical" i]',
  ...META_KEYS.flatMap((k) => [`meta[property="${k}" i]`, `meta[name="${k}" i]`]),
].join(', ');

export function headTags(doc: Document): HeadTags {
  let canonical: string | null = null;
  const metas = new Map<string, string>();
  const found = doc.querySelectorAll(HEAD_SELECTOR);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (el.localName === 'link') {
      canonical ??= el.getAttribute('href')?.trim() || null;
      continue;
    }
    // `property` first, as Open Graph defines it; `name` is the common misspelling.
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  return { canonical, metas };
}

/** Parsed JSON-LD objects of the page (flattening @graph and arrays); bad JSON is skipped. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const push = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(push);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) push(graph);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 8)) {
    const text = s.textContent ?? '';
    if (text.length > 200_000) continue;
    try {
      push(JSON.parse(text));
    } catch {
      // Broken JSON-LD is common; it is simply not evidence.
    }
  }
  return out;
}

function orgName(v: unknown): string | null {
  if (!v) return null;
  if (Array.isArray(v)) return orgName(v[0]);
  if (typeof v === 'string') return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const type = String(o['@type'] ?? '');
    if (type && !/Organization|NewsMediaOrganization|Corporation/i.test(type)) return null;
    return typeof o.name === 'string' ? o.name : null;
  }
  return null;
}

export function metaSignals(head: HeadTags, url: string, hostDomain: string, hostName: string, jsonLd: Record<string, unknown>[]): Signal[] {
  const signals: Signal[] = [];
  const { canonical, metas } = head;
  const foreign = (href: string | null, id: string, label: string): void => {
    const abs = href ? httpUrl(href, url) : null;
    if (!abs) return;
    const d = domainOfUrl(abs);
    if (!d || sameSite(d, hostDomain) || sameOutlet(d.split('.')[0] ?? '', hostDomain, hostName)) return;
    if (signals.some((s) => s.outlet === d)) return;
    signals.push({ id, weight: 0.8, outlet: d, reason: `${label} points to ${d}` });
  };
  foreign(canonical, 'canonical-cross-site', 'The page’s canonical link');
  foreign(metas.get('og:url') ?? null, 'og-url-cross-site', 'The page’s og:url');
  for (const name of ['syndication-source', 'original-source']) {
    const v = metas.get(name);
    if (v) {
      const d = domainOfUrl(httpUrl(v, url) ?? '');
      if (d && !sameSite(d, hostDomain)) {
        signals.push({ id: name, weight: 0.9, outlet: d, reason: `The page declares its ${name.replace('-', ' ')}: ${d}` });
      }
    }
  }
  for (const o of jsonLd) {
    const based = o.isBasedOn ?? o.isBasedOnUrl;
    const basedUrl = typeof based === 'string' ? based : typeof (based as { url?: unknown })?.url === 'string' ? String((based as { url: string }).url) : null;
    if (basedUrl) foreign(basedUrl, 'json-ld-is-based-on', 'Structured data (isBasedOn)');
    for (const [key, label] of [['sourceOrganization', 'source organization'], ['author', 'author']] as const) {
      const name = orgName(o[key]);
      if (name && (key === 'sourceOrganization' || (o[key] as { '@type'?: string })?.['@type']) && !sameOutlet(name, hostDomain, hostName)) {
        if (!signals.some((s) => s.outlet === name)) {
          // An Organization author is often the site's own brand under another name ("Contributors to
          // Wikimedia projects", "CBS Detroit"): it supports other evidence but does not decide alone.
          signals.push({ id: `json-ld-${key}`, weight: key === 'author' ? 0.45 : 0.7, outlet: name, reason: `Structured data names ${name} as the ${label}` });
        }
      }
    }
  }
  return signals;
}
