// Which pages Upstream can read, and what to say about the ones it cannot.
// Pure functions of the tab's URL so the popup's empty states are unit-testable.

export type Unreadable = 'browser-page' | 'store' | 'pdf' | 'no-tab';

const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/** Why the content script cannot run in a tab with this URL, or null when it can. */
export function unreadableReason(url: string | undefined | null): Unreadable | null {
  // Without the URL (no host permission for it) the tab is a browser page or similar.
  if (!url) return 'browser-page';
  if (!/^https?:\/\//i.test(url)) return 'browser-page';
  if (STORES.some((re) => re.test(url))) return 'store';
  try {
    if (/\.pdf$/i.test(new URL(url).pathname)) return 'pdf';
  } catch {
    return 'browser-page';
  }
  return null;
}

/** The i18n key for each reason. */
export const UNREADABLE_MESSAGE: Record<Unreadable, string> = {
  'browser-page': 'popupBrowserPage',
  store: 'popupStorePage',
  pdf: 'popupPdf',
  'no-tab': 'popupNoTab',
};

/** Errors from tabs.sendMessage that mean "no content script in that tab" (Chrome and Firefox wording). */
export function isNoReceiver(message: string): boolean {
  return /receiving end does not exist|could not establish connection|no matching message handler|missing host permission/i.test(message);
}
