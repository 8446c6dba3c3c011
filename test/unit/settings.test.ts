import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULTS,
  loadSettings,
  loadSettingsReport,
  normalizeHost,
  normalizeSettings,
  saveSettings,
  SCHEMA_VERSION,
  SETTINGS_KEY,
  shouldAutoOpen,
  siteChoice,
  withSite,
  type SettingsStore,
} from '../../src/shared/settings.ts';

function memoryStore(initial: Record<string, unknown> = {}): SettingsStore & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
  };
}

const failing: SettingsStore = {
  get: () => Promise.reject(new Error('storage is disabled')),
  set: () => Promise.reject(new Error('quota exceeded')),
};

describe('normalizeSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    for (const bad of [undefined, null, 42, 'x', [], [1, 2]]) expect(normalizeSettings(bad)).toEqual(DEFAULTS);
  });

  it('replaces each invalid field by its default and keeps the valid ones', () => {
    const s = normalizeSettings({ schemaVersion: 1, theme: 'neon', fontFamily: 'sans', badge: 'yes', autoOpen: 'always', fontSize: '22', width: Infinity });
    expect(s.theme).toBe('auto');
    expect(s.fontFamily).toBe('sans');
    expect(s.badge).toBe(true);
    expect(s.autoOpen).toBe('off');
    expect(s.fontSize).toBe(22);
    expect(s.width).toBe(DEFAULTS.width);
  });

  it('clamps numbers into range', () => {
    expect(normalizeSettings({ fontSize: 3, width: 500 })).toMatchObject({ fontSize: 14, width: 100 });
    expect(normalizeSettings({ fontSize: 99.6, width: 10 })).toMatchObject({ fontSize: 28, width: 40 });
  });

  it('keeps only valid site entries, lower-cased', () => {
    const s = normalizeSettings({ sites: { 'Daily8.com': 'always', 'bad host!': 'always', 'menafn.com': 'sometimes', 'x.org': 'never' } });
    expect(s.sites).toEqual({ 'daily8.com': 'always', 'x.org': 'never' });
    expect(normalizeSettings({ sites: ['daily8.com'] }).sites).toEqual({});
  });

  it('migrates the unversioned draft shape (auto: boolean)', () => {
    expect(normalizeSettings({ auto: true }).autoOpen).toBe('aggregators');
    expect(normalizeSettings({ auto: false, theme: 'dark' })).toMatchObject({ autoOpen: 'off', theme: 'dark', schemaVersion: SCHEMA_VERSION });
    expect(normalizeSettings({ auto: true })).not.toHaveProperty('auto');
    // A current-version value is not re-migrated.
    expect(normalizeSettings({ schemaVersion: 1, auto: true, autoOpen: 'off' }).autoOpen).toBe('off');
  });
});

describe('load and save', () => {
  it('round-trips through storage under one key', async () => {
    const store = memoryStore();
    const saved = await saveSettings(store, { theme: 'sepia', fontSize: 21 });
    expect(store.data[SETTINGS_KEY]).toEqual(saved);
    expect(await loadSettings(store)).toMatchObject({ theme: 'sepia', fontSize: 21, badge: true });
  });

  it('normalises what it saves', async () => {
    const store = memoryStore();
    await saveSettings(store, { fontSize: 1000 } as never);
    expect((store.data[SETTINGS_KEY] as { fontSize: number }).fontSize).toBe(28);
  });

  it('upgrades an old stored value on load', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: { auto: true, badge: false } });
    expect(await loadSettings(store)).toMatchObject({ autoOpen: 'aggregators', badge: false, schemaVersion: SCHEMA_VERSION });
  });

  it('falls back to defaults when storage fails, and reports why', async () => {
    expect(await loadSettings(failing)).toEqual(DEFAULTS);
    const report = await loadSettingsReport(failing);
    expect(report.settings).toEqual(DEFAULTS);
    expect(report.error).toMatch(/disabled/);
    expect((await loadSettingsReport(memoryStore())).error).toBeNull();
    await expect(saveSettings(failing, { theme: 'dark' })).rejects.toThrow(/quota/);
  });
});

describe('per-site choices', () => {
  it('normalises what people type into a hostname', () => {
    expect(normalizeHost('  Daily8.com ')).toBe('daily8.com');
    expect(normalizeHost('https://www.daily8.com/news/x?y=1')).toBe('www.daily8.com');
    expect(normalizeHost('menafn.com/article')).toBe('menafn.com');
    for (const bad of ['', '   ', 'not a host', 'localhost', 'javascript:alert(1)', '..com']) expect(normalizeHost(bad)).toBeNull();
  });

  it('adds and removes entries without touching the others', () => {
    const sites = withSite({ 'a.com': 'never' }, 'b.com', 'always');
    expect(sites).toEqual({ 'a.com': 'never', 'b.com': 'always' });
    expect(withSite(sites, 'a.com', null)).toEqual({ 'b.com': 'always' });
  });

  it('lets a listed domain cover its subdomains, the closest entry winning', () => {
    const sites = { 'daily8.com': 'always', 'news.daily8.com': 'never' } as const;
    expect(siteChoice(sites, 'www.daily8.com')).toBe('always');
    expect(siteChoice(sites, 'a.news.daily8.com')).toBe('never');
    expect(siteChoice(sites, 'daily8.co')).toBeNull();
    expect(siteChoice(sites, 'com')).toBeNull();
  });

  it('decides auto-open from the setting and the site list', () => {
    const base = normalizeSettings({});
    expect(shouldAutoOpen(base, 'daily8.com', true)).toBe(false);
    const on = normalizeSettings({ autoOpen: 'aggregators', sites: { 'menafn.com': 'never', 'example.org': 'always' } });
    expect(shouldAutoOpen(on, 'www.daily8.com', true)).toBe(true);
    expect(shouldAutoOpen(on, 'www.daily8.com', false)).toBe(false);
    expect(shouldAutoOpen(on, 'menafn.com', true)).toBe(false);
    expect(shouldAutoOpen(normalizeSettings({ sites: { 'example.org': 'always' } }), 'www.example.org', false)).toBe(true);
  });
});

describe('concurrent saves', () => {
  it('applies quick successive patches in order without losing one', async () => {
    const store = memoryStore();
    const slowGet = store.get.bind(store);
    store.get = async (key) => {
      await new Promise((r) => setTimeout(r, 5));
      return slowGet(key);
    };
    await Promise.all([saveSettings(store, { badge: false }), saveSettings(store, { theme: 'dark' }), saveSettings(store, { sites: { 'a.com': 'never' } })]);
    expect(await loadSettings(store)).toMatchObject({ badge: false, theme: 'dark', sites: { 'a.com': 'never' } });
  });
});

describe('bad and old stored values', () => {
  const isValid = (s: ReturnType<typeof normalizeSettings>): boolean =>
    s.schemaVersion === SCHEMA_VERSION &&
    ['off', 'aggregators'].includes(s.autoOpen) &&
    typeof s.badge === 'boolean' &&
    ['auto', 'light', 'dark', 'sepia'].includes(s.theme) &&
    ['serif', 'sans', 'system'].includes(s.fontFamily) &&
    Number.isInteger(s.fontSize) && s.fontSize >= 14 && s.fontSize <= 28 &&
    Number.isInteger(s.width) && s.width >= 40 && s.width <= 100 &&
    Object.getPrototypeOf(s.sites) === Object.prototype &&
    Object.entries(s.sites).every(([host, choice]) => /^[a-z0-9.-]+$/.test(host) && (choice === 'always' || choice === 'never'));

  it('turns anything storage could hold into valid settings, without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          // Shapes close to real settings, with every field possibly wrong.
          fc.record(
            {
              schemaVersion: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
              auto: fc.anything(),
              autoOpen: fc.oneof(fc.constantFrom('off', 'aggregators', 'always'), fc.anything()),
              sites: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.constantFrom('always', 'never'), fc.anything())), fc.anything()),
              badge: fc.anything(),
              theme: fc.oneof(fc.constantFrom('auto', 'dark', 'neon'), fc.anything()),
              fontFamily: fc.anything(),
              fontSize: fc.oneof(fc.double(), fc.string(), fc.anything()),
              width: fc.oneof(fc.double(), fc.string(), fc.anything()),
            },
            { requiredKeys: [] },
          ),
        ),
        (stored) => {
          expect(isValid(normalizeSettings(stored))).toBe(true);
        },
      ),
      { seed: 7, numRuns: 2000 },
    );
  });

  it('ignores prototype keys and inherited properties in the site list', () => {
    const stored = JSON.parse('{"sites":{"__proto__":"always","constructor":"always","toString":"never","daily8.com":"never"}}');
    const s = normalizeSettings(stored);
    expect(Object.getPrototypeOf(s.sites)).toBe(Object.prototype);
    expect(s.sites['daily8.com']).toBe('never');
    expect(Object.keys(s.sites).sort()).toEqual(['constructor', 'daily8.com', 'tostring']);
    // A host named like an Object.prototype member has no choice unless one was stored for it.
    for (const host of ['constructor', 'tostring', 'hasownproperty', '__proto__', 'valueof']) expect(siteChoice({}, host)).toBeNull();
  });

  it('reads a value from a newer version field by field instead of resetting it', () => {
    const s = normalizeSettings({ schemaVersion: 99, theme: 'sepia', fontSize: 24, futureField: { x: 1 }, autoOpen: 'everywhere' });
    expect(s).toMatchObject({ schemaVersion: SCHEMA_VERSION, theme: 'sepia', fontSize: 24, autoOpen: 'off' });
    expect(s).not.toHaveProperty('futureField');
  });

  it('migrates every unversioned draft field it knows and drops the rest', () => {
    for (const [stored, autoOpen] of [[{ auto: true }, 'aggregators'], [{ auto: false }, 'off'], [{ auto: 'yes' }, 'off'], [{ schemaVersion: '0', auto: true }, 'aggregators']] as const) {
      const s = normalizeSettings(stored);
      expect(s.autoOpen).toBe(autoOpen);
      expect(s).not.toHaveProperty('auto');
    }
  });

  it('loads defaults when storage answers with nonsense', async () => {
    for (const answer of [undefined, null, 'x', [], { settings: 'corrupt' }, { settings: [1, 2] }, { settings: { theme: 5 } }]) {
      const store: SettingsStore = { get: async () => answer as never, set: async () => undefined };
      const s = await loadSettings(store);
      expect(isValid(s)).toBe(true);
      expect((await loadSettingsReport(store)).settings).toEqual(s);
    }
  });
});
