// Lazy-loading sites keep the real image URL in data attributes; the story needs it in src. The core copies it
// before Readability (which drops images without a source); the view reads the same lists and placeholder
// test when it makes the URLs safe, so both agree on what a placeholder is.
export const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-lazy'];
export const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER_FILE = /(?:blank|spacer|placeholder|transparent|grey|gray|lazy|pixel|1x1)\.(?:gif|png|jpg|svg)/i;

/** A src that is a placeholder rather than the picture: missing, a small data: pixel, or a "blank"/"spacer" file. */
export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  if (/^\s*data:/i.test(src)) return src.length < 200 || /^\s*data:image\/(?:gif|svg)/i.test(src);
  return PLACEHOLDER_FILE.test(src);
}

// An attribute name the HTML parser accepts but setAttribute rejects (`"htm="…"` from a quote out of place,
// `1x=`): Readability copies image attributes with setAttribute when it unwraps <noscript> images, and
// throws on such a name, losing the whole story. Such an attribute means nothing on an image anyway.
const SETTABLE_NAME = /^[A-Za-z_:][-\w:.]*$/;

/** One <img> or <source> made real: the lazy source copied over a placeholder, unsettable attribute names removed. */
export function resolveLazyImage(img: Element): void {
  for (const name of img.getAttributeNames()) if (!SETTABLE_NAME.test(name)) img.removeAttribute(name);
  if (isPlaceholderSrc(img.getAttribute('src'))) {
    const real = LAZY_SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !isPlaceholderSrc(v));
    if (real) img.setAttribute('src', real);
  }
  if (!img.getAttribute('srcset')) {
    const set = LAZY_SRCSET_ATTRS.map((a) => img.getAttribute(a)).find(Boolean);
    if (set) img.setAttribute('srcset', set);
  }
}
