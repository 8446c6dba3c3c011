// All clean-view styles live inside the shadow root: page CSS cannot reach in, ours cannot leak out.
// Colours are checked for WCAG AA (4.5:1 text, 3:1 focus ring) in every theme by a unit test.

export const THEMES = {
  light: { bg: '#ffffff', fg: '#1b1b1b', muted: '#575757', link: '#0b57a4', line: '#d6d6d6', panel: '#f3f4f6', focus: '#b4470f' },
  dark: { bg: '#15171c', fg: '#e9e7e3', muted: '#a9adb5', link: '#8ab8ff', line: '#3a3e47', panel: '#1f2228', focus: '#ffb454' },
  sepia: { bg: '#f5ecd9', fg: '#33281a', muted: '#5c4a33', link: '#5a3a99', line: '#d9cbb0', panel: '#ece0c7', focus: '#9b2d00' },
} as const;

export type ThemeName = keyof typeof THEMES;

function vars(name: ThemeName): string {
  const c = THEMES[name];
  return `--bg:${c.bg};--fg:${c.fg};--muted:${c.muted};--link:${c.link};--line:${c.line};--panel:${c.panel};--focus:${c.focus};`;
}

export const FONT_STACKS = {
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  sans: "'Inter', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif",
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
} as const;

const UI_FONT = FONT_STACKS.system;

export const CLEAN_VIEW_CSS = `
/* Important declarations in a shadow tree's :host rules beat the page's, even !important ones. */
:host { all: initial !important; display: block !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important; contain: strict !important; visibility: visible !important; opacity: 1 !important; }
.uv { ${vars('light')}
  position: fixed; inset: 0; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg); color-scheme: light;
  font: 16px/1.5 ${UI_FONT}; text-align: start; -webkit-text-size-adjust: 100%;
}
.uv[data-theme="dark"] { ${vars('dark')} color-scheme: dark; }
.uv[data-theme="sepia"] { ${vars('sepia')} }
@media (prefers-color-scheme: dark) { .uv[data-theme="auto"] { ${vars('dark')} color-scheme: dark; } }
.uv *, .uv *::before, .uv *::after { box-sizing: border-box; }
.uv a { color: var(--link); text-underline-offset: 0.15em; }
.uv :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
.uv button, .uv select { font: 14px/1.2 ${UI_FONT}; color: var(--fg); background: var(--panel);
  border: 1px solid var(--muted); border-radius: 6px; padding: 6px 10px; min-height: 34px; cursor: pointer; }
.bar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 8px; align-items: center;
  padding: 8px 16px; background: var(--bg); border-bottom: 1px solid var(--line); }
.brand { font-weight: 700; margin-inline-end: auto; }
.controls { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.settings-toggle { display: none; }
.stepper { display: inline-flex; gap: 4px; align-items: center; font-size: 14px; color: var(--muted); }
.controls label { display: inline-flex; gap: 4px; align-items: center; font-size: 14px; color: var(--muted); }
.page { margin: 0 auto; padding: 24px 20px 64px; max-width: calc(var(--width, 68) * 1ch + 40px);
  font-family: var(--font); font-size: calc(var(--size, 19) * 1px); line-height: 1.6; overflow-wrap: break-word; }
.page h1 { font-size: 1.75em; line-height: 1.2; margin: 0.4em 0 0.3em; }
.standfirst { font-size: 1.1em; font-weight: 600; line-height: 1.45; margin: 0 0 0.6em; }
.meta { color: var(--muted); font-family: ${UI_FONT}; font-size: 15px; margin: 0 0 12px; }
.meta > span:not([hidden]) ~ span::before { content: " · "; }
/* Fill-ins held back until the view has painted (dates, reading time) stay out of sight, whatever display they get. */
[hidden] { display: none !important; }
.strip { font-family: ${UI_FONT}; font-size: 15px; background: var(--panel); border-inline-start: 4px solid var(--link);
  padding: 10px 14px; margin: 0 0 24px; border-radius: 4px; }
.strip .source { font-weight: 600; white-space: nowrap; }
/* Names from the page keep their own direction inside the view's sentences (a Latin name in Arabic text). */
.strip a, .meta span, .cov-outlet, .items .same { unicode-bidi: isolate; }
.content { overflow-wrap: break-word; }
.content img, .content video, .content picture, .content svg { max-width: 100%; height: auto; }
.content figure { margin: 1.2em 0; }
.content figcaption, .content small { color: var(--muted); font-size: 0.85em; }
.content pre { overflow: auto; }
.content table { border-collapse: collapse; max-width: 100%; display: block; overflow: auto; }
.content blockquote { margin: 1em 0; padding-inline-start: 1em; border-inline-start: 3px solid var(--line); }
.extra { font-family: ${UI_FONT}; font-size: 15px; border-top: 1px solid var(--line); margin-top: 32px; padding-top: 16px; }
.extra h2 { font-size: 17px; margin: 0 0 8px; }
.extra ul { padding-inline-start: 20px; margin: 8px 0; }
.extra li { margin: 4px 0; }
.kind { display: inline-block; font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted);
  border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; margin-inline-end: 6px; }
.cov-outlet { color: var(--muted); }
.removed summary { cursor: pointer; font-weight: 600; }
.outlet-group { margin: 0 0 24px; }
.outlet-group h2 { font-family: ${UI_FONT}; font-size: 18px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
.items { list-style: none; padding: 0; margin: 0; }
.items li { margin: 0 0 16px; }
.items .title { font-weight: 600; }
.items .when, .items .same { display: block; font-family: ${UI_FONT}; font-size: 14px; color: var(--muted); }
.items .summary { margin: 4px 0 0; font-size: 0.9em; }
.error { font-family: ${UI_FONT}; border: 2px solid var(--focus); border-radius: 6px; padding: 12px 16px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* Phones (Firefox for Android) and touch screens: controls are touch targets of at least 44 px, and on a narrow
   screen the reading settings fold behind one button, in a row of their own under the bar when open. */
@media (max-width: 640px), (pointer: coarse) {
  .uv button, .uv select { min-height: 44px; min-width: 44px; }
  .removed summary { min-height: 44px; padding-block: 10px; }
}
@media (max-width: 640px) {
  .bar { padding: 6px 12px; }
  .settings-toggle { display: inline-block; }
  .bar[data-settings="closed"] .controls { display: none; }
  .controls { order: 1; flex-basis: 100%; gap: 8px 12px; }
  .page { padding: 16px 16px 48px; }
  .page h1 { font-size: 1.45em; }
}
@media (prefers-reduced-motion: no-preference) { .uv { scroll-behavior: smooth; } }
@media print { .bar { display: none; } .uv { position: static; overflow: visible; } }
`;
