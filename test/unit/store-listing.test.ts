// The store listings: a listing per shipped language, whose name and summary are the manifest's (so the stores and
// the extension say the same), within the stores' limits, and screenshots at the size the Chrome Web Store takes,
// one per caption.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_LOCALES } from '../../scripts/lib/store-shots.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const STORE = join(ROOT, 'store');

/** The `## Heading` sections of a listing, by heading; the `# Title` under the key "title". */
function sections(markdown: string): Record<string, string> {
  const out: Record<string, string> = { title: /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? '' };
  for (const m of markdown.matchAll(/^## (.+)\n([\s\S]*?)(?=^## |$(?![\s\S]))/gm)) out[m[1]!.trim()] = m[2]!.trim();
  return out;
}

/** Width and height of a JPEG, from its start-of-frame marker. */
function jpegSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  if (b[0] !== 0xff || b[1] !== 0xd8) throw new Error(`${file}: not a JPEG`);
  for (let at = 2; at < b.length; ) {
    const marker = b[at + 1]!;
    const length = b.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  throw new Error(`${file}: no frame header`);
}

describe('store listings', () => {
  it('cover the shipped languages, and only those', () => {
    const shipped = readdirSync(join(ROOT, 'src/_locales')).map((l) => l.replace('_', '-')).sort();
    expect([...STORE_LOCALES].sort()).toEqual(shipped);
    expect(readdirSync(STORE).filter((d) => !/\.md$/.test(d) && d !== 'screenshots').sort()).toEqual(shipped);
  });

  for (const locale of STORE_LOCALES) {
    describe(locale, () => {
      const listing = sections(readFileSync(join(STORE, locale, 'listing.md'), 'utf8'));
      const messages = JSON.parse(readFileSync(join(ROOT, 'src/_locales', locale.replace('-', '_'), 'messages.json'), 'utf8')) as Record<string, { message: string }>;

      it('has the manifest\'s name and summary, and a description within the stores\' limits', () => {
        expect(listing.title).toBe(messages.extName!.message);
        expect(listing.Summary).toBe(messages.extDescription!.message);
        expect(listing.Description!.length).toBeGreaterThan(400);
        // Chrome Web Store: 16,000 characters at most.
        expect(listing.Description!.length).toBeLessThanOrEqual(16_000);
      });

      it('has a 1280 × 800 screenshot for every caption', () => {
        const captions = (listing.Screenshots ?? '').split('\n').filter((l) => /^\d+\. /.test(l));
        const dir = join(STORE, 'screenshots', locale);
        const shots = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort() : [];
        expect(shots.length).toBe(captions.length);
        expect(shots.map((f) => Number(f.split('-')[0]))).toEqual(captions.map((_, i) => i + 1));
        for (const f of shots) expect(jpegSize(join(dir, f)), f).toEqual({ width: 1280, height: 800 });
      });
    });
  }
});
