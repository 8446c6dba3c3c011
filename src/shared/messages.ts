// The one message protocol between content script, engine, background, popup and options.
import type { Analysis, Detection } from '../core/types.ts';

/** Per-tab state the background keeps and the popup reads. */
export interface TabState {
  url: string;
  detection: Detection;
  cleanViewOpen: boolean;
}

export type Message =
  /** content → background: the detector ran on this page. */
  | { type: 'page-detected'; url: string; detection: Detection }
  /** content → background: inject the engine (heavy bundle) into my tab. */
  | { type: 'load-engine' }
  /** content → background: the clean view opened or closed. */
  | { type: 'clean-view-state'; open: boolean }
  /** popup → background: what do you know about this tab? */
  | { type: 'get-tab-state'; tabId: number }
  /** popup/background → content: run the full analysis (loads the engine on first use). */
  | { type: 'analyze' }
  /** popup/background → content: open, close or toggle the clean view. */
  | { type: 'set-clean-view'; open: boolean | 'toggle' }
  /** tests/popup → content: ping, answers with the detection. */
  | { type: 'ping' };

export interface Responses {
  'page-detected': { ok: true };
  'load-engine': { ok: true } | { ok: false; error: string };
  'clean-view-state': { ok: true };
  'get-tab-state': TabState | null;
  analyze: { ok: true; analysis: Analysis } | { ok: false; error: string };
  'set-clean-view': { ok: true; open: boolean } | { ok: false; error: string };
  ping: { ok: true; detection: Detection | null };
}

export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;
export type ResponseOf<T extends Message['type']> = Responses[T];

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
