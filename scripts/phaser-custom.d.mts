import type { Plugin } from 'vite';
export declare const PHASER_FLAGS: Record<string, boolean>;
export declare function phaserCustomBuild(): Plugin;
export declare const PHASER_STUBS: Record<string, string>;
