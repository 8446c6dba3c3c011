// Turns the core's sanitised article HTML into nodes for the shadow root.
// The HTML is parsed in an inert document (DOMParser: no scripts run, nothing loads) and only then
// imported, so it never touches the page's own DOM or script context.
import { safeHttpUrl } from '../ui/format.ts';
import { isPlaceholderSrc, LAZY_SRC_ATTRS, LAZY_SRCSET_ATTRS } from '../core/extract/lazy-images.ts';

// Belt and braces: the core already ran DOMPurify, but the view must stay inert even if that changes.
const DROP = 'script, style, link, meta, iframe, frame, object, embed, form, base, noscript, template';

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

/**
 * Lazy-loading attributes into the real ones, made safe (http(s) or a data: image, absolute against the
 * page), so pictures show without the page's scripts; the core copied them too, but without the page's base.
 */
export function safeImageSources(root: ParentNode, base: string): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (isPlaceholderSrc(img.getAttribute('src'))) {
      for (const attr of LAZY_SRC_ATTRS) {
        const value = img.getAttribute(attr);
        const safe = value ? safeImageUrl(value, base) : null;
        if (safe) {
          img.setAttribute('src', safe);
          break;
        }
      }
    }
    for (const attr of LAZY_SRCSET_ATTRS) {
      const value = img.getAttribute(attr);
      const safe = value ? safeSrcset(value, base) : null;
      if (safe && !img.getAttribute('srcset')) img.setAttribute('srcset', safe);
    }
    img.setAttribute('loading', 'lazy');
    img.removeAttribute('width');
    img.removeAttribute('height');
  }
  for (const source of Array.from(root.querySelectorAll('picture source'))) {
    for (const attr of LAZY_SRCSET_ATTRS) {
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
  safeImageSources(parsed.body, base);
  const frag = doc.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) frag.appendChild(doc.importNode(node, true));
  return frag;
}
