// The clean view layer: one custom-element host appended to <html> (outside <body>) with a closed
// shadow root holding all markup and styles. The page's DOM is never modified apart from adding and
// removing that host, so closing the view leaves the page exactly as it was.
import type { Analysis } from '../core/types.ts';
import type { ViewSnapshot } from '../shared/messages.ts';
import { DEFAULTS, type Settings } from '../shared/settings.ts';
import { CLEAN_VIEW_CSS, FONT_STACKS } from './clean-view-styles.ts';
import { viewBar, type TypographyPatch } from './clean-view-controls.ts';
import { inLanguage, renderArticle, renderError } from './clean-view-render.ts';
import { listingText, renderListing } from './clean-view-listing.ts';
import { h } from './dom.ts';
import { viewLanguages } from './story-language.ts';

export const HOST_TAG = 'upstream-clean-view';

/** What a closed view shows. */
export const CLOSED_SNAPSHOT: ViewSnapshot = Object.freeze({
  open: false,
  title: '',
  strip: '',
  text: '',
  links: [],
  removed: [],
  story: { lang: '', dir: '' },
  ui: { lang: '', dir: '' },
});

export interface CleanViewOptions {
  doc?: Document;
  /** Told after every open and close (the engine reports it to the background). */
  onStateChange?: (open: boolean) => void;
  /** Told when the reader changes typography in the view (the engine saves it). */
  onSettingsChange?: (patch: TypographyPatch) => void;
}


const FOCUSABLE = 'a[href], button:not([disabled]), select, input, textarea, summary, [tabindex]:not([tabindex="-1"])';

// Also pinned inline, so the layer is in place even before (or without) its stylesheet; the :host rule
// in the shadow root is what wins over page rules like `html > * { display: none !important }`.
const HOST_STYLE: Array<[string, string]> = [
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['z-index', '2147483647'],
  ['contain', 'strict'],
];

function adoptStyles(doc: Document, root: ShadowRoot): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in root) {
      // Constructed sheets are not subject to the page's style-src CSP, unlike <style>.
      const sheet = new Sheet();
      sheet.replaceSync(CLEAN_VIEW_CSS);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // Not supported here (older engines, test DOMs): fall back to a <style> element.
  }
  root.append(h(doc, 'style', {}, CLEAN_VIEW_CSS));
}

/** Runs `fn` once the frame that shows the view has painted: after two animation frames, in a task of its own. */
function afterPaint(doc: Document, fn: () => void): void {
  const win = doc.defaultView;
  if (!win || typeof win.requestAnimationFrame !== 'function') {
    setTimeout(fn, 0);
    return;
  }
  win.requestAnimationFrame(() => win.requestAnimationFrame(() => win.setTimeout(fn, 0)));
}

export class CleanView {
  private readonly doc: Document;
  private readonly opts: CleanViewOptions;
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private frame: HTMLElement | null = null;
  private previousFocus: Element | null = null;
  private settings: Settings = { ...DEFAULTS, sites: {} };
  private readonly undo: Array<() => void> = [];
  /** Fill-ins held back until the view has painted (clean-view-render.ts, Later). */
  private pending: Array<() => void> = [];

  constructor(opts: CleanViewOptions = {}) {
    this.opts = opts;
    this.doc = opts.doc ?? document;
  }

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** Opens the view on an analysis, or on an error state when the analysis failed. */
  open(content: Analysis | Error, settings: Settings): void {
    if (this.host) return;
    const doc = this.doc;
    // SVG and other XML documents cannot host the view: their createElement makes no HTML elements.
    const Html = doc.defaultView?.HTMLElement;
    if (Html && !(doc.documentElement instanceof Html)) throw new Error('the clean view works on HTML pages only');
    this.settings = settings;
    this.previousFocus = doc.activeElement;
    const host = doc.createElement(HOST_TAG);
    for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(doc, shadow);

    const failed = content instanceof Error;
    const langs = viewLanguages(doc, failed ? '' : content.kind === 'listing' ? listingText(content) : `${content.title ?? ''}\n${content.text}`);
    const { bar, close } = viewBar(doc, settings, (p) => this.changeTypography(p), langs.locale);
    close.addEventListener('click', () => this.close());
    const later = (fill: () => void): void => void this.pending.push(fill);
    const body = failed ? renderError(doc, content.message) : content.kind === 'listing' ? renderListing(doc, content, langs, later) : renderArticle(doc, content, langs, later);
    // Named by the headline and described by the attribution strip: opening the view, a screen reader reads
    // the story's title and who published it.
    const frame = h(
      doc,
      'div',
      {
        class: 'uv',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'uv-title',
        'aria-describedby': body.querySelector('#uv-strip') ? 'uv-strip' : null,
        'data-kind': failed ? 'error' : content.kind,
        ...inLanguage(langs.ui),
      },
      bar,
      body,
    );
    shadow.append(frame);
    this.host = host;
    this.shadow = shadow;
    this.frame = frame;
    this.applyTypography();
    this.listen();
    doc.documentElement.append(host);
    close.focus({ preventScroll: true });
    if (this.pending.length > 0) afterPaint(doc, () => this.runPending());
    this.opts.onStateChange?.(true);
  }

  private runPending(): void {
    for (const fill of this.pending.splice(0)) fill();
  }

  close(): void {
    if (!this.host) return;
    this.pending = [];
    for (const off of this.undo.splice(0)) off();
    this.host.remove();
    this.host = this.shadow = this.frame = null;
    const prev = this.previousFocus as HTMLElement | null;
    this.previousFocus = null;
    if (prev && prev.isConnected && typeof prev.focus === 'function' && prev !== this.doc.body) prev.focus({ preventScroll: true });
    this.opts.onStateChange?.(false);
  }

  /** Settings changed elsewhere (options page, another tab): restyle without reopening. */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    this.applyTypography();
  }

  /** What the view shows, as text: for the extension's own tests and screenshots. */
  snapshot(): ViewSnapshot {
    // What the view is about to show, not the instant before its last fill-ins.
    this.runPending();
    const frame = this.frame;
    const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
    if (!frame) return CLOSED_SNAPSHOT;
    // The collapsed "removed" list is reported apart: its snippets are not part of what the view shows.
    const page = frame.querySelector('.page')?.cloneNode(true) as Element | undefined;
    const removed = page?.querySelector('[data-part="removed"]');
    removed?.remove();
    return {
      open: true,
      title: squash(frame.querySelector('#uv-title')?.textContent),
      strip: squash(frame.querySelector('[data-part="strip"]')?.textContent),
      text: squash(page?.textContent),
      links: Array.from(page?.querySelectorAll('a[href]') ?? []).map((a) => ({ text: squash(a.textContent), href: (a as HTMLAnchorElement).href })),
      removed: Array.from(removed?.querySelectorAll('li') ?? []).map((li) => squash(li.textContent)),
      story: { lang: page?.getAttribute('lang') ?? '', dir: page?.getAttribute('dir') ?? '' },
      ui: { lang: frame.getAttribute('lang') ?? '', dir: frame.getAttribute('dir') ?? '' },
    };
  }

  /** The shadow root, for the engine only (the page cannot reach this object). */
  get root(): ShadowRoot | null {
    return this.shadow;
  }

  private changeTypography(patch: TypographyPatch): void {
    this.settings = { ...this.settings, ...patch };
    this.applyTypography();
    this.opts.onSettingsChange?.(patch);
  }

  private applyTypography(): void {
    const frame = this.frame;
    if (!frame) return;
    const s = this.settings;
    frame.setAttribute('data-theme', s.theme);
    frame.style.setProperty('--font', FONT_STACKS[s.fontFamily]);
    frame.style.setProperty('--size', String(s.fontSize));
    frame.style.setProperty('--width', String(s.width));
    const theme = frame.querySelector<HTMLSelectElement>('[data-control="theme"]');
    if (theme) theme.value = s.theme;
    const font = frame.querySelector<HTMLSelectElement>('[data-control="font"]');
    if (font) font.value = s.fontFamily;
  }

  private on(target: EventTarget, type: string, fn: (e: Event) => void, capture = false): void {
    target.addEventListener(type, fn, capture);
    this.undo.push(() => target.removeEventListener(type, fn, capture));
  }

  private focusables(): HTMLElement[] {
    const all = Array.from(this.frame?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []);
    return all.filter((el) => !el.closest('details:not([open]) > :not(summary)') && (el.checkVisibility?.() ?? true));
  }

  private listen(): void {
    const shadow = this.shadow!;
    const onKey = (e: Event): void => {
      const k = e as KeyboardEvent;
      if (k.type === 'keydown' && k.key === 'Escape') {
        k.preventDefault();
        this.close();
      } else if (k.type === 'keydown' && k.key === 'Tab') {
        this.trapTab(k);
      }
      // Keys typed in the view are the reader's, not the page's shortcuts.
      k.stopPropagation();
    };
    for (const type of ['keydown', 'keyup', 'keypress']) this.on(shadow, type, onKey);
    // Focus that lands on the page behind (Tab from the address bar, page scripts) comes back.
    this.on(this.doc, 'focusin', (e) => {
      if (this.host && e.target !== this.host) this.focusables()[0]?.focus({ preventScroll: true });
    }, true);
    // In-page anchors would change the page's URL and scroll; scroll inside the view instead.
    this.on(shadow, 'click', (e) => {
      const a = (e.target as Element | null)?.closest?.('a[href^="#"]');
      if (!a) return;
      e.preventDefault();
      const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
      shadow.getElementById(id)?.scrollIntoView();
    });
  }

  private trapTab(e: KeyboardEvent): void {
    const list = this.focusables();
    if (list.length === 0) return;
    const active = this.shadow?.activeElement;
    const first = list[0]!;
    const last = list[list.length - 1]!;
    if (e.shiftKey && (active === first || !active)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  }
}
