#!/usr/bin/env node
// Renders build/icon.svg to build/icon.png (1024 x 1024) with the Chromium the tests use. electron-builder
// makes the Windows .ico, the macOS .icns and the Linux icon sizes from that PNG. Run after editing the SVG.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const svg = readFileSync(join(root, 'build', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: join(root, 'build', 'icon.png'), omitBackground: true });
await browser.close();
console.log('build/icon.png written');
