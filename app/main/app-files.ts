// Where the built app's files are, relative to the bundled main script (dist/main/main.cjs). Works the
// same from the project folder and from inside a packaged app.asar.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface AppFiles {
  indexHtml: string;
  /** file:// URL of index.html: the only page the window may show and the only IPC sender answered. */
  indexUrl: string;
  preload: string;
  userDataSaves(userData: string): string;
  userDataSettings(userData: string): string;
}

export function appFiles(mainDir: string): AppFiles {
  const indexHtml = join(mainDir, '..', 'renderer', 'index.html');
  return {
    indexHtml,
    indexUrl: pathToFileURL(indexHtml).href,
    preload: join(mainDir, '..', 'preload', 'preload.cjs'),
    userDataSaves: (userData) => join(userData, 'saves'),
    userDataSettings: (userData) => join(userData, 'settings.json'),
  };
}
