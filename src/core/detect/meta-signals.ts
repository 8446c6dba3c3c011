// Machine-readable evidence that a page is a copy: cross-site canonical / og:url, syndication meta,
// JSON-LD isBasedOn / sourceOrganization / an Organization author from another site.
import type { Signal } from '../types.ts';
import { domainOfUrl, sameSite } from '../domain.ts';
import { sameOutlet } from './same-outlet.ts';

function attr(doc: Document, selector: string, name: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return v ? v : null;
}

function absolute(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
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

export function metaSignals(doc: Document, url: string, hostDomain: string, hostName: string): Signal[] {
  const signals: Signal[] = [];
  const foreign = (href: string | null, id: string, label: string): void => {
    const abs = href ? absolute(href, url) : null;
    if (!abs) return;
    const d = domainOfUrl(abs);
    if (!d || sameSite(d, hostDomain) || sameOutlet(d.split('.')[0] ?? '', hostDomain, hostName)) return;
    if (signals.some((s) => s.outlet === d)) return;
    signals.push({ id, weight: 0.8, outlet: d, reason: `${label} points to ${d}` });
  };
  foreign(attr(doc, 'link[rel~="canonical" i]', 'href'), 'canonical-cross-site', 'The page’s canonical link');
  foreign(attr(doc, 'meta[property="og:url"]', 'content'), 'og-url-cross-site', 'The page’s og:url');
  for (const name of ['syndication-source', 'original-source']) {
    const v = attr(doc, `meta[name="${name}" i]`, 'content');
    if (v) {
      const d = domainOfUrl(absolute(v, url) ?? '');
      if (d && !sameSite(d, hostDomain)) {
        signals.push({ id: name, weight: 0.9, outlet: d, reason: `The page declares its ${name.replace('-', ' ')}: ${d}` });
      }
    }
  }
  for (const o of jsonLdObjects(doc)) {
    const based = o.isBasedOn ?? o.isBasedOnUrl;
    const basedUrl = typeof based === 'string' ? based : typeof (based as { url?: unknown })?.url === 'string' ? String((based as { url: string }).url) : null;
    if (basedUrl) foreign(basedUrl, 'json-ld-is-based-on', 'Structured data (isBasedOn)');
    for (const [key, label] of [['sourceOrganization', 'source organization'], ['author', 'author']] as const) {
      const name = orgName(o[key]);
      if (name && (key === 'sourceOrganization' || (o[key] as { '@type'?: string })?.['@type']) && !sameOutlet(name, hostDomain, hostName)) {
        if (!signals.some((s) => s.outlet === name)) {
          signals.push({ id: `json-ld-${key}`, weight: 0.7, outlet: name, reason: `Structured data names ${name} as the ${label}` });
        }
      }
    }
  }
  return signals;
}
