// Builds dist/chrome and dist/firefox (unpacked, loadable) and a store-ready zip for each.
//   npm run build                        -> dist/
//   UPSTREAM_DIST=elsewhere npm run build -> elsewhere/ (the browser harness reads the same variable)
import { build } from 'vite';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pagesConfig, scriptConfig, scriptEntries, type ScriptEntry } from '../vite.config.ts';
import { manifestFor, type Target } from './manifest-for.ts';
import { zipDirectory } from './zip.ts';
import { writeIndexFile } from './outlet-index.ts';

const root = resolve(import.meta.dirname, '..');

/** The output folder: dist/, or UPSTREAM_DIST (relative to the project) when set. */
export const distDir = (): string => resolve(root, process.env.UPSTREAM_DIST ?? 'dist');

/** Builds both browsers into `dist` (emptied first) and returns the paths of the two store zips. */
export async function buildExtension(dist = distDir()): Promise<string[]> {
  const common = join(dist, '.common');
  // The outlet lookup tables are generated from the directory's data files; keep them in step.
  writeIndexFile();
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(common, { recursive: true });
  for (const entry of Object.keys(scriptEntries) as ScriptEntry[]) {
    await build(scriptConfig(entry, common));
  }
  await build(pagesConfig(common));
  cpSync(join(root, 'src/_locales'), join(common, '_locales'), { recursive: true });
  mkdirSync(join(common, 'icons'));
  for (const size of [16, 32, 48, 128]) {
    const icon = join(root, `icons/icon-${size}.png`);
    if (!existsSync(icon)) throw new Error(`missing ${icon}: run npm run icons`);
    cpSync(icon, join(common, `icons/icon-${size}.png`));
  }
  const base = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const version = String(base.version);
  const zips: string[] = [];
  for (const target of ['chrome', 'firefox'] as Target[]) {
    const out = join(dist, target);
    cpSync(common, out, { recursive: true });
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(base, target), null, 2) + '\n');
    const zip = join(dist, `upstream-${target}-${version}.zip`);
    const bytes = zipDirectory(out, zip);
    console.log(`built ${relative(root, out)}/ and ${relative(root, zip)} (${(bytes / 1024).toFixed(1)} KiB)`);
    zips.push(zip);
  }
  rmSync(common, { recursive: true, force: true });
  return zips;
}

if (process.argv[1] === import.meta.filename) {
  buildExtension().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
