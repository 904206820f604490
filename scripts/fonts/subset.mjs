// Build-time font subsetting: keeps only the glyphs of Noto Sans SC that the game's texts use, so the
// Chinese font weighs hundreds of kilobytes instead of megabytes. Works on @fontsource's unicode-range
// slices: every slice that holds a needed character is cut down to exactly those characters.
//
// Each character lives in exactly one face per weight (issue 15). Noto Sans SC's slices overlap (most of them
// carry some Latin letters), so a page of English text used to fetch two or three files per weight for its
// Latin glyphs. The characters a title draws first go into a few "leading" faces of their own per weight, cut
// from fontsource's whole Simplified Chinese file (the same font, not sliced): `first` (the English texts'
// Latin side, the symbols the code draws, and the language switch's "简体中文") and `title-zh` (the Chinese
// title's words). Every other character goes to the last slice that holds it, the one a browser would have
// picked (the last declared of overlapping faces is tried first).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const FONTSOURCE = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

/** Characters every screen may show beyond the locale files: ASCII, number formatting, UI symbols. */
export const EXTRA_CHARS = (() => {
  let s = '';
  for (let c = 0x20; c < 0x7f; c++) s += String.fromCharCode(c);
  return s + '¥￥−–—…·•✓✗×÷→←↑↓▲▼●○■□★☆%‰°，。、；：？！“”‘’（）《》【】「」—…·％＋－';
})();

/**
 * Every distinct character in the string values of all locales/<lang>/*.json files (or only those of the
 * languages given).
 */
export function localeChars(localesDir = 'locales', langs = null) {
  const chars = new Set();
  for (const lang of readdirSync(localesDir)) {
    const dir = join(localesDir, lang);
    if (!statSync(dir).isDirectory() || (langs && !langs.includes(lang))) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.json')) for (const s of stringsIn(JSON.parse(readFileSync(join(dir, f), 'utf8')))) for (const ch of s) chars.add(ch);
  }
  return chars;
}

/** Every string value in a parsed locale file, or under one of its keys. */
function stringsIn(node, out = []) {
  if (typeof node === 'string') out.push(node);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) stringsIn(v, out);
  return out;
}

function parseRanges(spec) {
  return spec.split(',').map((r) => r.trim().replace(/^U\+/i, '')).map((r) => {
    const [a, b] = r.split('-');
    const lo = parseInt(a, 16);
    return [lo, b ? parseInt(b, 16) : lo];
  });
}

/** Fontsource's whole (unsliced) Simplified Chinese file of one weight: Latin and CJK in one font. */
export const wholeFontFile = (weight) => join(FONTSOURCE, 'files', `noto-sans-sc-chinese-simplified-${weight}-normal.woff2`);

/** The slices of one weight as fontsource declares them: { file, ranges }. */
export function fontsourceSlices(weight) {
  const css = readFileSync(join(FONTSOURCE, `${weight}.css`), 'utf8');
  const out = [];
  for (const m of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = m[1];
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (file && range) out.push({ file: join(FONTSOURCE, 'files', file), ranges: parseRanges(range) });
  }
  return out;
}

const hex = (cp) => cp.toString(16).toUpperCase();

/** The file name of a leading face (before the build adds its hash): vite.config.ts preloads the `first` ones. */
export const leadingFaceFile = (weight, id) => `noto-sans-sc-${weight}-${id}.woff2`;

/**
 * Writes subset woff2 files and a fonts.css into outDir (cached by the character set's hash).
 * Returns { cssPath, files, bytes, chars }.
 */
export async function buildFontSubset({ chars, weights = [400, 700], outDir, leading = [] }) {
  const codes = (str) => [...new Set([...str].map((c) => c.codePointAt(0)))].filter((cp) => cp >= 0x20).sort((a, b) => a - b);
  // each leading face keeps only the characters no earlier one holds
  const lead = [];
  const seen = new Set();
  for (const l of leading) {
    const mine = codes(l.chars).filter((cp) => !seen.has(cp));
    mine.forEach((cp) => seen.add(cp));
    if (mine.length) lead.push({ id: l.id, cps: mine });
  }
  const cps = codes([...chars].join('') + leading.map((l) => l.chars).join(''));
  const hash = createHash('sha256').update(JSON.stringify({ cps, lead, weights, v: 5 })).digest('hex').slice(0, 12);
  const stamp = join(outDir, `.stamp-${hash}`);
  const cssPath = join(outDir, 'fonts.css');
  if (existsSync(stamp) && existsSync(cssPath)) {
    const files = readdirSync(outDir).filter((f) => f.endsWith('.woff2'));
    return { cssPath, files, bytes: files.reduce((n, f) => n + statSync(join(outDir, f)).size, 0), chars: cps.length, cached: true };
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const { default: subsetFont } = await import('subset-font');
  let css = '/* Generated by scripts/fonts/subset.mjs from @fontsource/noto-sans-sc (SIL Open Font License 1.1). */\n';
  const files = [];
  let bytes = 0;
  const fontverter = await import('fontverter');
  const hb = await import('harfbuzzjs');
  const face = async (weight, name, source, wanted) => {
    const buf = await subsetFont(readFileSync(source), String.fromCodePoint(...wanted), { targetFormat: 'woff2' });
    // a face claims only what it can draw (Noto Sans SC has no ✗, say): the browser would fetch it for nothing
    const has = new hb.Face(new hb.Blob(new Uint8Array(await fontverter.convert(buf, 'sfnt'))), 0).collectUnicodes();
    const drawn = wanted.filter((cp) => has.includes(cp));
    if (!drawn.length) return;
    writeFileSync(join(outDir, name), buf);
    files.push(name);
    bytes += buf.length;
    css += `@font-face{font-family:'Noto Sans SC';font-style:normal;font-display:swap;font-weight:${weight};` +
      `src:url(./${name}) format('woff2');unicode-range:${drawn.map((cp) => `U+${hex(cp)}`).join(',')};}\n`;
  };
  for (const weight of weights) {
    const slices = fontsourceSlices(weight);
    const whole = existsSync(wholeFontFile(weight));
    if (whole) for (const l of lead) await face(weight, leadingFaceFile(weight, l.id), wholeFontFile(weight), l.cps);
    const taken = new Set(whole ? lead.flatMap((l) => l.cps) : []);
    // every other character in the last slice that holds it
    const home = new Map();
    for (const cp of cps) {
      if (taken.has(cp)) continue;
      for (let k = slices.length - 1; k >= 0; k--) if (slices[k].ranges.some(([lo, hi]) => cp >= lo && cp <= hi)) { home.set(cp, k); break; }
    }
    let i = 0;
    for (const [k, slice] of slices.entries()) {
      const wanted = cps.filter((cp) => home.get(cp) === k);
      if (wanted.length) await face(weight, `noto-sans-sc-${weight}-${i++}.woff2`, slice.file, wanted);
    }
  }
  writeFileSync(cssPath, css);
  writeFileSync(stamp, '');
  return { cssPath, files, bytes, chars: cps.length, cached: false };
}

/** Chinese script and punctuation (CJK symbols, full-width forms). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Every string under a key of a locale file ("menu" gives every string of the menu object). */
function stringsAt(file, key) {
  let node = JSON.parse(readFileSync(file, 'utf8'));
  for (const part of key.split('.')) node = node?.[part];
  return stringsIn(node);
}

/**
 * The leading faces (see the top of this file): `first`, what every title draws in any language (EXTRA_CHARS
 * and the `latinLangs` texts outside Chinese script and punctuation, plus `alwaysChars`), then one face per
 * language in `titleLangs` with the Chinese characters of its title's keys (`titleKeys`, "ns:key" prefixes).
 */
export function leadingFaces(localesDir, { latinLangs = [], alwaysChars = '', titleLangs = [], titleKeys = [] } = {}) {
  // the Chinese words an English text quotes (a citation's title, a glossary term) stay in the slices, fetched
  // with the screens that show them; the symbols the code draws beside the texts (¥, −, arrows, marks) come
  // with the first face, so that a chart's legend in English waits for no other file
  const latin = [...EXTRA_CHARS, ...localeChars(localesDir, latinLangs)].filter((c) => !CHINESE.test(c)).join('');
  const faces = [{ id: 'first', chars: latin + alwaysChars }];
  for (const lang of titleLangs) {
    const words = titleKeys.flatMap((k) => { const [ns, key] = k.split(':'); return stringsAt(join(localesDir, lang, `${ns}.json`), key); });
    faces.push({ id: `title-${lang.split('-')[0]}`, chars: [...words.join('')].filter((c) => CHINESE.test(c)).join('') });
  }
  return faces;
}

/** Vite plugin: `import 'virtual:irb-fonts.css'` gives the subset font faces for the current locale texts. */
export function fontSubsetPlugin({ root = process.cwd(), leading = null } = {}) {
  // Kept in the project folder (not in node_modules, which several checkouts may share), one per checkout.
  const outDir = resolve(root, '.cache/irb-fonts');
  let cssPath = '';
  const ID = 'virtual:irb-fonts.css';
  return {
    name: 'irb-font-subset',
    async buildStart() {
      const locales = resolve(root, 'locales');
      const chars = new Set([...localeChars(locales), ...EXTRA_CHARS]);
      ({ cssPath } = await buildFontSubset({ chars, outDir, leading: leading ? leadingFaces(locales, leading) : [] }));
      this.addWatchFile?.(locales);
    },
    resolveId(id) {
      return id === ID ? cssPath : null;
    },
  };
}
