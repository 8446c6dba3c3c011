// Renders icons/icon.svg to the PNG sizes the manifest lists, with headless Chromium (transparent background).
// The PNGs are committed; run `npm run icons` after changing the SVG.
import puppeteer from 'puppeteer-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const SIZES = [16, 32, 48, 128] as const;

async function main(): Promise<void> {
  const svg = readFileSync(join(root, 'icons/icon.svg'), 'utf8');
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const tmp = join(root, '.tmp');
  mkdirSync(tmp, { recursive: true });
  process.env.TMPDIR = tmp;
  const browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    for (const size of SIZES) {
      await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
        { waitUntil: 'load' },
      );
      const path = join(root, `icons/icon-${size}.png`) as `${string}.png`;
      await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      console.log(`icons/icon-${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err: unknown) => {
  console.error(`icons: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
