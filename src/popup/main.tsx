import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import type { Message, TabState } from '../shared/messages.ts';

/** The tab the popup describes: the active tab, or ?tabId=N when opened as a page (tests, screenshots). */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function Popup() {
  const [state, setState] = useState<TabState | null | 'loading'>('loading');
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      const s = tabId === null ? null : ((await browser.runtime.sendMessage({ type: 'get-tab-state', tabId } satisfies Message)) as TabState | null);
      setState(s);
      document.body.dataset.ready = '1';
    })();
  }, []);
  if (state === 'loading') return <p>…</p>;
  if (!state) return <p id="verdict">{browser.i18n.getMessage('popupNoPage') || 'Nothing to show on this page.'}</p>;
  return (
    <main>
      <p id="verdict">{state.detection.isAggregator ? `Aggregator page: ${state.detection.host.name}` : 'Original outlet page'}</p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
