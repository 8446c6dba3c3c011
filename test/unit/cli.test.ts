// The analyze CLI as users run it: a real subprocess, real files on disk, JSON on stdout.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const FIELDS = ['file', 'url', 'kind', 'isAggregator', 'signals', 'host', 'original', 'byline', 'published', 'cited',
  'title', 'text', 'removed', 'coverage', 'items', 'timings'];

// The page script would leave "SCRIPT_RAN" in the title and the article if jsdom executed it.
const TINY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tiny page</title>
<style>.x { color: red;;; } @@@ broken {</style></head>
<body><article><h1>Tiny page</h1><p>The council approved the new bridge on Tuesday after a long debate.</p>
<p id="p2">Work starts in spring.</p></article>
<script>document.title = 'SCRIPT' + '_RAN'; document.getElementById('p2').textContent = 'SCRIPT' + '_RAN';</script>
</body></html>`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const LONG = 400;

function cli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    const env = { ...process.env, NODE_OPTIONS: '--max-old-space-size=256' };
    execFile(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], { cwd: root, timeout: 240_000, env, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => done({ code: error ? (error.code as number | null) ?? null : 0, stdout, stderr }));
  });
}

let dir: string;
const file = (name: string) => join(dir, name);
const runs: Record<string, Run> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'upstream-cli-'));
  writeFileSync(file('tiny.html'), TINY);
  writeFileSync(file('tiny.html.gz'), gzipSync(TINY));
  writeFileSync(file('empty.html'), '');
  // Starts like a PNG: binary, with NUL bytes.
  writeFileSync(file('image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x3c, 0x70]));
  writeFileSync(file('notes.txt'), 'just some plain text, no markup at all\n');
  // A saved page with a stray NUL and control characters is still text: browsers parse it, so must we.
  const story = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: the council approved the new bridge on Tuesday after a long debate about its cost, its route and the ferry it replaces.</p>`).join('');
  writeFileSync(file('odd-bytes.html'), `<!doctype html><html lang="en"><head><title>Bridge</title></head><body><article><h1>Bridge approved</h1>${story.replace('Paragraph 3', 'Paragraph\u0000 3\u0007')}</article></body></html>`);
  // Long enough that holding every record or one jsdom per page in one process would show; the small heap
  // below makes a leak fail rather than merely slow down.
  writeFileSync(file('long.tsv'), Array.from({ length: LONG }, (_, i) => `tiny.html\thttps://news.example.com/story-${i}`).join('\n'));
  writeFileSync(
    file('list.tsv'),
    ['# saved pages', 'tiny.html\thttps://news.example.com/story', '', 'missing.html', 'tiny.html.gz',
      'empty.html', 'image.html', 'notes.txt', 'tiny.html'].join('\n'),
  );
  // Independent processes: start them together to keep the suite short.
  const jobs: Record<string, string[]> = {
    single: [file('tiny.html'), '--url', 'https://news.example.com/story', '--now', '2025-06-21T12:00:00Z'],
    withHtml: [file('tiny.html'), '--html'],
    gz: [file('tiny.html.gz')],
    manifest: ['--manifest', file('list.tsv')],
    empty: [file('empty.html')],
    binary: [file('image.html')],
    oddBytes: [file('odd-bytes.html')],
    long: ['--manifest', file('long.tsv')],
    missing: [file('missing.html')],
    noArgs: [],
    badNow: [file('tiny.html'), '--now', 'yesterday'],
  };
  const results = await Promise.all(Object.values(jobs).map((args) => cli(...args)));
  Object.keys(jobs).forEach((name, i) => (runs[name] = results[i]!));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function record(line: string): Record<string, unknown> {
  return JSON.parse(line) as Record<string, unknown>;
}

function expectAnalysisShape(out: Record<string, unknown>) {
  expect(Object.keys(out).slice(0, FIELDS.length)).toEqual(FIELDS);
  expect(['article', 'listing', 'other']).toContain(out.kind);
  expect(typeof out.isAggregator).toBe('boolean');
  expect(Array.isArray(out.signals)).toBe(true);
  const host = out.host as Record<string, unknown>;
  expect(Object.keys(host).slice(0, 2)).toEqual(['name', 'domain']);
  if (out.original !== null) expect(Object.keys(out.original as object).slice(0, 3)).toEqual(['name', 'domain', 'url']);
  for (const key of ['cited', 'removed', 'coverage', 'items']) expect(Array.isArray(out[key]), key).toBe(true);
  expect(typeof out.text).toBe('string');
  const timings = out.timings as Record<string, unknown>;
  expect(Object.keys(timings).slice(0, 2)).toEqual(['detectMs', 'extractMs']);
  expect(typeof timings.detectMs).toBe('number');
  expect(typeof timings.extractMs).toBe('number');
}

describe('analyze CLI', () => {
  it('prints one JSON object for a single HTML file, with the given URL, without running page scripts', () => {
    const run = runs.single!;
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = record(lines[0]!);
    expectAnalysisShape(out);
    expect(out.file).toBe(file('tiny.html'));
    expect(out.url).toBe('https://news.example.com/story');
    expect(out).not.toHaveProperty('html');
    expect(run.stdout).not.toContain('SCRIPT_RAN');
    // CSS the parser cannot read is noise, not something to report.
    expect(run.stderr).toBe('');
  });

  it('adds the clean HTML only with --html', () => {
    const out = record(runs.withHtml!.stdout);
    expect(Object.keys(out).indexOf('html')).toBeGreaterThan(FIELDS.length - 1);
    expect(typeof out.html).toBe('string');
  });

  it('gunzips .gz files and defaults the URL to the file URL', () => {
    const run = runs.gz!;
    expect(run.code, run.stderr).toBe(0);
    const out = record(run.stdout);
    expectAnalysisShape(out);
    expect(out.url).toBe(pathToFileURL(file('tiny.html.gz')).href);
  });

  it('runs a manifest as JSON Lines in input order, reporting bad items and carrying on', () => {
    const run = runs.manifest!;
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout.trim().split('\n').map(record);
    expect(out.map((o) => o.file)).toEqual([
      'tiny.html', 'missing.html', 'tiny.html.gz', 'empty.html', 'image.html', 'notes.txt', 'tiny.html',
    ]);
    expectAnalysisShape(out[0]!);
    expect(out[0]!.url).toBe('https://news.example.com/story');
    // Paths are relative to the manifest's folder, not to the working directory.
    expect(out[2]!.url).toBe(pathToFileURL(file('tiny.html.gz')).href);
    expectAnalysisShape(out[2]!);
    expectAnalysisShape(out[6]!);
    for (const [i, message] of [[1, /not found/], [3, /empty/], [4, /binary/], [5, /not HTML/]] as const) {
      expect(Object.keys(out[i]!)).toEqual(['file', 'error']);
      expect(out[i]!.error).toMatch(message);
    }
  });

  it('streams a long manifest in input order with a small heap', () => {
    const run = runs.long!;
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout.trim().split('\n').map(record);
    expect(out.map((o) => o.url)).toEqual(Array.from({ length: LONG }, (_, i) => `https://news.example.com/story-${i}`));
    expect(out.filter((o) => 'error' in o)).toEqual([]);
  });

  it('reads a page with a stray NUL byte and control characters as HTML', () => {
    const run = runs.oddBytes!;
    expect(run.code, run.stderr).toBe(0);
    const out = record(run.stdout);
    expectAnalysisShape(out);
    expect(out.kind).toBe('article');
    expect(out.text).toMatch(/Paragraph 8: the council approved the new bridge/);
  });

  it('exits 2 with one stderr line for an empty file', () => {
    expect(runs.empty!.code).toBe(2);
    expect(runs.empty!.stdout).toBe('');
    expect(runs.empty!.stderr.trim().split('\n')).toEqual([expect.stringMatching(/empty\.html: empty file$/)]);
  });

  it('exits 2 with one stderr line for a binary file', () => {
    expect(runs.binary!.code).toBe(2);
    expect(runs.binary!.stderr.trim().split('\n')).toEqual([expect.stringMatching(/not HTML \(binary content\)$/)]);
  });

  it('exits 2 with one stderr line and no stack for a missing file', () => {
    const run = runs.missing!;
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/missing\.html: file not found$/)]);
  });

  it('exits 2 with usage on bad arguments', () => {
    for (const run of [runs.noArgs!, runs.badNow!]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^analyze: .+\nusage: /);
    }
  });
});
