// Extracted HTML is written by strangers: only a safe subset of markup ever leaves the core.
import DOMPurify from 'dompurify';

// `slot` too: inside the view's shadow root it would show whatever page script appends to the view's host.
// `title` and `noscript` are raw-text/parser-switching elements with nothing to read in a story.
const FORBID_TAGS = ['style', 'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'textarea', 'option', 'link', 'meta', 'base', 'svg', 'math', 'template', 'dialog', 'portal', 'slot', 'title', 'noscript'];
const FORBID_ATTR = [
  'style', 'class', 'id', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster', 'xmlns',
  // The view lives in a closed shadow root inside the page's document: `part`/`exportparts` would let page
  // CSS style it, `slot` would pull in the host's children, popovers and commands reach the top layer.
  // (`is` is already neutralised by DOMPurify, which leaves `is=""`.)
  'slot', 'part', 'exportparts', 'popover', 'popovertarget', 'popovertargetaction', 'command', 'commandfor',
  // Media that starts playing by itself is not part of reading the story.
  'autoplay',
  // XML attributes only act in SVG/MathML, which never get through; dropped so they cannot start to.
  'xlink:href', 'xlink:title', 'xml:id', 'xml:space', 'xmlns:xlink',
];
// http(s), mailto and relative URLs; no javascript:, data: (except images, below), vbscript:, file: …
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const MEDIA = new Set(['IMG', 'SOURCE', 'VIDEO', 'AUDIO', 'TRACK']);
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

/** Resolves relative URLs against the page, so links and images work outside it. */
function absolutize(el: Element, attr: string, base: string): void {
  const v = el.getAttribute(attr);
  if (!v) return;
  try {
    el.setAttribute(attr, new URL(v.trim(), base).href);
  } catch {
    el.removeAttribute(attr);
  }
}

const CONFIG = {
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_TRUSTED_TYPE: false,
};

interface Sanitiser {
  purify: ReturnType<typeof DOMPurify>;
  /** The page address relative URLs resolve against, set for each call (the hooks are installed once). */
  base: string;
}

// One DOMPurify per window: creating one and installing its hooks cost more than sanitising a short story.
const sanitisers = new WeakMap<Window, Sanitiser>();

function sanitiserFor(win: Window): Sanitiser {
  const known = sanitisers.get(win);
  if (known) return known;
  const purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  const s: Sanitiser = { purify, base: '' };
  purify.setConfig(CONFIG);
  installHooks(s);
  sanitisers.set(win, s);
  return s;
}

function installHooks(s: Sanitiser): void {
  const { purify } = s;
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    // data: URIs only for raster images; never for links or SVG (which can carry script).
    if ((data.attrName === 'src' || data.attrName === 'href') && /^\s*data:/i.test(data.attrValue)) {
      data.keepAttr = data.attrName === 'src' && SAFE_DATA_IMAGE.test(data.attrValue.trim());
      if (data.keepAttr) data.forceKeepAttr = true;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    // href, src and srcset mean something only on links and media; anywhere else they are junk that a later
    // change could turn into a live URL.
    if (node.tagName !== 'A' && node.tagName !== 'AREA') node.removeAttribute('href');
    if (node.tagName !== 'IMG' && node.tagName !== 'SOURCE') node.removeAttribute('srcset');
    if (!MEDIA.has(node.tagName)) node.removeAttribute('src');
    if (node.tagName === 'A' || node.tagName === 'AREA') {
      absolutize(node, 'href', s.base);
      const href = node.getAttribute('href') ?? '';
      if (!/^(?:https?|mailto):/i.test(href)) node.removeAttribute('href');
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    }
    const src = node.getAttribute('src');
    if (src && !/^\s*data:/i.test(src)) {
      // A picture or a media file is fetched over http(s) or not at all (no mailto:, ftp:, blob: …).
      absolutize(node, 'src', s.base);
      if (!/^https?:/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
    }
    if (node.tagName === 'IMG' || node.tagName === 'SOURCE') {
      const srcset = node.getAttribute('srcset');
      if (srcset) {
        const parts = srcset.split(',').map((part) => {
          const [u, d] = part.trim().split(/\s+/, 2);
          try {
            const abs = new URL(u ?? '', s.base);
            return abs.protocol === 'http:' || abs.protocol === 'https:' ? `${abs.href}${d ? ` ${d}` : ''}` : '';
          } catch {
            return '';
          }
        });
        node.setAttribute('srcset', parts.filter(Boolean).join(', '));
      }
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
}

/**
 * The safe subset of the children of `root` (a <body> element, left as it was), as HTML, with links and media
 * made absolute against `baseUrl`. The story arrives as a tree, so it needs no serialising and reparsing first.
 */
export function sanitizeTree(win: Window, root: HTMLElement, baseUrl: string): string {
  if (root.localName !== 'body') throw new TypeError('sanitizeTree takes a <body> element');
  const s = sanitiserFor(win);
  s.base = baseUrl;
  return s.purify.sanitize(root) as unknown as string;
}
