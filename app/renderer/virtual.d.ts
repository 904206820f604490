// Modules that only exist at build time (made by Vite plugins).
declare module 'virtual:irb-fonts.css';
declare module 'fontverter' {
  export function convert(buffer: Uint8Array, toFormat: 'sfnt' | 'woff' | 'woff2' | 'truetype', fromFormat?: string): Promise<Buffer>;
}
/** Whether the custom Phaser build has its WebGL renderer (define set by scripts/phaser-custom.mjs). */
declare const __IRB_PHASER_WEBGL__: boolean;
