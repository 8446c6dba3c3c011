// Runtime messaging for the content script without webextension-polyfill. The polyfill is ~3 KB gzip,
// a third of the script every page pays for, and the content script needs only two calls:
// - runtime.sendMessage returns a promise natively in Chrome MV3 and in Firefox;
// - an onMessage listener answers through sendResponse + `return true`, which both browsers support
//   (Chrome before 146 ignores a promise returned by the listener, which is what the polyfill works around).
// Extension pages and the engine keep the polyfill (src/shared/browser.ts): their size costs nothing per page.

interface RuntimeLike {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined): void;
  };
}

declare global {
  // Firefox exposes `browser` (and `chrome`); Chrome exposes `chrome`.
  var browser: { runtime: RuntimeLike } | undefined;
  var chrome: { runtime: RuntimeLike } | undefined;
}

function runtime(): RuntimeLike {
  const r = globalThis.browser?.runtime ?? globalThis.chrome?.runtime;
  if (!r) throw new Error('Upstream: extension runtime unavailable');
  return r;
}

export function sendMessage(message: unknown): Promise<unknown> {
  return runtime().sendMessage(message);
}

/** `handler` returns a promise of the answer, or undefined when the message is not for this script. */
export function onMessage(handler: (message: unknown) => Promise<unknown> | undefined): void {
  runtime().onMessage.addListener((message, _sender, sendResponse) => {
    const answer = handler(message);
    if (!answer) return false;
    answer.then(sendResponse, (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }));
    // Keeps the channel open until sendResponse is called.
    return true;
  });
}
