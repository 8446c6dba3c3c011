// Reads a saved page from disk (plain or gzip) and decides whether it is HTML worth parsing.
// Errors are InputError with a short message meant for one line of output, never a stack.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export class InputError extends Error {
  override name = 'InputError';
}

/** Bytes scanned for NULs: a stray NUL or two happens in real pages (browsers show them), binary formats have many. */
const BINARY_SCAN = 64 * 1024;
/** The share of NULs in the scanned bytes above which the file is not text. */
const BINARY_NUL_SHARE = 0.01;
/** Signatures of formats that are never a page: PDF, PNG, GIF, JPEG, ZIP, WebP/RIFF, WOFF, ELF. */
const MAGIC: number[][] = [
  [0x25, 0x50, 0x44, 0x46], [0x89, 0x50, 0x4e, 0x47], [0x47, 0x49, 0x46, 0x38], [0xff, 0xd8, 0xff], [0x50, 0x4b, 0x03, 0x04],
  [0x52, 0x49, 0x46, 0x46], [0x77, 0x4f, 0x46, 0x46], [0x7f, 0x45, 0x4c, 0x46],
];

function isBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
  const scan = bytes.subarray(0, BINARY_SCAN);
  let nuls = 0;
  for (const b of scan) if (b === 0) nuls++;
  return nuls > Math.max(8, scan.length * BINARY_NUL_SHARE);
}
/** Something that can only be markup: an element tag, a comment or a doctype. */
const TAG_LIKE = /<(?:[a-z][a-z0-9-]*(?:[\s/>])|!--|!doctype)/i;

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

/** Reads a file's bytes, gunzipping `.gz` files (and anything that starts with the gzip magic). */
export function readBytes(path: string): Uint8Array {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('file not found');
    if (code === 'EISDIR') throw new InputError('is a directory');
    if (code === 'EACCES') throw new InputError('permission denied');
    throw new InputError(`cannot read file (${code ?? (error as Error).message})`);
  }
  if (path.endsWith('.gz') || isGzip(raw)) {
    try {
      return gunzipSync(raw);
    } catch (error) {
      throw new InputError(`cannot gunzip: ${(error as Error).message}`);
    }
  }
  return raw;
}

/** `charset` named by a <meta> near the top of the page, if any (the HTML spec's prescan, simplified). */
function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head);
  return match?.[1] ?? null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes page bytes. Order: BOM; then UTF-8 if the bytes are valid UTF-8 (saved pages are usually
 * re-encoded to UTF-8 while keeping a stale `<meta charset>`, and valid non-ASCII UTF-8 is very
 * unlikely to be anything else); then the page's own `<meta charset>`; then windows-1252 like browsers.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  const b0 = bytes[0];
  const b1 = bytes[1];
  let text: string;
  if (b0 === 0xff && b1 === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (b0 === 0xfe && b1 === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    if (isBinary(bytes)) throw new InputError('not HTML (binary content)');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = (decoderFor(metaCharset(bytes)) ?? new TextDecoder('windows-1252')).decode(bytes);
    }
  }
  if (text.trim() === '') throw new InputError('empty file');
  if (!TAG_LIKE.test(text)) throw new InputError('not HTML (no tags)');
  return text;
}

/** Reads, gunzips and decodes a saved page; throws InputError for anything that is not usable HTML. */
export function readHtmlFile(path: string): string {
  return decodeHtml(readBytes(path));
}
