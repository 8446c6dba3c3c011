// One saved page through the pipeline, as the analyze CLI prints it: shared by single-file runs and by the
// manifest workers.
import { analyze } from '../../src/core/analyze.ts';
import { SITE_RULES } from '../../src/core/rules/index.ts';
import { analysisRecord, errorRecord } from './analysis-output.ts';
import { parseHtml } from './jsdom-page.ts';
import { InputError, readHtmlFile } from './read-html.ts';

export interface AnalyzeJob {
  file: string;
  path: string;
  url: string;
  error?: string;
  /** ISO time of capture, or null. */
  now: string | null;
  html: boolean;
}

const oneLine = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';

/** Analyses one page. Input problems throw InputError; pipeline failures throw anything else. */
export function analyzeFile(job: AnalyzeJob): Record<string, unknown> {
  const page = parseHtml(readHtmlFile(job.path), job.url);
  try {
    return analysisRecord(job.file, analyze(page.doc, job.url, SITE_RULES, { now: job.now ? new Date(job.now) : null }), { html: job.html });
  } finally {
    page.close();
  }
}

/** One manifest entry's record. Input problems and pipeline failures become error records, never throws. */
export function analyzeJob(job: AnalyzeJob): Record<string, unknown> {
  if (job.error) return errorRecord(job.file, job.error);
  try {
    return analyzeFile(job);
  } catch (error) {
    return errorRecord(job.file, error instanceof InputError ? error.message : `pipeline failed: ${oneLine(error)}`);
  }
}

