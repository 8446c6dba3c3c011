import { type InlineConfig as UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { safeDom } from './scripts/vite-safe-dom.ts';

const root = import.meta.dirname;

/**
 * Scripts that the browser loads as classic scripts (content scripts and the Firefox event page
 * cannot be ES modules), so each is built on its own as one IIFE bundle.
 * - content: injected on every page; detection + messaging only, kept tiny.
 * - listing: injected on pages without a story; the detector's reads of story cards there.
 * - engine: injected on demand; Readability, clutter removal, attribution, the clean view.
 * - background: service worker (Chrome) / event page (Firefox).
 */
export const scriptEntries = {
  content: 'src/content/index.ts',
  listing: 'src/content/listing.ts',
  engine: 'src/engine/index.ts',
  background: 'src/background/index.ts',
} as const;
export type ScriptEntry = keyof typeof scriptEntries;

const shared: UserConfig = {
  configFile: false,
  logLevel: 'warn',
  plugins: [safeDom()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: { target: ['chrome120', 'firefox128'], minify: true, sourcemap: false, reportCompressedSize: false },
};

/** Config for one classic-script bundle. */
export function scriptConfig(entry: ScriptEntry, outDir: string): UserConfig {
  return {
    ...shared,
    root,
    build: {
      ...shared.build,
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      lib: {
        entry: resolve(root, scriptEntries[entry]),
        formats: ['iife'],
        name: `upstream_${entry}`,
        fileName: () => `${entry}.js`,
      },
    },
  };
}

/** Config for the extension pages (popup, options): ordinary ES-module pages. */
export function pagesConfig(outDir: string): UserConfig {
  return {
    ...shared,
    root: resolve(root, 'src'),
    base: './',
    publicDir: false,
    build: {
      ...shared.build,
      outDir,
      emptyOutDir: false,
      modulePreload: false,
      rollupOptions: {
        input: {
          popup: resolve(root, 'src/popup/index.html'),
          options: resolve(root, 'src/options/index.html'),
        },
      },
    },
  };
}

/**
 * Machine-readable results for CI: `npm test` runs vitest once per project, so each run writes its own
 * file, named after the --project it was given (.tmp/results/unit.json, .tmp/results/e2e.json).
 */
function resultsFile(): string {
  const i = process.argv.indexOf('--project');
  const project = (i >= 0 ? process.argv[i + 1] : undefined) ?? 'all';
  return `.tmp/results/${project.replace(/[^a-z0-9-]/gi, '_')}.json`;
}

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: resultsFile() },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Browsers are heavy on a 2-core machine: one test file at a time.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
