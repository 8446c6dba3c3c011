// What "inert" means for markup that came from a page: the checks the sanitiser property tests apply to
// the core's HTML, to the clean view's DOM and to the popup. Each returns human-readable violations.

const XHTML = 'http://www.w3.org/1999/xhtml';

/** Elements that run code, load documents, submit data, style things or change how the rest parses. */
const BANNED_TAGS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'form', 'input', 'button', 'select', 'textarea', 'option', 'template', 'slot', 'svg', 'math', 'noscript',
  'portal', 'dialog', 'isindex', 'xmp', 'plaintext', 'noembed', 'noframes', 'listing', 'title', 'html', 'head', 'body',
]);

/** Attributes that run code, load or post something, style, reach across the shadow boundary or grab focus. */
const BANNED_ATTRS = new Set([
  'style', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'poster', 'is', 'slot', 'part', 'exportparts',
  'popover', 'popovertarget', 'popovertargetaction', 'command', 'commandfor', 'autofocus', 'autoplay',
  'shadowroot', 'shadowrootmode', 'codebase', 'classid', 'archive', 'data', 'dynsrc', 'lowsrc', 'manifest', 'id', 'class',
]);

const URL_ATTRS = new Set(['href', 'src', 'cite', 'longdesc', 'usemap', 'icon', 'profile']);
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

/** The URL as a browser reads it: leading/trailing C0 controls and spaces trimmed, tabs and newlines removed. */
export function browserUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

const scheme = (value: string): string => /^([a-z][a-z0-9+.-]*):/i.exec(browserUrl(value))?.[1]?.toLowerCase() ?? '';
const isHttp = (value: string): boolean => scheme(value) === 'http' || scheme(value) === 'https';

function checkUrlAttr(el: Element, name: string, value: string, out: string[]): void {
  const where = `<${el.localName} ${name}="${value.slice(0, 80)}">`;
  const s = scheme(value);
  if (name === 'href') {
    if (!(s === 'http' || s === 'https' || s === 'mailto')) out.push(`non-http link ${where}`);
  } else if (name === 'src') {
    const dataOk = (el.localName === 'img' || el.localName === 'source') && SAFE_DATA_IMAGE.test(browserUrl(value));
    if (!(isHttp(value) || dataOk || browserUrl(value) === '')) out.push(`unsafe src ${where}`);
  } else if (s === 'javascript' || s === 'vbscript' || s === 'data') {
    // cite, longdesc, usemap …: never fetched or followed by the view, but no script URL either.
    out.push(`script-capable URL ${where}`);
  }
}

/**
 * Markup from the page, as shown in the clean view: HTML elements only, nothing active, no styling,
 * links and pictures over http(s) (pictures also as raster data: URLs).
 */
export function untrustedViolations(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName;
    if (el.namespaceURI !== XHTML) out.push(`foreign-namespace element <${tag}> (${el.namespaceURI})`);
    if (BANNED_TAGS.has(tag)) out.push(`banned element <${tag}>`);
    if (tag.includes('-')) out.push(`custom element <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) out.push(`event handler ${name} on <${tag}>`);
      // DOMPurify leaves `is=""` where it removed an `is`: no custom element can have the empty name.
      else if (name === 'is' && attr.value === '') continue;
      else if (BANNED_ATTRS.has(name) || name.includes(':') || name.startsWith('xmlns')) out.push(`banned attribute ${name} on <${tag}>`);
      else if (name === 'target' && attr.value !== '_blank') out.push(`target=${attr.value} on <${tag}>`);
      else if (URL_ATTRS.has(name)) checkUrlAttr(el, name, attr.value, out);
      else if (name === 'srcset') {
        for (const part of attr.value.split(',').map((p) => p.trim()).filter(Boolean)) {
          if (!isHttp(part.split(/\s+/)[0] ?? '')) out.push(`non-http srcset candidate on <${tag}>: ${part.slice(0, 80)}`);
        }
      } else if (/^\s*(?:javascript|vbscript):/i.test(browserUrl(attr.value)) && !name.startsWith('aria-') && name !== 'alt' && name !== 'title') {
        out.push(`script URL in ${name} on <${tag}>`);
      }
    }
    if (tag === 'a' && el.hasAttribute('href') && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '') && el.getAttribute('target') === '_blank') {
      out.push('link opening a new tab without rel=noopener');
    }
  }
  return out;
}

/**
 * The parts of the view the extension builds itself around page data (title, strip, coverage, listing,
 * removed list): text only, links over http(s) only, no inline style, no handlers, HTML elements only.
 */
export function chromeViolations(root: ParentNode, skip: Element | null): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (skip && skip.contains(el)) continue;
    const tag = el.localName;
    if (el.namespaceURI !== XHTML) out.push(`foreign-namespace element <${tag}>`);
    if (BANNED_TAGS.has(tag) || tag.includes('-')) out.push(`unexpected element <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'style' || name === 'srcdoc') out.push(`${name} on <${tag}>`);
      if (name === 'href' && !isHttp(attr.value)) out.push(`non-http link <${tag} href="${attr.value.slice(0, 80)}">`);
      if (name === 'src') out.push(`<${tag} src> outside the article content`);
    }
  }
  return out;
}

/** Every link in a popup rendering: http(s) only. */
export function popupLinkViolations(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('[href], [src], [action], [formaction], [srcdoc]'))
    .filter((el) => !isHttp(el.getAttribute('href') ?? '') || el.hasAttribute('src') || el.hasAttribute('action') || el.hasAttribute('srcdoc'))
    .map((el) => `popup <${el.localName}> ${el.outerHTML.slice(0, 120)}`);
}
