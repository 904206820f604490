// Imported first by main.ts: starts what the title will wait for while the rest of the renderer's modules are
// still being evaluated (issue 15): the bundled font's Latin glyphs (also preloaded by index.html). The title's
// texts come with its first download (title-texts.ts); the whole language is fetched once the title is up, so it
// does not compete with the title for the network and the processor.
for (const weight of ['400', '700']) document.fonts?.load(`${weight} 16px "Noto Sans SC"`, 'Aa').catch(() => undefined);
