// npm run package: what the stores take.
// - dist/upstream-chrome-<version>.zip   for the Chrome Web Store
// - dist/upstream-firefox-<version>.zip  for addons.mozilla.org
// - dist/upstream-source-<version>.zip   the source archive AMO asks for when code is bundled or minified:
//   everything `npm ci && npm run build` needs to rebuild both packages byte for byte, with BUILDING.md and
//   SHA256SUMS (the packages' checksums) to check the result against.
// UPSTREAM_DIST packages elsewhere, as it builds elsewhere.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { buildExtension, distDir } from './build.ts';
import { listFiles, zipFiles } from './zip.ts';

const root = resolve(import.meta.dirname, '..');

/** What the source archive holds: the build's inputs and its instructions, not the tests or benchmarks' data. */
const SOURCE_FILES = ['BUILDING.md', 'LICENSE', 'README.md', 'package.json', 'package-lock.json', 'manifest.json', 'tsconfig.json', 'vite.config.ts', 'eslint.config.js'];
const SOURCE_DIRS = ['icons', 'scripts', 'src'];

/** The source archive's entries, sorted, as paths relative to the project. */
export function sourceEntries(from = root): Array<{ name: string; file: string }> {
  const files = [...SOURCE_FILES.map((f) => join(from, f)), ...SOURCE_DIRS.flatMap((d) => listFiles(join(from, d)))];
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`source archive: missing ${missing.map((f) => relative(from, f)).join(', ')}`);
  return files.map((file) => ({ name: relative(from, file).split(sep).join('/'), file })).sort((a, b) => (a.name < b.name ? -1 : 1));
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Builds, then writes SHA256SUMS and the source archive next to the packages; returns the three archives. */
export async function packageAll(dist = distDir()): Promise<{ packages: string[]; source: string }> {
  const packages = await buildExtension(dist);
  const version = String(JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')).version);
  // The format `sha256sum -c SHA256SUMS` checks, run inside the rebuilt dist/.
  const sums = join(dist, 'SHA256SUMS');
  writeFileSync(sums, packages.map((p) => `${sha256(p)}  ${basename(p)}\n`).join(''));
  const source = join(dist, `upstream-source-${version}.zip`);
  const bytes = zipFiles([...sourceEntries(), { name: 'SHA256SUMS', file: sums }], source);
  console.log(`packaged ${relative(root, source)} (${(bytes / 1024).toFixed(1)} KiB) and ${relative(root, sums)}`);
  return { packages, source };
}

if (process.argv[1] === import.meta.filename) {
  packageAll().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
