// Lazy-loading sites keep the real image URL in data attributes; the clean view needs it in src.
const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-lazy'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER = /^data:image\/(?:gif|svg)|(?:blank|spacer|placeholder|transparent|grey|gray)\.(?:gif|png|jpg|svg)/i;

export function resolveLazyImages(root: Element): void {
  for (const img of Array.from(root.querySelectorAll('img, source'))) {
    const src = img.getAttribute('src') ?? '';
    if (!src || PLACEHOLDER.test(src)) {
      const real = SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !PLACEHOLDER.test(v));
      if (real) img.setAttribute('src', real);
    }
    if (!img.getAttribute('srcset')) {
      const set = SRCSET_ATTRS.map((a) => img.getAttribute(a)).find(Boolean);
      if (set) img.setAttribute('srcset', set);
    }
  }
}
