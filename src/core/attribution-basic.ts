// Minimal attribution from detection signals, used until the full attribution module is wired in.
import type { Attribution, Detection } from './types.ts';
import type { SiteRule } from './rules/rule-types.ts';

export interface AttributionInput {
  detection: Detection;
  credits: string[];
  text: string;
  title: string | null;
  rule: SiteRule | null;
  now?: Date | null;
}

export function attributeBasic(_doc: Document, _url: string, input: AttributionInput): Attribution {
  const named = input.detection.signals.find((s) => s.outlet);
  return {
    host: input.detection.host,
    original: named
      ? { name: named.outlet!, domain: '', url: null, via: named.id }
      : { ...input.detection.host, url: null, via: 'host' },
    byline: null,
    published: null,
    cited: [],
  };
}
