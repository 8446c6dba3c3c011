// Node/jsdom part of the speed benchmark: detector time, and the clean-view pipeline against plain
// Readability on the same document in the same run.
import { Readability } from '@mozilla/readability';
import { analyze } from '../../src/core/analyze.ts';
import { gatherEvidence } from '../../src/core/evidence/index.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import { parseHtml } from './jsdom-page.ts';
import type { CorpusPage } from './speed-corpus.ts';

export interface NodePageTiming {
  id: string;
  /** Median of DETECT_RUNS detector runs on the page. */
  detectMs: number;
  /** analyze() as the engine runs it on toggle: with the content script's detection, clone included. */
  pipelineMs: number;
  /** clone + new Readability(clone).parse(), default options. */
  readabilityMs: number;
}

const DETECT_RUNS = 5;
/** Runs of each system per page (the fastest counts); the order alternates from page to page. */
const PIPELINE_RUNS = 1;

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export function runNode(pages: CorpusPage[], progress: (i: number) => void = () => {}): NodePageTiming[] {
  const out: NodePageTiming[] = [];
  const now = new Date('2026-01-01T00:00:00Z');
  for (const [i, page] of pages.entries()) {
    const parsed = parseHtml(page.html, page.url, { onError: () => {} });
    try {
      const doc = parsed.doc;
      const detections = Array.from({ length: DETECT_RUNS }, () => time(() => gatherEvidence(doc, page.url, SITE_RULES)));
      const evidence = gatherEvidence(doc, page.url, SITE_RULES);
      let pipelineMs = Infinity;
      let readabilityMs = Infinity;
      for (let run = 0; run < PIPELINE_RUNS; run++) {
        const upstream = (): number => time(() => analyze(doc, page.url, SITE_RULES, { now, evidence }));
        const readability = (): number =>
          time(() => {
            try {
              new Readability(doc.cloneNode(true) as Document).parse();
            } catch {
              // A throw is still time spent; the quality bench reports failures.
            }
          });
        if ((run + i) % 2 === 0) {
          pipelineMs = Math.min(pipelineMs, upstream());
          readabilityMs = Math.min(readabilityMs, readability());
        } else {
          readabilityMs = Math.min(readabilityMs, readability());
          pipelineMs = Math.min(pipelineMs, upstream());
        }
      }
      detections.sort((a, b) => a - b);
      out.push({ id: page.id, detectMs: detections[Math.floor(DETECT_RUNS / 2)]!, pipelineMs, readabilityMs });
    } finally {
      parsed.close();
    }
    progress(i);
  }
  return out;
}
