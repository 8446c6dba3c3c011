import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { loadSettings, saveSettings, type Settings } from '../shared/settings.ts';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings(browser.storage.sync).then((s) => {
      setSettings(s);
      document.body.dataset.ready = '1';
    });
  }, []);
  if (!settings) return <p>…</p>;
  return (
    <main>
      <h1>Upstream</h1>
      <label>
        <input
          type="checkbox"
          id="auto-open"
          checked={settings.autoOpen === 'aggregators'}
          onChange={(e) =>
            void saveSettings(browser.storage.sync, { autoOpen: (e.currentTarget as HTMLInputElement).checked ? 'aggregators' : 'off' }).then(setSettings)
          }
        />
        Open the clean view automatically on aggregator pages
      </label>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
