// Where the built app's files are, relative to the bundled main script (dist/main/main.cjs). Works the
// same from the project folder and from inside a packaged app.asar. The page itself is served as
// app://game/index.html from rendererDir (security/app-protocol.ts), never from file://.
import { join } from 'node:path';
import { APP_INDEX_URL } from './security/app-protocol';

export interface AppFiles {
  indexHtml: string;
  /** The folder app:// serves, and nothing outside it. */
  rendererDir: string;
  /** app:// URL of index.html: the only page the window may show and the only IPC sender answered. */
  indexUrl: string;
  preload: string;
  userDataSaves(userData: string): string;
  userDataSettings(userData: string): string;
}

export function appFiles(mainDir: string): AppFiles {
  const rendererDir = join(mainDir, '..', 'renderer');
  return {
    indexHtml: join(rendererDir, 'index.html'),
    rendererDir,
    indexUrl: APP_INDEX_URL,
    preload: join(mainDir, '..', 'preload', 'preload.cjs'),
    userDataSaves: (userData) => join(userData, 'saves'),
    userDataSettings: (userData) => join(userData, 'settings.json'),
  };
}
