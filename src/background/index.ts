// Background: badge, per-tab state, engine injection, shortcut and context menu wiring.
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser.ts';
import { isMessage, type Message, type TabState } from '../shared/messages.ts';
import type { Detection } from '../core/types.ts';
import type { Evidence } from '../core/evidence/index.ts';
import { readDetection } from '../core/detect/index.ts';
import { SITE_RULES } from '../core/rules/index.ts';
import { loadSettings, normalizeSettings, SETTINGS_KEY, shouldAutoOpen } from '../shared/settings.ts';
import { hostnameOf } from '../ui/format.ts';

// Per-tab state is kept in storage.session so it survives the service worker being stopped.
const stateKey = (tabId: number): string => `tab:${tabId}`;

async function getState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(stateKey(tabId));
  return (got[stateKey(tabId)] as TabState | undefined) ?? null;
}

async function setState(tabId: number, patch: Partial<TabState>): Promise<void> {
  const prev = await getState(tabId);
  if (!prev && !patch.detection) return;
  await browser.storage.session.set({ [stateKey(tabId)]: { ...prev, ...patch } });
}

async function updateBadge(tabId: number, aggregator: boolean, badgeSetting?: boolean): Promise<void> {
  const enabled = badgeSetting ?? (await loadSettings(browser.storage.sync)).badge;
  const on = aggregator && enabled;
  await browser.action.setBadgeText({ tabId, text: on ? '↑' : '' });
  if (on) await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b6e4f' });
  await browser.action.setTitle({
    tabId,
    title: on ? browser.i18n.getMessage('actionTitleAggregator') || 'Upstream' : browser.i18n.getMessage('actionTitle'),
  });
}

/** The verdict without the evidence it was read from: what the popup and the tab state need. */
function verdictOf(d: Detection): Detection {
  const { evidence: _evidence, ...verdict } = d;
  return verdict;
}

/**
 * Reads the verdict from a page's evidence (here, off the page's thread: the content script only gathers),
 * sets the badge, and answers with the verdict and the auto-open decision; one settings read serves both.
 */
async function onPageEvidence(tabId: number, url: string, evidence: Evidence): Promise<{ ok: true; detection: Detection; autoOpen: boolean }> {
  const detection = verdictOf(readDetection(evidence, SITE_RULES));
  const settings = await loadSettings(browser.storage.sync);
  await setState(tabId, { url, detection, cleanViewOpen: false });
  await updateBadge(tabId, detection.isAggregator, settings.badge).catch(() => {
    // The tab may be gone already.
  });
  return { ok: true, detection, autoOpen: shouldAutoOpen(settings, hostnameOf(url), detection.isAggregator) };
}

/** The engine's verdict (read with the outlet directory) replaces the first one, and the badge follows it. */
async function onPageVerdict(tabId: number, url: string, detection: Detection): Promise<{ ok: true }> {
  const prev = await getState(tabId);
  if (prev && prev.url !== url) return { ok: true };
  await setState(tabId, { url, detection: verdictOf(detection) });
  if (prev?.detection.isAggregator !== detection.isAggregator) {
    await updateBadge(tabId, detection.isAggregator).catch(() => {
      // The tab may be gone already.
    });
  }
  return { ok: true };
}

/** The bundles a content script may ask for, and their files: nothing else is ever injected. */
const BUNDLE_FILES: Readonly<Record<string, string>> = { engine: 'engine.js', listing: 'listing.js' };

async function injectBundle(tabId: number, frameId: number | undefined, script: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const file = Object.hasOwn(BUNDLE_FILES, script) ? BUNDLE_FILES[script] : undefined;
  if (!file) return { ok: false, error: `no bundle named ${script}` };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: frameId !== undefined ? [frameId] : undefined },
      files: [file],
    });
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

async function toggleCleanView(tabId: number): Promise<{ ok: true; open: boolean } | { ok: false; error: string }> {
  try {
    const res = (await browser.tabs.sendMessage(tabId, { type: 'set-clean-view', open: 'toggle' } satisfies Message)) as
      | { ok: true; open: boolean }
      | { ok: false; error: string }
      | undefined;
    return res ?? { ok: false, error: 'no answer from the page' };
  } catch (err) {
    // No content script in this tab (browser pages, PDFs, the store): nothing to toggle.
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(raw)) return undefined;
  const tabId = sender.tab?.id;
  switch (raw.type) {
    case 'page-evidence':
      if (tabId === undefined) return undefined;
      return onPageEvidence(tabId, raw.url, raw.evidence);
    case 'page-verdict':
      if (tabId === undefined) return undefined;
      return onPageVerdict(tabId, raw.url, raw.detection);
    case 'clean-view-state':
      if (tabId === undefined) return undefined;
      return setState(tabId, { cleanViewOpen: raw.open }).then(() => ({ ok: true }));
    case 'load-script':
      if (tabId === undefined) return Promise.resolve({ ok: false, error: 'not sent from a tab' });
      return injectBundle(tabId, sender.frameId, String(raw.script));
    case 'get-tab-state':
      return getState(raw.tabId);
    case 'run-command':
      // Only the extension's own pages (popup, tests) may drive other tabs.
      if (!sender.url?.startsWith(browser.runtime.getURL(''))) return undefined;
      return toggleCleanView(raw.tabId);
    default:
      return undefined;
  }
});

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(stateKey(tabId));
});

// Firefox for Android has neither keyboard shortcuts nor context menus: the APIs are missing there, and
// touching them would stop this script before the listeners that matter are registered.
browser.commands?.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-clean-view') return;
  const go = (id: number | undefined): void => {
    if (id !== undefined) void toggleCleanView(id);
  };
  if (tab?.id !== undefined) go(tab.id);
  else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => go(t?.id));
});

// Turning the badge setting on or off applies to the tabs already open.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync' || !changes[SETTINGS_KEY]) return;
  const badge = normalizeSettings(changes[SETTINGS_KEY].newValue).badge;
  void browser.storage.session.get(null).then((all) => {
    for (const [key, value] of Object.entries(all)) {
      const tabId = Number(key.slice(4));
      if (!key.startsWith('tab:') || !Number.isInteger(tabId)) continue;
      updateBadge(tabId, Boolean((value as TabState).detection?.isAggregator), badge).catch(() => {
        // The tab may have closed in the meantime.
      });
    }
  });
});

const MENU_ID = 'upstream-toggle-clean-view';
const menus = browser.contextMenus as typeof browser.contextMenus | undefined;
browser.runtime.onInstalled.addListener(async () => {
  if (!menus) return;
  // Menus persist across restarts; start clean so an update does not create a duplicate.
  await menus.removeAll();
  menus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuToggle'),
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
});
menus?.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) void toggleCleanView(tab.id);
});
