import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Analysis, Detection } from '../core/types.ts';
import browser, { send, sendToTab } from '../shared/browser.ts';
import type { TabState } from '../shared/messages.ts';
import { markDocumentLanguage, t } from '../ui/i18n.ts';
import { Coverage, Facts, ListingSummary, verdictOf, verdictText, Why } from './report.tsx';
import { isNoReceiver, UNREADABLE_MESSAGE, unreadableReason, type Unreadable } from './tab-status.ts';
import '../ui/base.css';
import './popup.css';

/** Opened as a page with ?tabId=N (tests, screenshots) it describes that tab and stays open. */
const queryTabId = Number(new URLSearchParams(location.search).get('tabId'));
const isPagePopup = Number.isInteger(queryTabId) && queryTabId > 0;

type View =
  | { state: 'loading'; detection: Detection | null }
  | { state: 'unreadable'; reason: Unreadable | 'no-content-script' | 'still-loading' }
  | { state: 'ready'; tabId: number; analysis: Analysis; open: boolean }
  | { state: 'failed'; tabId: number; detection: Detection | null; error: string };

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function targetTab(): Promise<{ id: number; url?: string; status?: string } | null> {
  if (isPagePopup) {
    try {
      const tab = await browser.tabs.get(queryTabId);
      return { id: queryTabId, url: tab.url, status: tab.status };
    } catch {
      return null;
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, status: tab.status };
}

/** Runs the analysis in the tab; a page that is still loading gets a few seconds to get its content script. */
async function load(update: (v: View) => void): Promise<void> {
  const tab = await targetTab();
  if (!tab) return update({ state: 'unreadable', reason: 'no-tab' });
  const reason = unreadableReason(tab.url);
  if (reason) return update({ state: 'unreadable', reason });
  const known = await send({ type: 'get-tab-state', tabId: tab.id }).catch(() => null);
  update({ state: 'loading', detection: known?.detection ?? null });
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await sendToTab(tab.id, { type: 'analyze' });
      if (!res) throw new Error('no answer from the page');
      if (!res.ok) return update({ state: 'failed', tabId: tab.id, detection: known?.detection ?? null, error: res.error });
      const state = (await send({ type: 'get-tab-state', tabId: tab.id }).catch(() => null)) as TabState | null;
      return update({ state: 'ready', tabId: tab.id, analysis: res.analysis, open: Boolean(state?.cleanViewOpen) });
    } catch (err) {
      const message = errorText(err);
      if (!isNoReceiver(message)) return update({ state: 'failed', tabId: tab.id, detection: known?.detection ?? null, error: message });
      // The content script runs at document_idle: a loading page may simply not have it yet.
      const fresh = await browser.tabs.get(tab.id).catch(() => null);
      if (fresh?.status === 'loading' && attempt < 20) {
        update({ state: 'unreadable', reason: 'still-loading' });
        await sleep(500);
        continue;
      }
      return update({ state: 'unreadable', reason: 'no-content-script' });
    }
  }
}

function Toggle({ tabId, open, onChange }: { tabId: number; open: boolean; onChange: (open: boolean) => void }) {
  const [error, setError] = useState<string | null>(null);
  const click = async (): Promise<void> => {
    try {
      const res = await sendToTab(tabId, { type: 'set-clean-view', open: 'toggle' });
      if (!res?.ok) throw new Error(res ? res.error : 'no answer');
      onChange(res.open);
      // As the real popup, get out of the way of the view that just opened.
      if (!isPagePopup && res.open) window.close();
    } catch (err) {
      setError(t('popupToggleFailed', [errorText(err)]));
    }
  };
  // The label says what the button does; it is not also marked pressed, which would be read as "Close clean
  // view, pressed" (a toggle's label must not change with its state).
  return (
    <>
      <button id="toggle" type="button" class="primary" data-open={open ? '1' : '0'} onClick={() => void click()}>
        {open ? t('popupCloseView') : t('popupOpenView')}
      </button>
      {error && (
        <p role="alert" class="notice">
          {error}
        </p>
      )}
    </>
  );
}

const UNREADABLE_KEYS: Record<string, string> = {
  ...UNREADABLE_MESSAGE,
  'no-content-script': 'popupNoContentScript',
  'still-loading': 'popupStillLoading',
};

/**
 * The verdict, inside a status region that is on screen from the first paint: when the analysis arrives, screen
 * readers announce the verdict that replaces "Reading the page…" (a region added with its text is not announced).
 */
function Summary({ view }: { view: View }) {
  if (view.state === 'unreadable') {
    return (
      <p id="verdict" data-verdict="unreadable" data-reason={view.reason}>
        {t(UNREADABLE_KEYS[view.reason] ?? 'popupNoTab')}
      </p>
    );
  }
  const detection = view.state === 'ready' ? view.analysis : view.detection;
  return (
    <>
      {detection ? (
        <p id="verdict" data-verdict={verdictOf(detection)}>
          {verdictText(detection)}
        </p>
      ) : (
        view.state === 'failed' && (
          <p id="verdict" data-verdict="error">
            {t('popupFailedTitle')}
          </p>
        )
      )}
      {view.state === 'loading' && (
        <p class="muted" id="loading">
          {t('popupLoading')}
        </p>
      )}
    </>
  );
}

function Details({ view, setView }: { view: View; setView: (v: View) => void }) {
  if (view.state === 'failed') {
    return (
      <>
        <p role="alert" class="notice" id="error">
          {t('popupFailed', [view.error])}
        </p>
        {view.detection && <Why detection={view.detection} />}
      </>
    );
  }
  if (view.state !== 'ready') return null;
  const a = view.analysis;
  return (
    <>
      {/* The story's headline, in its own language: its direction is its own (an Arabic headline in an English popup). */}
      {a.title && (
        <p id="title" dir="auto">
          {a.title}
        </p>
      )}
      <Facts analysis={a} />
      {a.kind === 'listing' && <ListingSummary analysis={a} />}
      <Why detection={a} />
      <Coverage analysis={a} />
      <Toggle tabId={view.tabId} open={view.open} onChange={(open) => setView({ ...view, open })} />
    </>
  );
}

function Popup() {
  const [view, setView] = useState<View>({ state: 'loading', detection: null });
  useEffect(() => {
    load(setView).catch((err: unknown) => setView({ state: 'failed', tabId: -1, detection: null, error: errorText(err) }));
  }, []);
  // Marked ready only once the final state is on screen (tests wait for this).
  useEffect(() => {
    const settled = view.state !== 'loading' && !(view.state === 'unreadable' && view.reason === 'still-loading');
    if (settled) document.body.dataset.ready = '1';
  }, [view]);
  return (
    <main>
      <header class="head">
        <h1>{t('extName')}</h1>
        <a
          id="options"
          href={browser.runtime.getURL('options/index.html')}
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage().then(() => !isPagePopup && window.close());
          }}
        >
          {t('popupSettings')}
        </a>
      </header>
      <div id="summary" role="status">
        <Summary view={view} />
      </div>
      <Details view={view} setView={setView} />
    </main>
  );
}

markDocumentLanguage(document);
document.title = t('extName');
render(<Popup />, document.getElementById('app')!);
