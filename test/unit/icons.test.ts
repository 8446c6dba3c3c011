// The toolbar and store icons are real renders of icons/icon.svg at the sizes the manifest names.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as { icons: Record<string, string> };

function png(path: string): { width: number; height: number; colors: number } {
  const buf = readFileSync(path);
  expect(buf.subarray(1, 4).toString()).toBe('PNG');
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  // Distinct 4-byte groups of the (filtered) image data: a flat square has a handful, a drawing many.
  const chunks: Buffer[] = [];
  for (let off = 8; off < buf.length; ) {
    const len = buf.readUInt32BE(off);
    const type = buf.subarray(off + 4, off + 8).toString();
    if (type === 'IDAT') chunks.push(buf.subarray(off + 8, off + 8 + len));
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const colors = new Set<number>();
  const stride = width * 4 + 1;
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) colors.add(raw.readUInt32BE(y * stride + 1 + x * 4));
  return { width, height, colors: colors.size };
}

describe('icons', () => {
  it.each(Object.entries(manifest.icons))('%s px', (size, file) => {
    const info = png(resolve(root, file));
    expect(info.width).toBe(Number(size));
    expect(info.height).toBe(Number(size));
    expect(info.colors).toBeGreaterThan(3);
  });
});
