// Turns the core's sanitised article HTML into nodes for the shadow root.
// The HTML is parsed in an inert document (DOMParser: no scripts run, nothing loads) and only then
// imported, so it never touches the page's own DOM or script context.
import { safeHttpUrl } from '../ui/format.ts';

const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
// Belt and braces: the core already ran DOMPurify, but the view must stay inert even if that changes.
const DROP = 'script, style, link, meta, iframe, frame, object, embed, form, base, noscript, template';

/** A src that is a placeholder rather than the picture: missing, a data: pixel, or a "blank"/"spacer" image. */
function isPlaceholder(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  if (/^data:/i.test(src)) return src.length < 200;
  return /(blank|spacer|placeholder|lazy|pixel|1x1)\.(gif|png|svg)/i.test(src);
}

function safeImageUrl(value: string, base: string): string | null {
  if (/^data:image\//i.test(value.trim())) return value.trim();
  return safeHttpUrl(value.trim(), base);
}

function safeSrcset(value: string, base: string): string | null {
  const parts = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [url = '', ...descriptor] = part.split(/\s+/);
      const safe = safeHttpUrl(url, base);
      return safe ? [safe, ...descriptor].join(' ') : null;
    });
  return parts.length > 0 && parts.every(Boolean) ? parts.join(', ') : null;
}

/** Copies lazy-loading attributes into the real ones so pictures show without the page's scripts. */
export function resolveLazyImages(root: ParentNode, base: string): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (isPlaceholder(img.getAttribute('src'))) {
      for (const attr of LAZY_SRC) {
        const value = img.getAttribute(attr);
        const safe = value ? safeImageUrl(value, base) : null;
        if (safe) {
          img.setAttribute('src', safe);
          break;
        }
      }
    }
    for (const attr of LAZY_SRCSET) {
      const value = img.getAttribute(attr);
      const safe = value ? safeSrcset(value, base) : null;
      if (safe && !img.getAttribute('srcset')) img.setAttribute('srcset', safe);
    }
    img.setAttribute('loading', 'lazy');
    img.removeAttribute('width');
    img.removeAttribute('height');
  }
  for (const source of Array.from(root.querySelectorAll('picture source'))) {
    for (const attr of LAZY_SRCSET) {
      const value = source.getAttribute(attr);
      const safe = value ? safeSrcset(value, base) : null;
      if (safe && !source.getAttribute('srcset')) source.setAttribute('srcset', safe);
    }
  }
}

function stripActive(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(DROP))) el.remove();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'class') el.removeAttribute(attr.name);
      else if ((name === 'href' || name === 'src' || name === 'action' || name === 'formaction') && /^\s*(javascript|vbscript):/i.test(attr.value)) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

/** The article body as a fragment owned by `doc`, ready to append inside the shadow root. */
export function articleFragment(doc: Document, html: string, base: string): DocumentFragment {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const parsed = new Parser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  stripActive(parsed.body);
  resolveLazyImages(parsed.body, base);
  const frag = doc.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) frag.appendChild(doc.importNode(node, true));
  return frag;
}
