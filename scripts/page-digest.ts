// A compact, readable digest of a saved page for labelling by hand: the head metadata, JSON-LD people and
// organisations, and the body as numbered block lines (tag, class hint, link-only runs folded).
// It shows what the page says, never what Upstream decides about it.
//
//   npm run --silent digest -- xf/postlight-abcnews-go-com [more ids…]     (ids as in scripts/lib/corpus.ts)
//   npm run --silent digest -- --file page.html [--url URL]
//   options: --max-lines N (default 320), --full (no truncation of long lines)
import { parseArgs } from 'node:util';
import { corpusEntries, readCorpusHtml } from './lib/corpus.ts';
import { readHtmlFile } from './lib/read-html.ts';
import { withDocument } from './lib/jsdom-page.ts';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    file: { type: 'string' },
    url: { type: 'string' },
    'max-lines': { type: 'string', default: '320' },
    full: { type: 'boolean', default: false },
  },
});

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CAPTION', 'SUMMARY', 'BR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'SELECT', 'OPTION']);
const HEAD_KEYS = [
  'og:site_name', 'application-name', 'og:type', 'author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author',
  'source', 'original-source', 'syndication-source', 'dc.source', 'dc.publisher', 'publisher', 'article:publisher', 'article:published_time',
  'datepublished', 'pubdate', 'publish-date', 'date', 'dc.date', 'sailthru.date', 'parsely-pub-date', 'og:title',
];

function clip(s: string, full: boolean): string {
  if (full || s.length <= 230) return s;
  return `${s.slice(0, 150)} … ${s.slice(-70)}`;
}

function head(doc: Document): string[] {
  const out: string[] = [];
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  if (canonical) out.push(`canonical=${canonical}`);
  const seen = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const value = norm(m.getAttribute('content'));
    if (key && value && (HEAD_KEYS.includes(key) || key === 'og:url') && !seen.has(key)) seen.set(key, value.slice(0, 120));
  }
  for (const [k, v] of seen) out.push(`${k}=${v}`);
  return out;
}

function entity(v: unknown): string {
  if (v == null) return '';
  if (Array.isArray(v)) return v.map(entity).filter(Boolean).join(', ');
  if (typeof v === 'string') return v.slice(0, 100);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const type = Array.isArray(o['@type']) ? o['@type'].join('/') : String(o['@type'] ?? '');
    return `${type ? `${type}:` : ''}${typeof o.name === 'string' ? o.name : typeof o.url === 'string' ? o.url : typeof o['@id'] === 'string' ? o['@id'] : '?'}`;
  }
  return String(v);
}

function jsonLd(doc: Document): string[] {
  const out: string[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    const parts: string[] = [];
    for (const key of ['author', 'creator', 'publisher', 'sourceOrganization', 'provider', 'isBasedOn', 'isBasedOnUrl', 'copyrightHolder', 'datePublished', 'url', 'mainEntityOfPage']) {
      const e = entity(o[key]);
      if (e) parts.push(`${key}=[${e}]`);
    }
    if (parts.length) out.push(`${entity({ '@type': o['@type'], name: typeof o.headline === 'string' ? o.headline.slice(0, 60) : o.name })}: ${parts.join('; ')}`);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      out.push('(unparseable JSON-LD)');
    }
  }
  return out;
}

interface Line {
  tag: string;
  hint: string;
  text: string;
  link: boolean;
}

function classHint(el: Element): string {
  for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) {
    const c = norm(e.getAttribute('class')) || norm(e.getAttribute('id'));
    if (c) return c.split(' ')[0]!.slice(0, 28);
  }
  return '';
}

function outline(doc: Document): Line[] {
  const lines: Line[] = [];
  const body = doc.body;
  if (!body) return lines;
  let run = '';
  let linkChars = 0;
  let owner: Element = body;
  const flush = (): void => {
    const t = norm(run);
    if (t) lines.push({ tag: owner.tagName, hint: classHint(owner), text: t, link: linkChars >= 0.8 * t.length });
    run = '';
    linkChars = 0;
  };
  const walk = (node: Element, inLink: boolean): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        run += c.nodeValue ?? '';
        if (inLink) linkChars += norm(c.nodeValue).length;
      } else if (c.nodeType === 1) {
        const el = c as Element;
        if (SKIP.has(el.tagName)) continue;
        if (el.tagName === 'IMG') {
          const alt = norm(el.getAttribute('alt'));
          if (alt && alt.length <= 80) {
            flush();
            lines.push({ tag: 'IMG', hint: classHint(el), text: `[img alt="${alt}"]`, link: false });
          }
          continue;
        }
        if (BLOCK.has(el.tagName)) {
          flush();
          const prev = owner;
          owner = el;
          walk(el, inLink || el.tagName === 'A');
          flush();
          owner = prev;
        } else walk(el, inLink || el.tagName === 'A');
      }
    }
  };
  walk(body, false);
  flush();
  return lines;
}

function render(lines: Line[], max: number, full: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    // Runs of link lines, and runs of very short lines (menus, player controls), are folded into one line.
    const runOf = (test: (x: Line) => boolean, label: string): boolean => {
      if (!test(l)) return false;
      let j = i;
      while (j + 1 < lines.length && test(lines[j + 1]!)) j++;
      if (j - i < 3) return false;
      const texts = lines.slice(i, j + 1).map((x) => x.text.slice(0, 50));
      out.push(`${String(i).padStart(4)} ${label}×${j - i + 1} ${l.hint ? `.${l.hint} ` : ''}| ${texts.slice(0, 6).join(' | ')}${j - i + 1 > 6 ? ' | …' : ''}`);
      i = j;
      return true;
    };
    if (runOf((x) => x.link && x.text.length < 120, 'L')) continue;
    if (runOf((x) => !x.link && x.text.length < 25 && !/^H[1-6]$/.test(x.tag), 'S')) continue;
    const tag = /^H[1-6]$/.test(l.tag) ? l.tag : l.tag.toLowerCase();
    out.push(`${String(i).padStart(4)} ${l.link ? 'L ' : ''}${tag}${l.hint ? `.${l.hint}` : ''} | ${clip(l.text, full)}`);
  }
  if (out.length <= max) return out;
  const headCount = Math.floor(max * 0.7);
  return [...out.slice(0, headCount), `     … ${out.length - max} lines left out …`, ...out.slice(out.length - (max - headCount))];
}

function digest(html: string, url: string, id: string): string {
  return withDocument(
    html,
    url,
    (doc) => {
      const max = Number(args['max-lines']);
      const parts = [`== ${id}`, `url: ${url}`, `title: ${norm(doc.title)}`, `head: ${head(doc).join(' | ')}`];
      for (const j of jsonLd(doc)) parts.push(`json-ld: ${j}`);
      parts.push('outline:', ...render(outline(doc), max, !!args.full));
      return parts.join('\n');
    },
    { onError: () => {} },
  );
}

if (args.file) {
  console.log(digest(readHtmlFile(args.file), args.url ?? 'https://example.invalid/', args.file));
} else {
  const entries = corpusEntries();
  for (const id of positionals) {
    const entry = entries.find((e) => e.id === id);
    if (!entry) {
      console.error(`digest: no corpus page ${id}`);
      process.exitCode = 2;
      continue;
    }
    console.log(digest(readCorpusHtml(entry), entry.url, entry.id));
  }
}
