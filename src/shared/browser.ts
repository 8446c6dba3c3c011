// The single import point for extension APIs: Firefox's native `browser`, Chrome through the polyfill.
import browser from 'webextension-polyfill';
import type { Message, ResponseOf } from './messages.ts';

export default browser;

/** Typed runtime.sendMessage. */
export function send<M extends Message>(message: M): Promise<ResponseOf<M['type']>> {
  return browser.runtime.sendMessage(message) as Promise<ResponseOf<M['type']>>;
}

/** Typed tabs.sendMessage. */
export function sendToTab<M extends Message>(tabId: number, message: M): Promise<ResponseOf<M['type']>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<ResponseOf<M['type']>>;
}
