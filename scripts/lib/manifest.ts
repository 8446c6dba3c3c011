// Batch manifests for the analyze CLI: one page per line, `path<TAB>url` (url optional).
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ManifestEntry {
  /** The path as written in the manifest (what the output reports). */
  file: string;
  /** Absolute path, resolved against the manifest's folder. */
  path: string;
  /** Page URL: the one given on the line, else the file's own file:// URL. */
  url: string;
  /** Set when the line itself is unusable; the entry is then reported as an error. */
  error?: string;
}

/** True for absolute URLs jsdom accepts as a document URL. */
export function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Parses manifest text. Blank lines and lines starting with `#` are skipped; order is kept. */
export function parseManifest(text: string, manifestPath: string): ManifestEntry[] {
  const base = dirname(resolve(manifestPath));
  const entries: ManifestEntry[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.trim() === '' || rawLine.trimStart().startsWith('#')) continue;
    const [filePart = '', urlPart = ''] = rawLine.split('\t');
    const file = filePart.trim();
    const url = urlPart.trim();
    const path = resolve(base, file);
    const entry: ManifestEntry = { file, path, url: url || pathToFileURL(path).href };
    if (url && !isAbsoluteUrl(url)) entry.error = `invalid url: ${url}`;
    entries.push(entry);
  }
  return entries;
}
