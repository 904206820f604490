// Size of the built renderer (dist/renderer): JS and CSS gzipped (zlib level 9, as a server would send
// them), fonts and other assets as stored (woff2 and PNG are already compressed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { KB } from './targets.mjs';
import { referencedFiles } from './snapshot.mjs';

const FONT = new Set(['.woff2', '.woff', '.ttf', '.otf']);

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/**
 * The title's own JS (issue 15): the entry chunk and what it imports statically, plus the larger of the
 * language chunks (locales/<lang>.ts, one of which the title loads), from Vite's build manifest. null when
 * the build has no manifest.
 */
export function titleJs(root, gzipOf) {
  const path = join(root, '.vite', 'manifest.json');
  if (!statSync(path, { throwIfNoEntry: false })) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const closure = (key, seen) => {
    const m = manifest[key];
    if (!m || seen.has(m.file)) return seen;
    seen.add(m.file);
    for (const k of m.imports ?? []) closure(k, seen);
    return seen;
  };
  const entry = closure('index.html', new Set());
  const sum = (files) => [...files].reduce((a, f) => a + gzipOf(f), 0);
  const languages = Object.keys(manifest).filter((k) => /(^|\/)locales\/[^/]+\.ts$/.test(k) && !k.endsWith('/all.ts'));
  const language = Math.max(0, ...languages.map((k) => sum([...closure(k, new Set())].filter((f) => !entry.has(f)))));
  return { entry: [...entry], gzip: sum(entry) + language, languageGzip: language, languages: languages.length };
}

export function measureSize(root) {
  const files = walk(root);
  const acc = { jsRaw: 0, jsGzip: 0, cssRaw: 0, cssGzip: 0, fonts: 0, fontFiles: 0, other: 0, otherGzip: 0, files: files.length };
  const js = [];
  for (const f of files) {
    const buf = readFileSync(f);
    const ext = extname(f).toLowerCase();
    if (ext === '.js' || ext === '.mjs') {
      const gz = gzipSync(buf, { level: 9 }).length;
      acc.jsRaw += buf.length; acc.jsGzip += gz;
      js.push({ file: relative(root, f), raw: buf.length, gzip: gz });
    } else if (ext === '.css') {
      acc.cssRaw += buf.length; acc.cssGzip += gzipSync(buf, { level: 9 }).length;
    } else if (FONT.has(ext)) {
      acc.fonts += buf.length; acc.fontFiles += 1;
    } else {
      acc.other += buf.length;
      // HTML and SVG are text a server compresses too
      acc.otherGzip += ext === '.html' || ext === '.svg' || ext === '.json' ? gzipSync(buf, { level: 9 }).length : buf.length;
    }
  }
  js.sort((a, b) => b.gzip - a.gzip);
  // JS the title needs (index.html's scripts and modulepreloads); the rest loads on demand (report, worker)
  const indexPath = join(root, 'index.html');
  const initial = new Set(statSync(indexPath, { throwIfNoEntry: false }) ? referencedFiles(readFileSync(indexPath, 'utf8')).filter((f) => /\.m?js$/.test(f)) : []);
  const initialGzip = js.filter((j) => initial.has(j.file.split('\\').join('/'))).reduce((a, j) => a + j.gzip, 0);
  const k = (n) => Math.round((n / KB) * 10) / 10;
  const gz = new Map(js.map((j) => [j.file.split('\\').join('/'), j.gzip]));
  const title = titleJs(root, (f) => gz.get(f) ?? 0);
  return {
    status: 'ok',
    jsRawKB: k(acc.jsRaw), jsGzipKB: k(acc.jsGzip), jsInitialGzipKB: k(initialGzip),
    jsTitleGzipKB: title ? k(title.gzip) : null, jsTitleLanguageGzipKB: title ? k(title.languageGzip) : null,
    cssRawKB: k(acc.cssRaw), cssGzipKB: k(acc.cssGzip),
    fontsKB: k(acc.fonts), fontFiles: acc.fontFiles,
    otherKB: k(acc.other),
    totalRawKB: k(acc.jsRaw + acc.cssRaw + acc.fonts + acc.other),
    totalTransferKB: k(acc.jsGzip + acc.cssGzip + acc.fonts + acc.otherGzip),
    files: acc.files,
    jsFiles: js.map((j) => ({ file: j.file, rawKB: k(j.raw), gzipKB: k(j.gzip) })),
  };
}
