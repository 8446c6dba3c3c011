// Writes src/core/outlets/data/index.generated.json: the directory's lookup tables, built from the data files
// ahead of time so the clean view does not build them on every page (see src/core/outlets/index-data.ts).
//   npm run outlets:index            write the file
//   npm run outlets:index -- --check exit 1 when the file is out of date
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AMBIGUOUS, loadEntries } from '../src/core/outlets/entries.ts';
import { buildIndexData } from '../src/core/outlets/index-data.ts';

export const INDEX_FILE = resolve(import.meta.dirname, '../src/core/outlets/data/index.generated.json');

/** The file's expected text: one table per line, so a data change shows as a readable diff. */
export function indexFileText(): string {
  const data = buildIndexData(loadEntries(), AMBIGUOUS);
  const lines = Object.entries(data).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (process.argv[1] === import.meta.filename) {
  const text = indexFileText();
  const current = existsSync(INDEX_FILE) ? readFileSync(INDEX_FILE, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('src/core/outlets/data/index.generated.json is out of date: run npm run outlets:index');
      process.exit(1);
    }
  } else if (current !== text) {
    writeFileSync(INDEX_FILE, text);
    console.log(`wrote ${INDEX_FILE} (${(text.length / 1024).toFixed(1)} KiB)`);
  }
}
