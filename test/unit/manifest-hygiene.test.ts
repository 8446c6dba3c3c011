// The manifest asks for nothing it does not explain: every permission and host permission of both
// browsers' manifests must be listed, with a reason, in the README's "Permissions" section. Extension pages
// keep a strict CSP, and nothing is exposed to web pages or other extensions.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor, type Target } from '../../scripts/manifest-for.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const base = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const STRICT_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

/** Permission names (in backticks) of each row of the README's "## Permissions" table, with the row's reason. */
function documentedPermissions(readme: string): Map<string, string> {
  const section = /^## Permissions\s*$([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';
  const out = new Map<string, string>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length < 2 || /^-+$/.test(cells[0] ?? '') || cells[0] === 'Permission') continue;
    const reason = cells.slice(1).join(' ').trim();
    for (const m of (cells[0] ?? '').matchAll(/`([^`]+)`/g)) out.set(m[1]!, reason);
  }
  return out;
}

interface ManifestShape {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
}

const requested = (m: ManifestShape): string[] => [
  ...(m.permissions ?? []),
  ...(m.optional_permissions ?? []),
  ...(m.host_permissions ?? []),
  ...(m.optional_host_permissions ?? []),
];

describe('README permissions section', () => {
  const documented = documentedPermissions(readFileSync(resolve(ROOT, 'README.md'), 'utf8'));

  it('is parsed into permissions with reasons', () => {
    expect(documented.size).toBeGreaterThanOrEqual(3);
    // A parser that reads nothing would make the next test pass vacuously.
    expect(documentedPermissions('## Permissions\n| Permission | Why |\n|---|---|\n| `tabs` | x |\n\n## Next\n')).toEqual(new Map([['tabs', 'x']]));
    expect(documentedPermissions('## Permissions\n| `tabs` |  |\n## Next\n').get('tabs')).toBe('');
  });

  for (const target of ['chrome', 'firefox'] as Target[]) {
    const m = manifestFor(base, target) as ManifestShape & Record<string, unknown>;

    it(`${target}: every permission and host permission is listed with a reason`, () => {
      const missing = requested(m).filter((p) => !documented.has(p));
      const noReason = requested(m).filter((p) => documented.has(p) && documented.get(p)!.length < 10);
      expect(missing, 'permissions in the manifest but not in the README').toEqual([]);
      expect(noReason, 'permissions without a reason').toEqual([]);
    });

    it(`${target}: content scripts run only where host permissions already reach`, () => {
      const hosts = new Set(m.host_permissions ?? []);
      for (const cs of m.content_scripts ?? []) for (const match of cs.matches ?? []) expect(hosts.has(match)).toBe(true);
    });

    it(`${target}: strict CSP, nothing exposed, no remote code`, () => {
      expect(m.content_security_policy?.extension_pages).toBe(STRICT_CSP);
      expect(m.content_security_policy?.sandbox).toBeUndefined();
      for (const key of ['web_accessible_resources', 'externally_connectable', 'sandbox', 'update_url', 'key', 'oauth2']) expect(m[key], key).toBeUndefined();
      // No URL in the manifest points off the package (remote scripts, pages or update servers).
      const urls = JSON.stringify(m).match(/https?:\/\/[^"*]+/g) ?? [];
      expect(urls).toEqual([]);
    });
  }

  it('firefox: declares Firefox for Android, from the first version that knows every key the manifest uses', () => {
    const gecko = manifestFor(base, 'firefox').browser_specific_settings as Record<string, { strict_min_version?: string }>;
    // data_collection_permissions needs Firefox 142 on desktop and on Android; web-ext lint warns below that
    // (KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION), and lint:ext fails on any warning.
    expect(gecko.gecko_android?.strict_min_version).toBe('142.0');
    expect(gecko.gecko?.strict_min_version).toBe('142.0');
    expect(manifestFor(base, 'chrome').browser_specific_settings).toBeUndefined();
  });
});
