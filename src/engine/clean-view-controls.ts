// Typography controls in the clean view's top bar: theme, font, size, width.
import { FONT_SIZE, WIDTH, type FontFamily, type Settings, type Theme } from '../shared/settings.ts';
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

/** The controls; `apply` gets every change (the view restyles itself and saves the settings). */
export function typographyControls(doc: Document, settings: Settings, apply: (patch: TypographyPatch) => void): HTMLElement {
  let { fontSize, width } = settings;
  const clamp = (n: number, r: { min: number; max: number }): number => Math.min(r.max, Math.max(r.min, n));
  return h(
    doc,
    'div',
    { class: 'controls', role: 'group', 'aria-label': t('viewTypography') },
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
    }),
    stepper(doc, 'width', t('viewWidth'), t('viewNarrower'), t('viewWider'), (d) => {
      width = clamp(width + d * 6, WIDTH);
      apply({ width });
    }),
  );
}
