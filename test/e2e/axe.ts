// axe-core (the accessibility rules engine) run in a real browser on the extension's pages and on the clean view.
// The script is evaluated into the page by the driver, which page CSPs (the extension's `script-src 'self'`) do
// not apply to, and it runs every rule of every impact: a test passes on zero violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  rule: string;
  impact: string | null;
  help: string;
  /** One line per element: where it is and what to fix. */
  nodes: string[];
  /** axe's reason for an incomplete result ("nonBmp", "bgOverlap"…), per element. */
  reasons: string[];
}

export interface AxeReport {
  violations: AxeFinding[];
  incomplete: AxeFinding[];
  /** Elements whose text contrast axe measured and found sufficient. */
  contrastChecked: number;
}

/** Violations as readable lines, for a failing assertion to print. */
export const describeFindings = (findings: AxeFinding[]): string[] =>
  findings.flatMap((f) => [`${f.rule} (${f.impact ?? 'no impact'}): ${f.help}`, ...f.nodes.map((n) => `  ${n}`)]);

export interface AxeScope {
  /** A selector for the part to check (axe follows open shadow roots under it); the whole page by default. */
  include?: string;
  /** Height of the content, when it scrolls inside an element rather than the page. */
  contentHeight?: number;
}

/**
 * Runs axe on the page or a part of it. The viewport is stretched to the content first: axe measures colour
 * contrast only for text on screen.
 */
export async function runAxe(page: Page, { include, contentHeight }: AxeScope = {}): Promise<AxeReport> {
  const before = page.viewport();
  const height = contentHeight ?? (await page.evaluate(() => document.documentElement.scrollHeight));
  if (before) await page.setViewport({ ...before, height: Math.min(Math.max(height, before.height), 8000) });
  try {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
    return await page.evaluate(async (sel) => {
      interface Node {
        target: unknown[];
        failureSummary?: string;
        any: Array<{ data?: { messageKey?: string } | null }>;
      }
      interface Result {
        id: string;
        impact: string | null;
        help: string;
        nodes: Node[];
      }
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Record<string, Result[]>> } }).axe;
      const r = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations', 'incomplete', 'passes'] });
      const finding = (x: Result) => ({
        rule: x.id,
        impact: x.impact,
        help: x.help,
        nodes: x.nodes.map((n) => `${JSON.stringify(n.target)} ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
        reasons: x.nodes.map((n) => n.any[0]?.data?.messageKey ?? 'unknown'),
      });
      return {
        violations: r.violations!.map(finding),
        incomplete: r.incomplete!.map(finding),
        contrastChecked: r.passes!.find((x) => x.id === 'color-contrast')?.nodes.length ?? 0,
      };
    }, include ?? '');
  } finally {
    if (before) await page.setViewport(before);
  }
}

/**
 * Contrast results axe could not settle, other than text made only of symbols ("−", "+"), which has no contrast
 * requirement as text. Anything here means some text went unmeasured.
 */
export const unmeasuredContrast = (report: AxeReport): string[] =>
  report.incomplete
    .filter((f) => f.rule === 'color-contrast')
    .flatMap((f) => f.nodes.filter((_, i) => f.reasons[i] !== 'nonBmp'));
