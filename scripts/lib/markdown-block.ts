// Benchmarks rewrite only their own generated block of BENCHMARKS.md, between two HTML comment markers,
// so hand-written explanations around it and other benchmarks' sections are left untouched.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in `text`. */
export function replaceBlock(text: string, name: string, body: string): string | null {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) return null;
  return `${text.slice(0, from + start.length)}\n${body.trim()}\n${text.slice(to)}`;
}

/**
 * Writes `body` into the named block of the markdown file. When the file or the markers do not exist
 * yet, a new section with `heading` and the markers is appended.
 */
export function writeBlock(file: string, name: string, heading: string, body: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const updated =
    replaceBlock(text, name, body) ??
    `${text.trimEnd()}\n\n${heading}\n\n<!-- ${name}:start -->\n${body.trim()}\n<!-- ${name}:end -->\n`;
  writeFileSync(file, updated);
}
