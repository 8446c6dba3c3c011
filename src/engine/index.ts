// The on-demand bundle: injected by the background into the content script's world when the
// clean view or the popup first needs the full analysis.
import { analyze } from '../core/analyze.ts';
import { SITE_RULES } from '../core/rules/index.ts';
import type { Analysis, Detection } from '../core/types.ts';
import type { Message } from '../shared/messages.ts';
import { CleanView } from './clean-view.ts';

let cached: Analysis | null = null;
const view = new CleanView();

function getAnalysis(): Analysis {
  if (!cached) cached = analyze(document, location.href, SITE_RULES, { now: new Date() });
  return cached;
}

globalThis.__upstreamEngine = {
  async handle(message: Message, _detection: Detection | null): Promise<unknown> {
    if (message.type === 'analyze') return { ok: true, analysis: getAnalysis() };
    if (message.type === 'set-clean-view') {
      const open = message.open === 'toggle' ? !view.isOpen : message.open;
      if (open) view.open(getAnalysis());
      else view.close();
      return { ok: true, open: view.isOpen };
    }
    return { ok: false, error: `unsupported message ${message.type}` };
  },
};
