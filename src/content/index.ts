// Injected on every page: runs the cheap detector and reports to the background.
// Everything heavy (Readability, clean view) lives in the engine bundle, loaded on demand.
import browser from '../shared/browser.ts';
import { isMessage, type Message } from '../shared/messages.ts';
import { detect } from '../core/detect.ts';
import { SITE_RULES } from '../core/rules/index.ts';
import type { Detection } from '../core/types.ts';

declare global {
  // The engine bundle registers itself here when injected into the same isolated world.
  var __upstreamEngine: UpstreamEngine | undefined;
}

export interface UpstreamEngine {
  handle(message: Message, detection: Detection | null): Promise<unknown>;
}

let detection: Detection | null = null;

function runDetector(): void {
  try {
    detection = detect(document, location.href, SITE_RULES);
  } catch (err) {
    // A detector failure must never surface on the page.
    console.warn('Upstream: detection failed', err);
    detection = null;
  }
  document.documentElement.setAttribute('data-upstream', detection?.isAggregator ? 'aggregator' : 'seen');
  if (detection) {
    browser.runtime.sendMessage({ type: 'page-detected', url: location.href, detection } satisfies Message).catch(() => {
      // The background may be restarting; the popup asks again when opened.
    });
  }
}

async function ensureEngine(): Promise<UpstreamEngine> {
  if (globalThis.__upstreamEngine) return globalThis.__upstreamEngine;
  const res = (await browser.runtime.sendMessage({ type: 'load-engine' } satisfies Message)) as
    | { ok: true }
    | { ok: false; error: string };
  if (!res?.ok || !globalThis.__upstreamEngine) {
    throw new Error(res && !res.ok ? res.error : 'the clean-view engine did not load');
  }
  return globalThis.__upstreamEngine;
}

browser.runtime.onMessage.addListener((raw: unknown) => {
  if (!isMessage(raw)) return undefined;
  if (raw.type === 'ping') return Promise.resolve({ ok: true, detection });
  if (raw.type === 'analyze' || raw.type === 'set-clean-view') {
    return ensureEngine()
      .then((engine) => engine.handle(raw, detection))
      .catch((err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }));
  }
  return undefined;
});

runDetector();
