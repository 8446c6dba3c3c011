// fast-check arbitraries: realistic article and listing skeletons with arbitrary trees of hostile
// fragments mixed into the places the extractor keeps (inside and between story paragraphs, captions,
// related-story lists, metadata), so the sanitiser sees them rather than the clutter filter.
import fc from 'fast-check';
import { HOSTILE_ATTRS, HOSTILE_FRAGMENTS, OTHER_URLS, SCRIPT_URLS, SENTENCES } from './hostile-fragments.ts';

const escapeAttr = (s: string): string => s.replace(/&(?![#a-z0-9]+;)/gi, '&amp;').replace(/"/g, '&quot;');

const url = fc.constantFrom(...SCRIPT_URLS, ...OTHER_URLS);
const sentence = fc.constantFrom(...SENTENCES);
const text = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/[<&]/g, ' ')) },
  { weight: 1, arbitrary: fc.constantFrom('&lt;b&gt;', '&amp;', '&#0;', '&#xD800;', '&nbsp;', '&NewLine;', '&colon;', '&') },
  // Raw NUL and control characters, as in pages saved from a broken database export.
  { weight: 1, arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '\u0007\u0008', '\u000b\u000c', '\u001b[0m', '\u007f', '\ufeff', '\ufffe') },
);

const attr = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_ATTRS).map(([n, v]) => `${n}="${escapeAttr(v)}"`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('href', 'src', 'srcset', 'action', 'data', 'xlink:href', 'data-src', 'cite'), url).map(([n, v]) => `${n}="${escapeAttr(v)}"`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('href', 'src'), url).map(([n, v]) => `${n}=${v.replace(/[\s>]/g, '')}`) },
  // Names the HTML parser keeps but setAttribute rejects (a quote out of place in a template), which code
  // copying attributes (Readability's noscript images) trips over.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('"htm', '1x', '.jpg', "'alt", '-data', '@click', '{{src}}', '"'), url).map(([n, v]) => `${n}="${escapeAttr(v)}"`) },
);

const TAGS = ['p', 'div', 'span', 'em', 'a', 'b', 'blockquote', 'figure', 'figcaption', 'ul', 'li', 'table', 'td', 'tr', 'svg', 'math', 'mtext', 'noscript', 'template', 'select', 'textarea', 'style', 'form', 'object', 'iframe', 'font', 'details', 'section', 'x-widget', 'foreignObject', 'desc', 'annotation-xml', 'mglyph', 'img', 'h2', 'pre', 'code'];

/** An arbitrary tree: elements (any tag, hostile attributes) around text, hostile fragments and other trees. */
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: text },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
    // A lazy image beside its <noscript> twin, the shape Readability unwraps by copying attributes.
    {
      weight: 1,
      arbitrary: fc.tuple(fc.array(attr, { maxLength: 2 }), url).map(([attrs, u]) => `<img src="/lazy.gif"${attrs.map((a) => ` ${a}`).join('')}><noscript><img src="${escapeAttr(u)}" alt="x"></noscript>`),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 3 }), fc.boolean())
        .map(([tag, attrs, kids, closed]) => `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${kids.join('')}${closed ? `</${tag}>` : ''}`),
    },
  ),
})).node;

/** A story paragraph long enough to be kept, with hostile trees inside it. */
const paragraph = fc
  .tuple(fc.array(sentence, { minLength: 2, maxLength: 3 }), fc.array(tree, { maxLength: 2 }), fc.nat(3))
  .map(([ss, trees, at]) => {
    const parts = [...ss];
    parts.splice(Math.min(at, parts.length), 0, ...trees);
    return `<p>${parts.join(' ')}</p>`;
  });

const related = fc
  .array(fc.tuple(url, sentence), { minLength: 0, maxLength: 4 })
  .map((items) => (items.length ? `<aside class="related"><h2>Related Articles</h2><ul>${items.map(([u, s]) => `<li><a href="${escapeAttr(u)}">${s}</a></li>`).join('')}</ul></aside>` : ''));

const head = fc
  .tuple(fc.array(fc.constantFrom(...HOSTILE_FRAGMENTS), { maxLength: 2 }), url, url)
  .map(
    ([frags, canonical, source]) =>
      `<meta property="og:url" content="${escapeAttr(canonical)}"><link rel="canonical" href="${escapeAttr(canonical)}">` +
      `<meta name="author" content="Jane Doe"><meta property="og:site_name" content="Daily8">` +
      `<script type="application/ld+json">{"@type":"NewsArticle","isBasedOn":"${escapeAttr(source)}","publisher":{"@type":"Organization","name":"Reuters","url":"${escapeAttr(source)}"}}</script>${frags.join('')}`,
  );

const article = fc
  .tuple(head, fc.array(paragraph, { minLength: 3, maxLength: 5 }), fc.array(tree, { maxLength: 3 }), related, url, fc.constantFrom('ltr', 'rtl'))
  .map(
    ([h, paras, loose, rel, sourceUrl, dir]) =>
      `<!doctype html><html lang="en" dir="${dir}"><head><meta charset="utf-8"><title>Storm hits coast as talks stall</title>${h}</head>` +
      `<body><header><nav><a href="/">Home</a> <a href="${escapeAttr(sourceUrl)}">World</a></nav></header>` +
      `<main><article><h1>Storm hits coast as talks stall</h1><p class="byline">By Jane Doe, Reuters</p>` +
      `${paras.slice(0, 2).join('')}${loose.join('')}${paras.slice(2).join('')}` +
      `<p>This article was originally published by <a href="${escapeAttr(sourceUrl)}">Reuters</a>.</p></article>${rel}</main>` +
      `<footer>© Daily8</footer></body></html>`,
  );

const listing = fc
  .tuple(head, fc.array(fc.tuple(url, sentence, fc.array(tree, { maxLength: 1 }), fc.constantFrom('Reuters', 'AFP', 'Arab News', '<b>x</b>')), { minLength: 3, maxLength: 8 }))
  .map(
    ([h, items]) =>
      `<!doctype html><html lang="en"><head><title>Tag: economy - Daily8</title>${h}</head><body><main><h1>Economy</h1><ul class="news-list">` +
      items.map(([u, s, t, o]) => `<li class="item"><h3><a href="${escapeAttr(u)}">${s}</a></h3><span class="source">${o}</span><p>${t.join('')}${s}</p></li>`).join('') +
      `</ul></main></body></html>`,
  );

/** A whole hostile page: mostly articles, some listing pages (their items become links too). */
export const hostileDocument: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: article }, { weight: 1, arbitrary: listing });

/** Page URLs the document is analysed at: aggregator hosts (site rules apply) and plain ones. */
export const pageUrl = fc.constantFrom(
  'https://www.daily8.com/news/world/storm-hits-coast',
  'https://menafn.com/1109876543/storm-hits-coast',
  'https://www.example.org/2025/01/02/storm-hits-coast.html',
  'http://127.0.0.1:8080/page/',
);
