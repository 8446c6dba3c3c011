// One manifest.json serves both browsers; these are the only build-time differences.
export type Target = 'chrome' | 'firefox';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: unknown;
};

export function manifestFor(base: Manifest, target: Target): Manifest {
  const m: Manifest = structuredClone(base);
  const bg = m.background ?? {};
  if (target === 'chrome') {
    // Chrome runs the background as a service worker and warns on unknown keys.
    m.background = { service_worker: bg.service_worker ?? 'background.js' };
    delete m.browser_specific_settings;
  } else {
    // Firefox MV3 runs the background as an event page.
    m.background = { scripts: bg.scripts ?? ['background.js'] };
  }
  return m;
}
