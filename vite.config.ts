// Builds the renderer (Phaser world + HTML panels) into dist/renderer with a relative base,
// so the same bundle loads from file:// in Electron and from a local static server in the browser.
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { fontSubsetPlugin, leadingFaceFile } from './scripts/fonts/subset.mjs';
import { phaserCustomBuild } from './scripts/phaser-custom.mjs';
import { LOCALE_ENDONYMS } from './app/shared/locales.ts';
import { TITLE_SCREEN_KEYS } from './app/renderer/title-keys.ts';

const root = fileURLToPath(new URL('./app/renderer', import.meta.url));

/**
 * The title waits for the bundled font's glyphs before it draws (no jump from a fallback font): preloading the
 * font's `first` face of each weight (scripts/fonts/subset.mjs: Latin, symbols, "简体中文") from the game's page
 * starts them with its scripts instead of after them (issue 15).
 */
function preloadTitleFonts(): Plugin {
  const names = [400, 700].map((w) => leadingFaceFile(w, 'first').replace(/\.woff2$/, '-'));
  return {
    name: 'irb-preload-title-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/index\.html$/.test(ctx.filename)) return html;
        const fonts = Object.values(ctx.bundle).map((out) => out.fileName).filter((f) => names.some((n) => f.split('/').pop()!.startsWith(n)));
        return { html, tags: fonts.map((f) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${f}` }, injectTo: 'head' as const })) };
      },
    },
  };
}

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  plugins: [phaserCustomBuild(), fontSubsetPlugin({
    root: fileURLToPath(new URL('.', import.meta.url)),
    // Leading faces (scripts/fonts/subset.mjs): one per weight for what the title draws first in any language
    // (all of English's Latin side, and the language switch, which names each language in itself, so "简体中文"
    // is on every title), and one per weight for the Chinese title's own words.
    leading: { latinLangs: ['en'], alwaysChars: Object.values(LOCALE_ENDONYMS).join(''), titleLangs: ['zh-CN'], titleKeys: TITLE_SCREEN_KEYS },
  }), preloadTitleFonts()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Every asset stays a file: a CSP with font-src 'self' blocks data: fonts, and Phaser's loader
    // mis-reads inlined SVG data: URIs.
    assetsInlineLimit: 0,
    // No source maps in what gets packaged (they would ship the sources inside app.asar).
    sourcemap: false,
    // Which chunk is which (the entry, the language chunks): the size test and the benchmark read it.
    manifest: true,
    // Chromium and Electron preload modules natively: no polyfill chunk (one request less on the join page).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The game (index.html) and the page students open from the class host (join.html, issue 15).
      input: { index: fileURLToPath(new URL('./app/renderer/index.html', import.meta.url)), join: fileURLToPath(new URL('./app/renderer/join.html', import.meta.url)) },
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            // The report's worker runs the build's own chunk of report/worker.ts (figures-client.ts), so what it
            // imports must be chunks without a page's side effects: the lives and the simulation, never the
            // report screen's chunk (where lives.ts would land by default).
            { name: 'report-lives', test: /app[\\/]renderer[\\/]report[\\/]lives\.ts$/ },
            // The title's texts beyond the join page's (title-texts.ts): its own chunk, never the title's entry
            // chunk, which the language chunks would then import (and the join page run a second game).
            // With the title's own modules, which the join page does not load: one file instead of four.
            { name: 'title', test: /locales[\\/][^\\/]+[\\/]classroom\.json$|app[\\/]renderer[\\/](title-texts|flow|world|town-start|early|platform[\\/]renderer-choice|game[\\/]autosave-slot|ui[\\/](title-screen|about-screen|settings-screen|language-switch))\.ts$/ },
            // What both pages run first, in one file (issue 15). A browser opens only 6 connections to one HTTP/1.1
            // host, and the title's scripts, style sheets and fonts are more than that: each file less on the first
            // round trip starts the title sooner on the teacher's laptop and on a student's browser alike. In it:
            // the boot modules (texts, settings, screens, store, i18next) and the join
            // page's own screen, link and texts (both languages; the language chunks import these namespaces
            // from here), which the join page (join.html) on a slow classroom Wi-Fi needs before anything else.
            { name: 'boot', test: /app[\\/]renderer[\\/](i18n|settings|typography|boot-failed|platform[\\/](store|tab-lock|electron-store)|ui[\\/](dom|screens|announce))\.ts$|app[\\/]shared[\\/](locales|settings)\.ts$|node_modules[\\/]i18next[\\/]|locales[\\/][^\\/]+[\\/]saves\.json$|preload-helper|locales[\\/][^\\/]+[\\/](common|class|loading)\.json$|app[\\/]renderer[\\/](class[\\/](join-screen|class-link)|join-page)\.ts$|app[\\/]shared[\\/](market-code|class-nick|class-constants)\.ts$/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: [fileURLToPath(new URL('.', import.meta.url))] } },
  preview: { host: '127.0.0.1', port: 4173 },
  worker: { format: 'es' },
});
