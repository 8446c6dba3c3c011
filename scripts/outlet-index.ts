// Writes src/core/outlets/data/index.generated.json: the directory's lookup tables, built from the data files
// ahead of time so the clean view does not build them on every page (see src/core/outlets/index-data.ts).
// `npm run outlets:index` after editing the data; the build runs it too, and a unit test fails when the
// committed file is out of date.
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

/** Writes the file when it differs from the data; true when it did. */
export function writeIndexFile(): boolean {
  const text = indexFileText();
  if (existsSync(INDEX_FILE) && readFileSync(INDEX_FILE, 'utf8') === text) return false;
  writeFileSync(INDEX_FILE, text);
  return true;
}

if (process.argv[1] === import.meta.filename && writeIndexFile()) console.log(`wrote ${INDEX_FILE}`);
