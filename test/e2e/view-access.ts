// The clean view's shadow root is closed, so neither the page nor a test can look inside it. The accessibility,
// keyboard and small-screen tests must (focus, geometry, axe), so before the view opens they install a seam in
// the extension's content-script world, where the engine runs: there attachShadow makes open roots. Only the
// mode changes; the view's elements, styles and behaviour are the ones readers get.
import type { ElementHandle, JSHandle, Page } from 'puppeteer-core';
import { evalInExtension, poll, sendTabMessage, type Session } from './harness.ts';
import { runAxe, type AxeReport } from './axe.ts';

/** Installs the seam in a tab; it lasts until the tab navigates. */
export async function openViewRoots(s: Session, tabId: number): Promise<void> {
  const done = await evalInExtension(
    s,
    async (ext, id) => {
      const [res] = await ext.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const attach = Element.prototype.attachShadow;
          Element.prototype.attachShadow = function (init: ShadowRootInit) {
            return attach.call(this, { ...init, mode: 'open' });
          };
          return true;
        },
      });
      return res?.result === true;
    },
    tabId,
  );
  if (!done) throw new Error(`${s.name}: could not open the clean view's shadow root for inspection`);
}

/** Opens the clean view in the tab (the seam must be in place) and returns its shadow root. */
export async function openViewForInspection(s: Session, tabId: number, page: Page): Promise<JSHandle<ShadowRoot>> {
  await openViewRoots(s, tabId);
  const res = await sendTabMessage(s, tabId, { type: 'set-clean-view', open: true });
  if (!res.ok || !res.open) throw new Error(`${s.name}: the clean view did not open (${res.ok ? 'closed' : res.error})`);
  return viewRoot(page);
}

/** The open view's shadow root. */
export async function viewRoot(page: Page): Promise<JSHandle<ShadowRoot>> {
  await poll(() => page.evaluate(() => Boolean(document.querySelector('upstream-clean-view')?.shadowRoot)), 'the clean view with an open shadow root');
  return (await page.evaluateHandle(() => document.querySelector('upstream-clean-view')!.shadowRoot!)) as JSHandle<ShadowRoot>;
}

/** An element inside the view. */
export async function inView(root: JSHandle<ShadowRoot>, selector: string): Promise<ElementHandle<Element>> {
  const el = await root.evaluateHandle((r, sel) => r.querySelector(sel), selector);
  const found = el.asElement() as ElementHandle<Element> | null;
  if (!found) throw new Error(`no ${selector} in the clean view`);
  return found;
}

/**
 * axe on the clean view. axe lays out only what is inside <body> and the view lives outside it (on <html>, so the
 * page's body is never touched), so the host is moved into <body> while axe runs and back after. Its :host rules
 * (`all: initial !important`) keep page styles off it in either place.
 */
export async function auditView(page: Page): Promise<AxeReport> {
  const height = await page.evaluate(() => {
    const host = document.querySelector('html > upstream-clean-view');
    if (!host?.shadowRoot) throw new Error('no open clean view to audit');
    document.body.append(host);
    return host.shadowRoot.querySelector('.uv')?.scrollHeight ?? 0;
  });
  try {
    return await runAxe(page, { include: 'upstream-clean-view', contentHeight: height });
  } finally {
    await page.evaluate(() => {
      const host = document.querySelector('body > upstream-clean-view');
      if (host) document.documentElement.append(host);
    });
  }
}
