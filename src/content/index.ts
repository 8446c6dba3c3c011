// Injected on every page: runs the cheap detector and reports to the background.
// Everything heavy (Readability, clean view) lives in the engine bundle, loaded on demand; the reads only pages
// without a story need live in the listing bundle, loaded on those pages.
import { onMessage, sendMessage } from './messaging.ts';
import { isMessage, type Message, type ResponseOf } from '../shared/messages.ts';
import { gatherWith, type Evidence, type ListingPasses } from '../core/evidence/gather.ts';
import { SITE_RULES } from '../core/rules/index.ts';
import type { Detection } from '../core/types.ts';

declare global {
  // The engine and listing bundles register themselves here when injected into the same isolated world.
  var __upstreamEngine: UpstreamEngine | undefined;
  var __upstreamListing: ListingPasses | undefined;
}

export interface UpstreamEngine {
  /** `evidence`: what this script gathered on load, so the engine does not gather it again. */
  handle(message: Message, evidence: Evidence | null): Promise<unknown>;
  /** Computes the analysis (and warms what the first render needs) ahead of a toggle. */
  prepare(evidence: Evidence | null): void;
  /** True once prepare() has run. */
  readonly prepared: boolean;
}

/** What the page shows, gathered once on load; the verdict is read from it in the background. */
let evidence: Evidence | null = null;
/** The background's verdict (without the evidence), once it has answered. */
let detection: Detection | null = null;
/**
 * How long gathering the evidence took on this page (both runs where the listing passes were loaded, not the
 * wait for them); reported by `ping` so the speed benchmark reads the real run.
 */
let detectMs: number | null = null;

/** Stand-ins when the listing bundle cannot load: the page is read as if its cards showed nothing. */
const NO_LISTING_PASSES: ListingPasses = { cardLinks: () => 0, fullPosts: () => 0, runningProse: () => 0, cardOutlets: () => null };

/** The page's evidence; on a page without a story, with the listing passes loaded first. */
async function gather(): Promise<Evidence> {
  let t0 = performance.now();
  const first = gatherWith(document, location.href, SITE_RULES, null);
  detectMs = performance.now() - t0;
  if (first) return first;
  const passes = await loadBundle('listing', () => globalThis.__upstreamListing).catch(() => NO_LISTING_PASSES);
  t0 = performance.now();
  const evidence = gatherWith(document, location.href, SITE_RULES, passes);
  detectMs += performance.now() - t0;
  return evidence;
}

function mark(value: 'seen' | 'aggregator'): void {
  document.documentElement.setAttribute('data-upstream', value);
}

async function runDetector(): Promise<void> {
  try {
    evidence = await gather();
  } catch (err) {
    // A detector failure must never surface on the page.
    console.warn('Upstream: detection failed', err);
    evidence = null;
  }
  if (!evidence) {
    mark('seen');
    return;
  }
  // The background reads the verdict from the evidence (off the page's thread, with the credit reader this
  // script does not carry), sets the badge, and answers with the verdict and the auto-open decision.
  return sendMessage({ type: 'page-evidence', url: location.href, evidence } satisfies Message)
    .then((res: unknown) => {
      const answer = res as { detection?: Detection; autoOpen?: boolean } | undefined;
      detection = answer?.detection ?? null;
      mark(detection?.isAggregator ? 'aggregator' : 'seen');
      // Not awaited: a message waiting on the verdict must not wait for the view to open.
      if (answer?.autoOpen) void openView().catch(() => {});
      else if (detection?.isAggregator) prepareWhenIdle();
    })
    .catch(() => {
      // The background may be restarting; the popup asks again when opened.
      mark('seen');
    });
}

let detecting: Promise<void> | null = null;

/** Runs the detector once: at its scheduled time, or earlier when the reader asks for something first. */
function detect(): Promise<void> {
  detecting ??= runDetector();
  return detecting;
}

/**
 * The badge is not needed before the page has loaded, so the detector waits for the load event and the
 * page's next idle moment: the page's own load is never held up by it. A page whose load drags on (a
 * stalled ad or image) is read after a few seconds all the same, and a message from the popup or the
 * keyboard shortcut runs it at once.
 */
function scheduleDetector(): void {
  if (document.readyState !== 'complete') setTimeout(() => void detect(), 3000);
  afterLoad(() => whenIdle(() => void detect(), 1000));
}

async function openView(): Promise<void> {
  const engine = await ensureEngine();
  await engine.handle({ type: 'set-clean-view', open: true }, evidence);
}

/** Idle time of the page (waiting at most `timeout` ms), or a short timer where requestIdleCallback is missing. */
function whenIdle(fn: () => void, timeout = 5000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout });
  else setTimeout(fn, 200);
}

/** Runs `fn` once the page has loaded: at once when it already has. */
function afterLoad(fn: () => void): void {
  if (document.readyState === 'complete') fn();
  else addEventListener('load', fn, { once: true });
}

/**
 * On pages flagged as copies (the badge invites the reader to open the clean view), the engine is loaded
 * and the analysis computed in idle time after load, so that the toggle only renders. Other pages never
 * load the engine: no extra work, no extra memory.
 */
function prepareWhenIdle(): void {
  afterLoad(() =>
    whenIdle(() => {
      ensureEngine()
        .then((engine) => whenIdle(() => engine.prepare(evidence)))
        .catch(() => {
          // The toggle loads the engine again and reports any error then.
        });
    }),
  );
}

const loading = new Map<string, Promise<unknown>>();
const BUNDLE_NAMES = { engine: 'the clean-view engine', listing: 'the listing reader' } as const;

/**
 * Has the background inject a bundle into this page's isolated world and returns what it registered, once, even
 * when the popup and auto-open ask at the same moment.
 */
function loadBundle<T>(script: keyof typeof BUNDLE_NAMES, registered: () => T | undefined): Promise<T> {
  const ready = registered();
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(script) as Promise<T> | undefined;
  if (!pending) {
    pending = (async () => {
      const res = (await sendMessage({ type: 'load-script', script } satisfies Message)) as ResponseOf<'load-script'> | undefined;
      const loaded = registered();
      if (!res?.ok || !loaded) throw new Error(res && !res.ok ? res.error : `${BUNDLE_NAMES[script]} did not load`);
      return loaded;
    })().finally(() => loading.delete(script));
    loading.set(script, pending);
  }
  return pending;
}

function ensureEngine(): Promise<UpstreamEngine> {
  return loadBundle('engine', () => globalThis.__upstreamEngine);
}

onMessage((raw: unknown) => {
  if (!isMessage(raw)) return undefined;
  if (raw.type === 'ping') {
    return detect().then(() => ({ ok: true, detection, detectMs, listing: !!globalThis.__upstreamListing, prepared: globalThis.__upstreamEngine?.prepared ?? false }));
  }
  if (raw.type === 'view-snapshot' && !globalThis.__upstreamEngine) {
    return Promise.resolve({ ok: true, open: false, title: '', strip: '', text: '', links: [], removed: [], story: { lang: '', dir: '' }, ui: { lang: '', dir: '' } });
  }
  if (raw.type === 'analyze' || raw.type === 'set-clean-view' || raw.type === 'view-snapshot') {
    return detect()
      .then(ensureEngine)
      .then((engine) => engine.handle(raw, evidence))
      .catch((err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }));
  }
  return undefined;
});

scheduleDetector();
