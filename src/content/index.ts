// Injected on every page: runs the cheap detector and reports to the background.
// Everything heavy (Readability, clean view) lives in the engine bundle, loaded on demand.
import { onMessage, sendMessage } from './messaging.ts';
import { isMessage, type Message } from '../shared/messages.ts';
import { detect } from '../core/detect/index.ts';
import { SITE_RULES } from '../core/rules/index.ts';
import type { Detection } from '../core/types.ts';

declare global {
  // The engine bundle registers itself here when injected into the same isolated world.
  var __upstreamEngine: UpstreamEngine | undefined;
}

export interface UpstreamEngine {
  handle(message: Message, detection: Detection | null): Promise<unknown>;
  /** Computes the analysis (and warms what the first render needs) ahead of a toggle. */
  prepare(detection: Detection | null): void;
  /** True once prepare() has run. */
  readonly prepared: boolean;
}

let detection: Detection | null = null;
/** How long detection took on this page; reported by `ping` so the speed benchmark reads the real run. */
let detectMs: number | null = null;

function runDetector(): void {
  try {
    const t0 = performance.now();
    detection = detect(document, location.href, SITE_RULES);
    detectMs = performance.now() - t0;
  } catch (err) {
    // A detector failure must never surface on the page.
    console.warn('Upstream: detection failed', err);
    detection = null;
  }
  document.documentElement.setAttribute('data-upstream', detection?.isAggregator ? 'aggregator' : 'seen');
  if (detection) {
    // The background answers with the auto-open decision: it reads the settings for the badge
    // anyway, and keeping the settings code out of this script keeps every page load light.
    sendMessage({ type: 'page-detected', url: location.href, detection } satisfies Message)
      .then((res: unknown) => {
        if ((res as { autoOpen?: boolean } | undefined)?.autoOpen) return openView();
        if (detection?.isAggregator) prepareWhenIdle();
      })
      .catch(() => {
        // The background may be restarting; the popup asks again when opened.
      });
  }
}

async function openView(): Promise<void> {
  const engine = await ensureEngine();
  await engine.handle({ type: 'set-clean-view', open: true }, detection);
}

/** Idle time of the page, or a short timer where requestIdleCallback is missing. */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 5000 });
  else setTimeout(fn, 200);
}

/**
 * On pages flagged as copies (the badge invites the reader to open the clean view), the engine is loaded
 * and the analysis computed in idle time after load, so that the toggle only renders. Other pages never
 * load the engine: no extra work, no extra memory.
 */
function prepareWhenIdle(): void {
  const start = (): void =>
    whenIdle(() => {
      ensureEngine()
        .then((engine) => whenIdle(() => engine.prepare(detection)))
        .catch(() => {
          // The toggle loads the engine again and reports any error then.
        });
    });
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

let engineLoading: Promise<UpstreamEngine> | null = null;

/** Loads the engine once, even when the popup and auto-open ask at the same moment. */
function ensureEngine(): Promise<UpstreamEngine> {
  if (globalThis.__upstreamEngine) return Promise.resolve(globalThis.__upstreamEngine);
  engineLoading ??= (async () => {
    const res = (await sendMessage({ type: 'load-engine' } satisfies Message)) as
      | { ok: true }
      | { ok: false; error: string };
    if (!res?.ok || !globalThis.__upstreamEngine) {
      throw new Error(res && !res.ok ? res.error : 'the clean-view engine did not load');
    }
    return globalThis.__upstreamEngine;
  })().finally(() => {
    engineLoading = null;
  });
  return engineLoading;
}

onMessage((raw: unknown) => {
  if (!isMessage(raw)) return undefined;
  if (raw.type === 'ping') return Promise.resolve({ ok: true, detection, detectMs, prepared: globalThis.__upstreamEngine?.prepared ?? false });
  if (raw.type === 'view-snapshot' && !globalThis.__upstreamEngine) {
    return Promise.resolve({ ok: true, open: false, title: '', strip: '', text: '', links: [], removed: [] });
  }
  if (raw.type === 'analyze' || raw.type === 'set-clean-view' || raw.type === 'view-snapshot') {
    return ensureEngine()
      .then((engine) => engine.handle(raw, detection))
      .catch((err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }));
  }
  return undefined;
});

runDetector();
