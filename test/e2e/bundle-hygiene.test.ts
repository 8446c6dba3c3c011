// The built extension (what users install) carries no remote code and no string-to-code paths: both built
// manifests keep the strict CSP and the source manifest's permissions, and no bundled script calls eval,
// the Function constructor, string timers or any network API. Runs after the build, with the browser tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from './harness.ts';

const STRICT_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

/** Code that turns strings into code, or talks to the network. Checked against the minified bundles. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  // Function("…") without new also compiles a string; Function.call.bind(…) and instanceof Function do not.
  ['Function()', /(?<![\w$.])Function\s*\(/],
  ['string timer', /set(?:Timeout|Interval)\s*\(\s*["'`]/],
  ['importScripts', /importScripts\s*\(/],
  ['remote import', /import\s*\(\s*["'`](?:https?:)?\/\//],
  ['fetch', /(?<![\w$.])fetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /new\s+WebSocket\s*\(/],
  ['EventSource', /new\s+EventSource\s*\(/],
  ['sendBeacon', /sendBeacon\s*\(/],
];

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

describe('bundle scan', () => {
  it('recognises what it forbids and lets the harmless look-alikes pass', () => {
    const hits = (code: string): string[] => FORBIDDEN.filter(([, re]) => re.test(code)).map(([what]) => what);
    expect(hits('a=eval("1")')).toEqual(['eval']);
    expect(hits('x=new Function("return 1")')).toEqual(['new Function', 'Function()']);
    expect(hits('x=Function("return this")()')).toEqual(['Function()']);
    expect(hits('setTimeout("go()",1)')).toEqual(['string timer']);
    expect(hits('await fetch(u)')).toEqual(['fetch']);
    expect(hits('c=Function.call.bind(Object.prototype.hasOwnProperty);e instanceof Function;x.evaluate(1);o.refetch(2)')).toEqual([]);
  });
});

const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { permissions: string[]; host_permissions: string[] };

for (const [browser, dir] of Object.entries(DIST)) {
  describe(`built ${browser} extension`, () => {
    it('exists (npm run build ran)', () => {
      expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
    });

    it('keeps the strict CSP and exactly the source manifest\'s permissions', () => {
      const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(m.content_security_policy).toEqual({ extension_pages: STRICT_CSP });
      expect(m.permissions).toEqual(source.permissions);
      expect(m.host_permissions).toEqual(source.host_permissions);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.web_accessible_resources).toBeUndefined();
    });

    it('has no string-to-code path, no network API and no remote script in any bundle or page', () => {
      const scripts = files(dir, /\.m?js$/);
      expect(scripts.length).toBeGreaterThanOrEqual(4);
      const found: string[] = [];
      for (const file of scripts) {
        const code = readFileSync(file, 'utf8');
        for (const [what, re] of FORBIDDEN) {
          const m = re.exec(code);
          if (m) found.push(`${relative(dir, file)}: ${what} …${code.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
        }
      }
      for (const page of files(dir, /\.html$/)) {
        const html = readFileSync(page, 'utf8');
        for (const m of html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"/g)) {
          if (/^(?:[a-z]+:)?\/\//i.test(m[1]!)) found.push(`${relative(dir, page)}: remote ${m[1]}`);
        }
        if (/<script(?![^>]*\bsrc=)[^>]*>\s*\S/.test(html)) found.push(`${relative(dir, page)}: inline script`);
      }
      expect(found).toEqual([]);
    });
  });
}
