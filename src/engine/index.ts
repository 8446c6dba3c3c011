// The on-demand bundle: injected by the background into the content script's world when the
// clean view or the popup first needs the full analysis.
import { analyze } from '../core/analyze.ts';
import { SITE_RULES } from '../core/rules/index.ts';
import type { Analysis } from '../core/types.ts';
import type { Evidence } from '../core/evidence/index.ts';
import browser from '../shared/browser.ts';
import type { Message } from '../shared/messages.ts';
import { loadSettings, normalizeSettings, saveSettings, SETTINGS_KEY, type Settings } from '../shared/settings.ts';
import { formatDate, formatMinutes } from '../ui/format.ts';
import { browserLocale, t } from '../ui/i18n.ts';
import { CleanView } from './clean-view.ts';

let cached: Analysis | null = null;
/** Settings read ahead by prepare(), kept current by storage.onChanged; null until then. */
let settingsCache: Settings | null = null;
let prepared = false;

const view = new CleanView({
  onStateChange: (open) => {
    browser.runtime.sendMessage({ type: 'clean-view-state', open } satisfies Message).catch(() => {
      // The background may be restarting; it learns the state on the next change.
    });
  },
  onSettingsChange: (patch) => {
    saveSettings(browser.storage.sync, patch).catch((err: unknown) => console.warn('Upstream: could not save settings', err));
  },
});

/**
 * Pages with more elements are declined with a message in the view. The largest real pages in the corpora (a
 * Reddit thread, a long Wikipedia article) hold about 13,000; the pipeline runs as one task, so reading
 * 100,000 would leave the page unresponsive for seconds. Counting is one native call.
 */
const MAX_ELEMENTS = 50_000;

function getAnalysis(evidence: Evidence | null): Analysis {
  if (cached) return cached;
  const elements = document.getElementsByTagName('*').length;
  if (elements > MAX_ELEMENTS) {
    const n = new Intl.NumberFormat(browserLocale());
    throw new Error(t('viewTooLarge', [n.format(elements), n.format(MAX_ELEMENTS)]));
  }
  // The content script's evidence of this page is reused: gathering it again would only cost time.
  cached = analyze(document, location.href, SITE_RULES, { now: new Date(), evidence });
  const { isAggregator, kind, host, signals, rule } = cached;
  // The verdict read here, with the outlet directory, is the one the popup shows: the badge follows it.
  browser.runtime
    .sendMessage({ type: 'page-verdict', url: location.href, detection: { isAggregator, kind, host, signals, rule } } satisfies Message)
    .catch(() => {
      // The background may be restarting; the badge keeps the first verdict.
    });
  return cached;
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

async function setOpen(open: boolean, evidence: Evidence | null): Promise<{ ok: true; open: boolean } | { ok: false; error: string }> {
  if (!open) {
    view.close();
    return { ok: true, open: false };
  }
  if (view.isOpen) return { ok: true, open: true };
  const settings = settingsCache ?? (await loadSettings(browser.storage.sync));
  let content: Analysis | Error;
  try {
    content = getAnalysis(evidence);
  } catch (err) {
    // The view still opens, with a readable error; the page is left alone.
    content = err instanceof Error ? err : new Error(errorText(err));
  }
  try {
    view.open(content, settings);
  } catch (err) {
    return { ok: false, error: errorText(err) };
  }
  return { ok: true, open: view.isOpen };
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync' || !changes[SETTINGS_KEY]) return;
  const settings = normalizeSettings(changes[SETTINGS_KEY].newValue);
  if (prepared) settingsCache = settings;
  if (view.isOpen) view.updateSettings(settings);
});

/** Ahead of a toggle (idle time on pages flagged as copies): the analysis, the settings, the date formatter. */
function prepare(evidence: Evidence | null): void {
  if (prepared) return;
  prepared = true;
  try {
    const analysis = getAnalysis(evidence);
    // Same calls as the render makes, so the formatters it builds are the ones the view reuses, and the view
    // writes its dates and reading time at once instead of after its first paint.
    formatDate(analysis.published, browserLocale());
    formatMinutes(1, browserLocale());
  } catch {
    // The toggle runs the analysis again and shows the error in the view.
    cached = null;
  }
  loadSettings(browser.storage.sync)
    .then((s) => {
      settingsCache ??= s;
    })
    .catch(() => {
      // loadSettings already falls back to defaults; the toggle reads again.
    });
}

// Injected twice (two quick requests)? Keep the first engine: it owns the open view.
globalThis.__upstreamEngine ??= {
  prepare,
  get prepared() {
    return prepared;
  },
  async handle(message: Message, evidence: Evidence | null): Promise<unknown> {
    try {
      if (message.type === 'analyze') return { ok: true, analysis: getAnalysis(evidence) };
      if (message.type === 'set-clean-view') return await setOpen(message.open === 'toggle' ? !view.isOpen : message.open, evidence);
      if (message.type === 'view-snapshot') return { ok: true, ...view.snapshot() };
      return { ok: false, error: `unsupported message ${message.type}` };
    } catch (err) {
      return { ok: false, error: errorText(err) };
    }
  },
};
