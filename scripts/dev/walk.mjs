// Dev aid: walks title -> set-up -> persona -> intro -> first months and saves screenshots to /tmp/walk-*.png.
// Usage: node scripts/dev/walk.mjs URL LANG [textSize]
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
const [url = 'http://127.0.0.1:4173/', lang = 'en', textSize = '0', path = 'business'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
p.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
p.on('pageerror', (e) => console.log('pageerror', String(e)));
await p.addInitScript((s) => localStorage.setItem('irb.settings', s), JSON.stringify({ language: lang, textSize: Number(textSize), reducedMotion: true, sound: false }));
await p.goto(url + '?renderer=canvas');
await p.waitForSelector('body[data-ready="true"]');
const shot = async (n) => { await p.waitForTimeout(600); await p.screenshot({ path: `/tmp/walk-${lang}-${textSize}-${n}.png` }); };
await shot('1-title');
await p.getByTestId('menu-new').click(); await shot('2-setup');
await p.getByTestId('class-code').fill('DEMO');
await p.getByTestId('setup-next').click(); await shot('3-persona');
await p.locator('[data-testid^="persona-"][type="radio"]').first().check();
await p.getByTestId('persona-choose').click(); await shot('4-intro');
await p.getByTestId('intro-begin').click(); await shot('5-play');
await p.getByTestId(`path-${path}-toggle`).click(); await shot('6-path-form');
await b.close();
