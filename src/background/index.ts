// Background: badge, per-tab state, engine injection, shortcut and context menu wiring.
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser.ts';
import { isMessage, type Message, type TabState } from '../shared/messages.ts';
import { loadSettings } from '../shared/settings.ts';

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

async function updateBadge(tabId: number, aggregator: boolean): Promise<void> {
  const settings = await loadSettings(browser.storage.sync);
  const on = aggregator && settings.badge;
  await browser.action.setBadgeText({ tabId, text: on ? '↑' : '' });
  if (on) await browser.action.setBadgeBackgroundColor({ tabId, color: '#0b6e4f' });
  await browser.action.setTitle({
    tabId,
    title: on ? browser.i18n.getMessage('actionTitleAggregator') || 'Upstream' : browser.i18n.getMessage('actionTitle'),
  });
}

async function injectEngine(tabId: number, frameId: number | undefined): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: frameId !== undefined ? [frameId] : undefined },
      files: ['engine.js'],
    });
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

async function toggleCleanView(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'set-clean-view', open: 'toggle' } satisfies Message);
  } catch {
    // No content script in this tab (browser pages, PDFs, the store): nothing to toggle.
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!isMessage(raw)) return undefined;
  const tabId = sender.tab?.id;
  switch (raw.type) {
    case 'page-detected':
      if (tabId === undefined) return undefined;
      return setState(tabId, { url: raw.url, detection: raw.detection, cleanViewOpen: false })
        .then(() => updateBadge(tabId, raw.detection.isAggregator))
        .then(() => ({ ok: true }));
    case 'clean-view-state':
      if (tabId === undefined) return undefined;
      return setState(tabId, { cleanViewOpen: raw.open }).then(() => ({ ok: true }));
    case 'load-engine':
      if (tabId === undefined) return Promise.resolve({ ok: false, error: 'not sent from a tab' });
      return injectEngine(tabId, sender.frameId);
    case 'get-tab-state':
      return getState(raw.tabId);
    default:
      return undefined;
  }
});

browser.tabs.onRemoved.addListener((tabId) => {
  void browser.storage.session.remove(stateKey(tabId));
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-clean-view') return;
  const go = (id: number | undefined): void => {
    if (id !== undefined) void toggleCleanView(id);
  };
  if (tab?.id !== undefined) go(tab.id);
  else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => go(t?.id));
});

const MENU_ID = 'upstream-toggle-clean-view';
browser.runtime.onInstalled.addListener(() => {
  browser.contextMenus.create({
    id: MENU_ID,
    title: browser.i18n.getMessage('menuToggle'),
    contexts: ['page'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === MENU_ID && tab?.id !== undefined) void toggleCleanView(tab.id);
});
