// Builds the cold-world benchmark's two scripts in memory, each bundled alone with the extension's
// production settings (same targets, same minifier) as an IIFE that sets one global, `<name>.run()`.
import { build, type Rollup } from 'vite';
import { resolve } from 'node:path';

export const COLD_ENTRIES = {
  detector: 'scripts/lib/cold-entries/detector.ts',
  readerable: 'scripts/lib/cold-entries/readerable.ts',
} as const;
export type ColdEntry = keyof typeof COLD_ENTRIES;

const root = resolve(import.meta.dirname, '../..');

/** The bundle's code; it defines the global `cold_<entry>` with a `run()` method. */
export async function coldBundle(entry: ColdEntry): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'warn',
    root,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: ['chrome120', 'firefox128'],
      minify: true,
      write: false,
      sourcemap: false,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry: resolve(root, COLD_ENTRIES[entry]), formats: ['iife'], name: `cold_${entry}`, fileName: () => `${entry}.js` },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`${entry}: expected one chunk, got ${chunks.length}`);
  return chunks[0]!.code;
}
