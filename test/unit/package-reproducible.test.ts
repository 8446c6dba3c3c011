// The store packages are reproducible: `npm run package` twice gives the same bytes, and the source archive alone
// (what addons.mozilla.org reviewers get) rebuilds the very same packages, as its SHA256SUMS says.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceEntries } from '../../scripts/package.ts';
import { readZip } from '../../scripts/zip.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.tmp', `package-test-${process.pid}`);
const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const VERSION = String(JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).version);
const ARCHIVES = [`upstream-chrome-${VERSION}.zip`, `upstream-firefox-${VERSION}.zip`, `upstream-source-${VERSION}.zip`];

/** Runs a project script the way npm runs it, in a clean environment (no test-runner variables). */
function run(script: string, cwd: string, dist: string): void {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', UPSTREAM_DIST: dist };
  const res = spawnSync(process.execPath, [TSX, script], { cwd, env, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`${script} in ${cwd} failed:\n${res.stderr}`);
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const bytes = (dir: string, name: string): Buffer => readFileSync(join(dir, name));

describe('packages', () => {
  const first = join(WORK, 'first');
  const second = join(WORK, 'second');
  const unpacked = join(WORK, 'source');

  beforeAll(() => {
    rmSync(WORK, { recursive: true, force: true });
    run('scripts/package.ts', ROOT, first);
  }, 120_000);
  afterAll(() => rmSync(WORK, { recursive: true, force: true }));

  it('are the same bytes when packaged twice', () => {
    run('scripts/package.ts', ROOT, second);
    for (const name of ARCHIVES) expect(sha256(bytes(second, name)), name).toBe(sha256(bytes(first, name)));
  }, 120_000);

  it('hold the sources, the lockfile, the build instructions and the checksums, and no tests', () => {
    const entries = [...readZip(join(first, ARCHIVES[2]!)).keys()];
    expect(entries).toEqual([...sourceEntries().map((e) => e.name), 'SHA256SUMS']);
    for (const must of ['BUILDING.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'scripts/build.ts', 'src/engine/index.ts', 'src/_locales/ar/messages.json', 'icons/icon-128.png']) {
      expect(entries, must).toContain(must);
    }
    expect(entries.filter((e) => /^(test|dist|node_modules|\.tmp|out)\//.test(e))).toEqual([]);
  });

  it('are rebuilt byte for byte from the source archive alone, as its SHA256SUMS says', () => {
    for (const [name, data] of readZip(join(first, ARCHIVES[2]!))) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), data);
    }
    // The same dependencies `npm ci` would install from the archive's lockfile.
    symlinkSync(join(ROOT, 'node_modules'), join(unpacked, 'node_modules'), 'dir');
    run('scripts/build.ts', unpacked, 'dist');
    const sums = readFileSync(join(unpacked, 'SHA256SUMS'), 'utf8').trim().split('\n').map((line) => line.split(/\s+/));
    expect(sums.map(([, file]) => file)).toEqual(ARCHIVES.slice(0, 2));
    for (const [sum, file] of sums) {
      expect(sha256(bytes(join(unpacked, 'dist'), file!)), `${file} rebuilt from the source archive`).toBe(sum);
      expect(sha256(bytes(first, basename(file!))), `${file} as packaged`).toBe(sum);
    }
  }, 120_000);
});
