// Renders icons/icon.svg to the PNG sizes the manifest lists, with headless Chromium (transparent background).
//   npm run icons
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'icons/icon.svg'), 'utf8');
const SIZES = [16, 32, 48, 128];

const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="128" height="128"/, `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const out = resolve(root, `icons/icon-${size}.png`);
    await page.screenshot({ path: out as `${string}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
