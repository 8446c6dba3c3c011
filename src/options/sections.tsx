// Options page sections: per-site list, reading defaults, keyboard shortcut.
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser.ts';
import { FONT_SIZE, normalizeHost, WIDTH, withSite, type Settings, type SiteChoice } from '../shared/settings.ts';
import { t } from '../ui/i18n.ts';

type Save = (patch: Partial<Settings>) => void;

export function Sites({ sites, save }: { sites: Settings['sites']; save: Save }) {
  const [host, setHost] = useState('');
  const [choice, setChoice] = useState<SiteChoice>('always');
  const [error, setError] = useState<string | null>(null);
  const entries = Object.entries(sites).sort(([a], [b]) => a.localeCompare(b));
  const add = (e: Event): void => {
    e.preventDefault();
    const normal = normalizeHost(host);
    if (!normal) return setError(t('optionsSiteInvalid'));
    setError(null);
    setHost('');
    save({ sites: withSite(sites, normal, choice) });
  };
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSites')}</h2>
      <p class="muted">{t('optionsSitesHelp')}</p>
      {entries.length === 0 ? (
        <p id="sites-empty" class="muted">
          {t('optionsSitesEmpty')}
        </p>
      ) : (
        <ul id="sites" class="sites">
          {entries.map(([h, c]) => (
            <li key={h} data-host={h} data-choice={c}>
              <span class="host">{h}</span>
              <span>{c === 'always' ? t('optionsSiteAlways') : t('optionsSiteNever')}</span>
              <button type="button" class="remove" aria-label={t('optionsSiteRemoveLabel', [h])} onClick={() => save({ sites: withSite(sites, h, null) })}>
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form id="site-form" class="site-form" onSubmit={add}>
        <label>
          {t('optionsSiteHost')}
          <input id="site-host" type="text" inputMode="url" autoComplete="off" placeholder="example.com" value={host} onInput={(e) => setHost(e.currentTarget.value)} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'site-error' : undefined} />
        </label>
        <label>
          {t('optionsSiteChoice')}
          <select id="site-choice" value={choice} onChange={(e) => setChoice(e.currentTarget.value as SiteChoice)}>
            <option value="always">{t('optionsSiteAlways')}</option>
            <option value="never">{t('optionsSiteNever')}</option>
          </select>
        </label>
        <button id="site-add" type="submit">
          {t('optionsSiteAdd')}
        </button>
      </form>
      {error && (
        <p id="site-error" role="alert" class="notice">
          {error}
        </p>
      )}
    </section>
  );
}

export function Reading({ settings, save }: { settings: Settings; save: Save }) {
  return (
    <section aria-labelledby="reading-title">
      <h2 id="reading-title">{t('optionsReading')}</h2>
      <div class="grid">
        <label>
          {t('viewTheme')}
          <select id="theme" value={settings.theme} onChange={(e) => save({ theme: e.currentTarget.value as Settings['theme'] })}>
            <option value="auto">{t('themeAuto')}</option>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
            <option value="sepia">{t('themeSepia')}</option>
          </select>
        </label>
        <label>
          {t('viewFont')}
          <select id="font" value={settings.fontFamily} onChange={(e) => save({ fontFamily: e.currentTarget.value as Settings['fontFamily'] })}>
            <option value="serif">{t('fontSerif')}</option>
            <option value="sans">{t('fontSans')}</option>
            <option value="system">{t('fontSystem')}</option>
          </select>
        </label>
        <label>
          {t('optionsFontSize')}
          <input id="font-size" type="number" min={FONT_SIZE.min} max={FONT_SIZE.max} value={settings.fontSize} onChange={(e) => save({ fontSize: Number(e.currentTarget.value) })} />
        </label>
        <label>
          {t('optionsWidth')}
          <input id="width" type="number" min={WIDTH.min} max={WIDTH.max} step={2} value={settings.width} onChange={(e) => save({ width: Number(e.currentTarget.value) })} />
        </label>
      </div>
    </section>
  );
}

/** Shows the current shortcut; pages may not open the browsers' shortcut settings, so we say where they are. */
export function Shortcut() {
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'toggle-clean-view')?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  const firefox = browser.runtime.getURL('').startsWith('moz-extension:');
  return (
    <section aria-labelledby="shortcut-title">
      <h2 id="shortcut-title">{t('optionsShortcut')}</h2>
      <p>
        {t('commandToggle')}: <kbd id="shortcut">{shortcut === undefined ? '…' : shortcut || t('optionsShortcutNone')}</kbd>
      </p>
      <p class="muted">{t(firefox ? 'optionsShortcutHowFirefox' : 'optionsShortcutHowChrome')}</p>
    </section>
  );
}
