// The clean view's top bar: its name, the reading settings (theme, font, size, width), and Close. On narrow
// screens (phones) the settings fold behind one button so the bar stays one row above the story.
import { FONT_SIZE, WIDTH, type FontFamily, type Settings, type Theme } from '../shared/settings.ts';
import { formatCount } from '../ui/format.ts';
import { t } from '../ui/i18n.ts';
import { h } from './dom.ts';

export type TypographyPatch = Partial<Pick<Settings, 'theme' | 'fontFamily' | 'fontSize' | 'width'>>;

function select<T extends string>(doc: Document, name: string, label: string, value: T, options: Array<[T, string]>, onChange: (v: T) => void): HTMLElement {
  const el = h(doc, 'select', { 'data-control': name });
  for (const [v, text] of options) el.append(h(doc, 'option', { value: v, selected: v === value }, text));
  el.addEventListener('change', () => onChange(el.value as T));
  return h(doc, 'label', {}, label, el);
}

function stepper(doc: Document, name: string, label: string, less: string, more: string, onStep: (delta: -1 | 1) => void): HTMLElement {
  const minus = h(doc, 'button', { type: 'button', 'data-control': `${name}-less`, 'aria-label': less, title: less }, '−');
  const plus = h(doc, 'button', { type: 'button', 'data-control': `${name}-more`, 'aria-label': more, title: more }, '+');
  minus.addEventListener('click', () => onStep(-1));
  plus.addEventListener('click', () => onStep(1));
  return h(doc, 'span', { class: 'stepper', role: 'group', 'aria-label': label }, h(doc, 'span', { 'aria-hidden': 'true' }, label), minus, plus);
}

/**
 * The controls; `apply` gets every change (the view restyles itself and saves the settings). The size and width
 * buttons change nothing a screen reader would notice, so `announce` reads the new value out.
 */
export function typographyControls(doc: Document, settings: Settings, apply: (patch: TypographyPatch) => void, announce: (text: string) => void, locale: string): HTMLElement {
  let { fontSize, width } = settings;
  const clamp = (n: number, r: { min: number; max: number }): number => Math.min(r.max, Math.max(r.min, n));
  return h(
    doc,
    'div',
    { class: 'controls', id: 'uv-controls', role: 'group', 'aria-label': t('viewTypography') },
    select<Theme>(doc, 'theme', t('viewTheme'), settings.theme, [
      ['auto', t('themeAuto')],
      ['light', t('themeLight')],
      ['dark', t('themeDark')],
      ['sepia', t('themeSepia')],
    ], (theme) => apply({ theme })),
    select<FontFamily>(doc, 'font', t('viewFont'), settings.fontFamily, [
      ['serif', t('fontSerif')],
      ['sans', t('fontSans')],
      ['system', t('fontSystem')],
    ], (fontFamily) => apply({ fontFamily })),
    stepper(doc, 'size', t('viewSize'), t('viewSmaller'), t('viewLarger'), (d) => {
      fontSize = clamp(fontSize + d, FONT_SIZE);
      apply({ fontSize });
      announce(t('viewAnnounceSize', [formatCount(fontSize, locale)]));
    }),
    stepper(doc, 'width', t('viewWidth'), t('viewNarrower'), t('viewWider'), (d) => {
      width = clamp(width + d * 6, WIDTH);
      apply({ width });
      announce(t('viewAnnounceWidth', [formatCount(width, locale)]));
    }),
  );
}

export interface ViewBar {
  bar: HTMLElement;
  close: HTMLButtonElement;
  /** Reads a short text out through the bar's status region. */
  announce(text: string): void;
}

/** The bar: name, settings (folded on narrow screens), a status region for announcements, and Close. */
export function viewBar(doc: Document, settings: Settings, apply: (patch: TypographyPatch) => void, locale: string): ViewBar {
  const status = h(doc, 'p', { class: 'sr', role: 'status', 'data-part': 'announce' });
  // Emptied first so that the same text twice (two clicks at the limit) is read twice.
  const announce = (text: string): void => {
    status.textContent = '';
    status.textContent = text;
  };
  const toggle = h(doc, 'button', { type: 'button', class: 'settings-toggle', 'data-control': 'settings', 'aria-expanded': 'false', 'aria-controls': 'uv-controls' }, t('viewTypography'));
  const close = h(doc, 'button', { type: 'button', 'data-control': 'close', 'aria-label': t('viewClose'), title: t('viewCloseHint') }, t('viewCloseShort'));
  const bar = h(doc, 'div', { class: 'bar', 'data-settings': 'closed' }, h(doc, 'span', { class: 'brand' }, t('extName')), toggle, typographyControls(doc, settings, apply, announce, locale), close, status);
  toggle.addEventListener('click', () => {
    const open = bar.getAttribute('data-settings') !== 'open';
    bar.setAttribute('data-settings', open ? 'open' : 'closed');
    toggle.setAttribute('aria-expanded', String(open));
  });
  return { bar, close, announce };
}
