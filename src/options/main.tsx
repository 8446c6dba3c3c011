import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { loadSettingsReport, saveSettings, SETTINGS_KEY, normalizeSettings, type Settings } from '../shared/settings.ts';
import { markDocumentLanguage, t } from '../ui/i18n.ts';
import { Reading, Shortcut, Sites } from './sections.tsx';
import '../ui/base.css';
import './options.css';

const store = browser.storage.sync;
const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void loadSettingsReport(store).then(({ settings: s, error }) => {
      setSettings(s);
      if (error) setStatus({ kind: 'error', text: t('optionsLoadFailed', [error]) });
      document.body.dataset.ready = '1';
    });
    // Changes made elsewhere (the clean view's controls, another window) show up here too.
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      if (area === 'sync' && changes[SETTINGS_KEY]) setSettings(normalizeSettings(changes[SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  const save = (patch: Partial<Settings>): void => {
    if (settings) setSettings({ ...settings, ...patch });
    saveSettings(store, patch)
      .then((next) => {
        setSettings(next);
        setStatus({ kind: 'saved', text: t('optionsSaved') });
      })
      .catch((err: unknown) => setStatus({ kind: 'error', text: t('optionsSaveFailed', [errorText(err)]) }));
  };

  if (!settings) return <p role="status">{t('popupLoading')}</p>;
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p id="status" role="status" class={status?.kind === 'error' ? 'notice' : 'muted'} data-kind={status?.kind ?? ''}>
        {status?.text ?? ''}
      </p>
      <section aria-labelledby="behaviour-title">
        <h2 id="behaviour-title">{t('optionsBehaviour')}</h2>
        <label class="check">
          <input
            type="checkbox"
            id="auto-open"
            checked={settings.autoOpen === 'aggregators'}
            onChange={(e) => save({ autoOpen: e.currentTarget.checked ? 'aggregators' : 'off' })}
          />
          <span>
            {t('optionsAutoOpen')}
            <small class="muted">{t('optionsAutoOpenHelp')}</small>
          </span>
        </label>
        <label class="check">
          <input type="checkbox" id="badge" checked={settings.badge} onChange={(e) => save({ badge: e.currentTarget.checked })} />
          <span>
            {t('optionsBadge')}
            <small class="muted">{t('optionsBadgeHelp')}</small>
          </span>
        </label>
      </section>
      <Sites sites={settings.sites} save={save} />
      <Reading settings={settings} save={save} />
      {/* Firefox for Android has no keyboard shortcuts (no commands API): nothing to show there. */}
      {browser.commands && <Shortcut />}
    </main>
  );
}

markDocumentLanguage(document);
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
