// Creates the game window with every security rule attached (see ./security), and loads the built page.
import { BrowserWindow, type WebContents } from 'electron';
import type { AppFiles } from './app-files';
import { navigationGuard } from './security/navigation-guard';
import { secureWebPreferences } from './security/web-preferences';
import { denyWindowOpen } from './security/window-open';
import type { AppDocumentOptions } from './security/app-document';

export interface MainWindowOptions {
  files: AppFiles;
  devTools: boolean;
  documentOptions: AppDocumentOptions;
}

export async function createMainWindow({ files, devTools, documentOptions }: MainWindowOptions): Promise<BrowserWindow> {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#1b1b1f',
    webPreferences: secureWebPreferences(files.preload, devTools),
  });
  guardContents(win.webContents, files.indexUrl, documentOptions);
  win.once('ready-to-show', () => win.show());
  await win.loadURL(files.indexUrl); // app://game/index.html, never file://
  return win;
}

const guarded = new WeakSet<WebContents>();

/** Navigation and window-open rules for one WebContents (the window's, or any other created later); once each. */
export function guardContents(contents: WebContents, indexUrl: string, documentOptions: AppDocumentOptions): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const guard = navigationGuard(indexUrl, documentOptions);
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.setWindowOpenHandler(denyWindowOpen);
}
