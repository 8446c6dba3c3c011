// Writes the files generated from the outlet directory's data:
// - src/core/outlets/data/index.generated.json: the directory's lookup tables, built ahead of time so the clean
//   view does not build them on every page (see src/core/outlets/index-data.ts);
// - src/core/evidence/wires.generated.json: the names of the wires and agencies, which the detector (on every
//   page, without the directory) reads to tell an agency credit from a person's name.
// `npm run outlets:index` after editing the data; the build runs it too, and a unit test fails when a committed
// file is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AMBIGUOUS, loadEntries } from '../src/core/outlets/entries.ts';
import { buildIndexData } from '../src/core/outlets/index-data.ts';

export const INDEX_FILE = resolve(import.meta.dirname, '../src/core/outlets/data/index.generated.json');
export const WIRES_FILE = resolve(import.meta.dirname, '../src/core/evidence/wires.generated.json');

/** The file's expected text: one table per line, so a data change shows as a readable diff. */
export function indexFileText(): string {
  const data = buildIndexData(loadEntries(), AMBIGUOUS);
  const lines = Object.entries(data).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** Names (any case) and short forms (exact case) of every wire and agency entry, and the names outlets' feeds sign with. */
export function wiresFileText(): string {
  const names = new Set<string>();
  const short = new Set<string>();
  for (const e of loadEntries()) {
    for (const n of e.feedNames ?? []) names.add(n);
    if (e.kind !== 'wire' && e.kind !== 'agency') continue;
    const shortForms = new Set(e.shortForms ?? []);
    for (const n of [e.name, ...e.aliases]) if (!shortForms.has(n)) names.add(n);
    for (const s of shortForms) short.add(s);
  }
  return `{\n  "names": ${JSON.stringify([...names])},\n  "short": ${JSON.stringify([...short])}\n}\n`;
}

/** Writes the generated files that differ from the data; the paths written. */
export function writeIndexFile(): string[] {
  const written: string[] = [];
  for (const [file, text] of [[INDEX_FILE, indexFileText()], [WIRES_FILE, wiresFileText()]] as const) {
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    written.push(file);
  }
  return written;
}

if (process.argv[1] === import.meta.filename) for (const file of writeIndexFile()) console.log(`wrote ${file}`);
