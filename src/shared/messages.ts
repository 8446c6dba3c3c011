// The one message protocol between content script, engine, background, popup and options.
import type { Analysis, Detection } from '../core/types.ts';
import type { Evidence } from '../core/evidence/index.ts';

/** Per-tab state the background keeps and the popup reads. */
export interface TabState {
  url: string;
  detection: Detection;
  cleanViewOpen: boolean;
}

export type Message =
  /** content → background: what the page shows; the background reads the verdict from it. */
  | { type: 'page-evidence'; url: string; evidence: Evidence }
  /** engine → background: the verdict the full analysis read (with the outlet directory), for the badge. */
  | { type: 'page-verdict'; url: string; detection: Detection }
  /** content → background: inject a bundle into my tab (the engine, or the listing passes a page without a story needs). */
  | { type: 'load-script'; script: 'engine' | 'listing' }
  /** content → background: the clean view opened or closed. */
  | { type: 'clean-view-state'; open: boolean }
  /** popup → background: what do you know about this tab? */
  | { type: 'get-tab-state'; tabId: number }
  /** popup/background → content: run the full analysis (loads the engine on first use). */
  | { type: 'analyze' }
  /** popup/background → content: open, close or toggle the clean view. */
  | { type: 'set-clean-view'; open: boolean | 'toggle' }
  /** tests/popup → content: ping, answers with the detection. */
  | { type: 'ping' }
  /**
   * extension pages → content: what the clean view shows, as text. The view's shadow root is
   * closed, so this is how the extension's browser tests and screenshot script read it.
   * Only extension pages can send it; the page itself cannot.
   */
  | { type: 'view-snapshot' }
  /** popup/tests → background: run what the keyboard shortcut or the context menu runs, for a tab. */
  | { type: 'run-command'; command: 'toggle-clean-view'; tabId: number };

/** The clean view's visible content as plain text. */
export interface ViewSnapshot {
  open: boolean;
  title: string;
  /** The attribution strip ("Republished by … from …"). */
  strip: string;
  /** Text of the reading column, without the collapsed "removed" list. */
  text: string;
  links: Array<{ text: string; href: string }>;
  /** Entries of the "Removed from this page" list ("<kind><snippet>"). */
  removed: string[];
  /** Language and direction of the story column, and of the view's own text. */
  story: { lang: string; dir: string };
  ui: { lang: string; dir: string };
}

export interface Responses {
  /** The verdict read from the evidence; autoOpen: the settings say the clean view should open by itself here. */
  'page-evidence': { ok: true; detection: Detection; autoOpen: boolean };
  'page-verdict': { ok: true };
  'load-script': { ok: true } | { ok: false; error: string };
  'clean-view-state': { ok: true };
  'get-tab-state': TabState | null;
  analyze: { ok: true; analysis: Analysis } | { ok: false; error: string };
  'set-clean-view': { ok: true; open: boolean } | { ok: false; error: string };
  /** listing: the listing bundle was loaded on this page (pages without a story, sites of site rules). */
  ping: { ok: true; detection: Detection | null; detectMs?: number | null; listing?: boolean; prepared?: boolean };
  'view-snapshot': ({ ok: true } & ViewSnapshot) | { ok: false; error: string };
  'run-command': { ok: true; open: boolean } | { ok: false; error: string };
}

export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;
export type ResponseOf<T extends Message['type']> = Responses[T];

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
