// The texts the title screen draws (ui/title-screen.ts, ui/language-switch.ts), as "namespace:key" prefixes: a
// key naming an object stands for every string under it. The build cuts the Chinese characters of these texts
// into a font face of their own (scripts/fonts/subset.mjs, vite.config.ts), so the Chinese title waits for one
// font file per weight instead of one per character slice (issue 15). tests/unit/build/font-subset.test.ts
// checks that every key the title screen uses is covered here.
export const TITLE_SCREEN_KEYS = ['common:appTitle', 'common:appSubtitle', 'common:menu', 'common:language', 'classroom:menu', 'class:menu'] as const;
