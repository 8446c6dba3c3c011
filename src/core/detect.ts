import type { Detection } from './types.ts';
import type { SiteRule } from './rules/rule-types.ts';

/** Placeholder until the detector lands: reports the host and no signals. */
export function detect(_doc: Document, url: string, _rules: readonly SiteRule[]): Detection {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    host = '';
  }
  return { isAggregator: false, kind: 'other', host: { name: host, domain: host }, signals: [], rule: null };
}
