// One settings module: defaults, schema version, validation and migrations.
// Stored in storage.sync under a single key so one read gives a consistent snapshot.

export const SETTINGS_KEY = 'settings';
export const SCHEMA_VERSION = 1;

export type Theme = 'auto' | 'light' | 'dark' | 'sepia';
export type FontFamily = 'serif' | 'sans' | 'system';
export type AutoOpen = 'off' | 'aggregators';
export type SiteChoice = 'always' | 'never';

export interface Settings {
  schemaVersion: number;
  /** Open the clean view by itself on detected aggregator pages. */
  autoOpen: AutoOpen;
  /** Per-site override by hostname. */
  sites: Record<string, SiteChoice>;
  /** Show the badge on the toolbar icon on aggregator pages. */
  badge: boolean;
  theme: Theme;
  fontFamily: FontFamily;
  /** Body text size in px. */
  fontSize: number;
  /** Text column width in characters (ch). */
  width: number;
}

export const DEFAULTS: Readonly<Settings> = Object.freeze({
  schemaVersion: SCHEMA_VERSION,
  // Off by default: rewriting a page the reader did not ask to change is surprising;
  // the badge says when the clean view is worth a click.
  autoOpen: 'off',
  sites: {},
  badge: true,
  theme: 'auto',
  fontFamily: 'serif',
  fontSize: 19,
  width: 68,
});

const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'sepia'];
const FONTS: readonly FontFamily[] = ['serif', 'sans', 'system'];
const AUTO: readonly AutoOpen[] = ['off', 'aggregators'];
export const FONT_SIZE = { min: 14, max: 28 } as const;
export const WIDTH = { min: 40, max: 100 } as const;

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function clampInt(value: unknown, range: { min: number; max: number }, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  if (!Number.isFinite(n)) return fallback;
  return Math.min(range.max, Math.max(range.min, Math.round(n)));
}

const HOST_RE = /^[a-z0-9.-]{1,253}$/;

function validSites(value: unknown): Record<string, SiteChoice> {
  const out: Record<string, SiteChoice> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [host, choice] of Object.entries(value)) {
    const h = host.trim().toLowerCase();
    if (HOST_RE.test(h) && (choice === 'always' || choice === 'never')) out[h] = choice;
  }
  return out;
}

/** Upgrades older stored shapes. Version 0 is the unversioned draft that stored `auto: boolean`. */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  const version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  const out = { ...raw };
  if (version < 1) {
    if (typeof out.auto === 'boolean') out.autoOpen = out.auto ? 'aggregators' : 'off';
    delete out.auto;
  }
  out.schemaVersion = SCHEMA_VERSION;
  return out;
}

/** Turns anything read from storage into valid settings; never throws. */
export function normalizeSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { ...DEFAULTS, sites: {} };
  const raw = migrate(stored as Record<string, unknown>);
  return {
    schemaVersion: SCHEMA_VERSION,
    autoOpen: oneOf(raw.autoOpen, AUTO, DEFAULTS.autoOpen),
    sites: validSites(raw.sites),
    badge: typeof raw.badge === 'boolean' ? raw.badge : DEFAULTS.badge,
    theme: oneOf(raw.theme, THEMES, DEFAULTS.theme),
    fontFamily: oneOf(raw.fontFamily, FONTS, DEFAULTS.fontFamily),
    fontSize: clampInt(raw.fontSize, FONT_SIZE, DEFAULTS.fontSize),
    width: clampInt(raw.width, WIDTH, DEFAULTS.width),
  };
}

/** The choice for a host or the closest parent domain listed ("daily8.com" covers "www.daily8.com"). */
export function siteChoice(sites: Record<string, SiteChoice>, hostname: string): SiteChoice | null {
  const labels = hostname.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < Math.max(1, labels.length - 1); i++) {
    // Own entries only: a host named "constructor" must not find Object.prototype's.
    const key = labels.slice(i).join('.');
    const choice = Object.hasOwn(sites, key) ? sites[key] : undefined;
    if (choice === 'always' || choice === 'never') return choice;
  }
  return null;
}

/** Whether the clean view should open by itself on this host. */
export function shouldAutoOpen(settings: Settings, hostname: string, isAggregator: boolean): boolean {
  const choice = siteChoice(settings.sites, hostname);
  if (choice === 'never') return false;
  if (choice === 'always') return true;
  return settings.autoOpen === 'aggregators' && isAggregator;
}

/** Minimal storage surface so the module is testable without a browser. */
export interface SettingsStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(store: SettingsStore): Promise<Settings> {
  try {
    const got = await store.get(SETTINGS_KEY);
    return normalizeSettings(got[SETTINGS_KEY]);
  } catch {
    // Storage can fail (quota, disabled sync, corrupted profile): fall back to defaults.
    return normalizeSettings(undefined);
  }
}

// Saves are read-modify-write: run them one after another so two quick changes cannot undo each other.
let saving: Promise<unknown> = Promise.resolve();

export function saveSettings(store: SettingsStore, patch: Partial<Settings>): Promise<Settings> {
  const run = async (): Promise<Settings> => {
    const current = await loadSettings(store);
    const next = normalizeSettings({ ...current, ...patch });
    await store.set({ [SETTINGS_KEY]: next });
    return next;
  };
  const result = saving.then(run, run);
  saving = result.catch(() => undefined);
  return result;
}

/** Like loadSettings, but says when storage failed so a page can tell the reader. */
export async function loadSettingsReport(store: SettingsStore): Promise<{ settings: Settings; error: string | null }> {
  try {
    const got = await store.get(SETTINGS_KEY);
    return { settings: normalizeSettings(got[SETTINGS_KEY]), error: null };
  } catch (err) {
    return { settings: normalizeSettings(undefined), error: err instanceof Error ? err.message : String(err) };
  }
}

/** A hostname from what a person typed: "example.com", "www.Example.com/path" or a full URL; null if none. */
export function normalizeHost(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '');
  return HOST_RE.test(host) && host.includes('.') && !host.startsWith('.') && !host.includes('..') ? host : null;
}

/** The site list with one host set to a choice, or removed with null. */
export function withSite(sites: Record<string, SiteChoice>, host: string, choice: SiteChoice | null): Record<string, SiteChoice> {
  const next = { ...sites };
  if (choice) next[host] = choice;
  else delete next[host];
  return next;
}
