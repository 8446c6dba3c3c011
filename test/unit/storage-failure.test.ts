// @vitest-environment jsdom
// When the browser's storage fails (sync disabled, quota, a corrupted profile), the popup, the options page
// and the clean view still work: every storage call of the fake extension API below rejects.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getMessage, sampleArticle } from './ui-helpers.ts';

const PAGE = 'https://www.daily8.com/news/world/us-japan-relations-crisis';
const broken = (): Promise<never> => Promise.reject(new Error('storage is broken'));
const area = () => ({ get: vi.fn(broken), set: vi.fn(broken), remove: vi.fn(broken), clear: vi.fn(broken) });

function installBrokenStorageApi() {
  const a = sampleArticle();
  const api = {
    runtime: {
      id: 'upstream-test',
      getURL: (p: string) => `chrome-extension://upstream-test/${p}`,
      openOptionsPage: vi.fn(async () => undefined),
      // The background keeps tab state in storage.session: with storage broken, its answer fails too.
      sendMessage: vi.fn(async (m: { type: string }) => (m.type === 'get-tab-state' ? broken() : { ok: true })),
      onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
    },
    tabs: {
      query: vi.fn(async () => [{ id: 7, url: PAGE, status: 'complete' }]),
      get: vi.fn(async () => ({ id: 7, url: PAGE, status: 'complete' })),
      sendMessage: vi.fn(async (_id: number, m: { type: string }) => (m.type === 'analyze' ? { ok: true, analysis: a } : { ok: true, open: true })),
    },
    storage: { sync: area(), local: area(), session: area(), onChanged: { addListener: vi.fn(), removeListener: vi.fn() } },
    commands: { getAll: vi.fn(async () => [{ name: 'toggle-clean-view', shortcut: 'Alt+Shift+U' }]) },
    i18n: { getMessage, getUILanguage: () => 'en' },
  };
  // webextension-polyfill hands out globalThis.browser as is when it looks like a real extension API.
  Object.assign(globalThis, { browser: api, chrome: { runtime: { id: api.runtime.id }, i18n: api.i18n } });
  return api;
}

// One API object for the file: webextension-polyfill is loaded once and keeps the first one it saw.
const api = installBrokenStorageApi();

beforeEach(() => {
  vi.clearAllMocks();
  vi.resetModules();
  document.body.innerHTML = '<div id="app"></div>';
  delete document.body.dataset.ready;
});

const ready = () => vi.waitFor(() => expect(document.body.dataset.ready).toBe('1'), { timeout: 5000 });

describe('storage errors', () => {
  it('the popup still shows the verdict, the attribution and the clean-view button', async () => {
    await import('../../src/popup/main.tsx');
    await ready();
    expect(document.querySelector('#verdict')?.getAttribute('data-verdict')).toBe('aggregator');
    expect(document.querySelector('#original a')?.textContent).toBe('Russia Today');
    expect(document.querySelector('#toggle')).not.toBeNull();
    expect(document.querySelector('#error')).toBeNull();
    expect(api.tabs.sendMessage).toHaveBeenCalled();
  });

  it('the options page says it could not read the settings, shows the defaults and reports failed saves', async () => {
    await import('../../src/options/main.tsx');
    await ready();
    expect(api.storage.sync.get).toHaveBeenCalled();
    const status = document.querySelector('#status')!;
    expect(status.getAttribute('data-kind')).toBe('error');
    expect(status.textContent).toMatch(/storage is broken/);
    expect((document.querySelector('#theme') as HTMLSelectElement).value).toBe('auto');
    (document.querySelector('#badge') as HTMLInputElement).click();
    await vi.waitFor(() => expect(api.storage.sync.set.mock.calls.length + api.storage.sync.get.mock.calls.length).toBeGreaterThan(1));
    await vi.waitFor(() => expect(document.querySelector('#status')!.textContent).toMatch(/storage is broken/));
    expect(document.querySelector('#status')!.getAttribute('data-kind')).toBe('error');
  });

  it('the clean view opens with the default settings and closes', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = `<article><h1>Story</h1>${'<p>The council voted late on Tuesday to rebuild the harbour wall before the winter storms, after a long debate about the cost.</p>'.repeat(6)}</article>`;
    await import('../../src/engine/index.ts');
    const engine = globalThis.__upstreamEngine!;
    expect(await engine.handle({ type: 'set-clean-view', open: true }, null)).toEqual({ ok: true, open: true });
    expect(api.storage.sync.get).toHaveBeenCalled();
    expect(document.querySelector('upstream-clean-view')).not.toBeNull();
    expect(await engine.handle({ type: 'set-clean-view', open: false }, null)).toEqual({ ok: true, open: false });
    expect(document.querySelector('upstream-clean-view')).toBeNull();
  });
});
