// Declares the preload's bridge for renderer code. It is optional: the browser build has no preload,
// so renderer code must check `window.irb` before using it.
import type { IrbApi } from './ipc';

declare global {
  interface Window {
    irb?: IrbApi;
  }
}

export {};
