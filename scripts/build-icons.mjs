// The app's install icons (web app manifest), drawn from public/favicon.svg by the system
// Chromium, so that anyone can rebuild them: `node scripts/build-icons.mjs`. Writes
// public/icons/icon-192.png, icon-512.png and icon-maskable-512.png (the mark inside the
// maskable safe zone, the central 80%, on the theme colour).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './check-chromium.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(ROOT, 'public/favicon.svg'), 'utf8');
export const THEME = '#0b3954';

const page = (size, inset) => `<!doctype html><html><body style="margin:0;background:${inset ? THEME : 'transparent'}">
<div style="width:${size}px;height:${size}px;display:grid;place-items:center">
<div style="width:${size * (1 - 2 * inset)}px;height:${size * (1 - 2 * inset)}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></div></body></html>`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const [name, size, inset] of [
    ['icon-192.png', 192, 0],
    ['icon-512.png', 512, 0],
    ['icon-maskable-512.png', 512, 0.1],
  ]) {
    const tab = await browser.newPage({ viewport: { width: size, height: size } });
    await tab.setContent(page(size, inset));
    await tab.screenshot({ path: path.join(ROOT, 'public/icons', name), omitBackground: !inset });
    await tab.close();
    console.log(`public/icons/${name}`);
  }
} finally {
  await browser.close();
}
