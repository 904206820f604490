// Electron main-process entry: one instance, hardened session, IPC handlers, one window. The logic lives
// in plain modules beside this file (tested without Electron); this file only wires them to Electron.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, powerSaveBlocker, protocol, session, type IpcMainInvokeEvent } from 'electron';
import { appFiles } from './app-files';
import { removeOrphanTempFiles, writeFileAtomic } from './atomic-write';
import { createClassDesktop, type ClassDesktop } from './class-desktop';
import { exportFile } from './export-file';
import { createIpcHandlers } from './ipc-handlers';
import { checkSaveForStore } from './save-check';
import { createSaveStore } from './save-store';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolHandler } from './security/app-protocol';
import { withContentSecurityPolicy } from './security/csp';
import { isTrustedSender } from './security/ipc-sender';
import { denyPermissionCheck, denyPermissionRequest } from './security/permissions';
import { isAllowedRequestUrl } from './security/remote-content';
import { blockWebviewAttach } from './security/webview';
import { createSettingsStore } from './settings-store';
import { stringsFor } from './strings';
import { CLASS_EVENT_CHANNEL, IPC_CHANNELS, type IrbMethod } from '../shared/ipc';
import { createMainWindow, guardContents } from './window';

const files = appFiles(__dirname);
const documentOptions = { caseInsensitive: process.platform === 'win32' };
const log = (message: string) => console.warn(`[main] ${message}`);
let classDesktop: ClassDesktop | null = null;

// Checklist #4: every renderer sandboxed, whatever a window's own preferences say.
app.enableSandbox();
// Checklist #18: the page comes from app://, registered as standard and secure before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', blockWebviewAttach);
    guardContents(contents, files.indexUrl, documentOptions);
  });
  app.on('window-all-closed', () => app.quit());
  // A hosted class stops cleanly (snapshot written, sockets closed, mDNS withdrawn) before the app goes.
  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !classDesktop) return;
    quitting = true;
    event.preventDefault();
    void classDesktop
      .dispose()
      .catch((err: unknown) => log(`class mode did not stop cleanly: ${String(err)}`))
      .finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      console.error(err);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  hardenSession();
  // The game has its own in-page controls; a native menu would only add untranslated labels. macOS keeps
  // the standard app/edit/window menus (built from roles) so Cmd+Q and copy/paste behave as expected.
  Menu.setApplicationMenu(
    process.platform === 'darwin' ? Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]) : null,
  );

  const userData = app.getPath('userData');
  const settings = createSettingsStore({
    file: files.userDataSettings(userData),
    onCorrupt: (keptAs, reason) => log(`settings file unreadable (${reason}); kept as ${keptAs}, using defaults`),
  });
  const saves = createSaveStore(files.userDataSaves(userData), { check: checkSaveForStore });
  // A writer killed mid-save (power cut, task manager) leaves a temporary file; nothing else uses them now.
  const orphans = [...(await saves.removeOrphans().catch(() => [])), ...(await removeOrphanTempFiles(userData).catch(() => []))];
  if (orphans.length) log(`removed ${orphans.length} temporary file(s) left by an interrupted write`);

  classDesktop = createClassDesktop({
    dataDir: join(userData, 'class'),
    webDir: files.rendererDir,
    // Class events go to the app's own window only (the one page that can hold the bridge).
    emit: (event) => {
      for (const win of BrowserWindow.getAllWindows()) if (!win.isDestroyed()) win.webContents.send(CLASS_EVENT_CHANNEL, event);
    },
    // The host must not vanish because the teacher's laptop went to sleep mid-lesson.
    keepAwake: { start: () => powerSaveBlocker.start('prevent-app-suspension'), stop: (id) => powerSaveBlocker.stop(id) },
    saveText: async (suggestedName, ext, text) => {
      const strings = stringsFor(await settings.get(), app.getPreferredSystemLanguages());
      const parent = BrowserWindow.getAllWindows()[0];
      const options: Electron.SaveDialogOptions = {
        title: strings.exportDialogTitle,
        defaultPath: join(app.getPath('documents'), `${suggestedName}.${ext}`),
        filters: [ext === 'json' ? { name: strings.jsonFilter, extensions: ['json'] } : { name: strings.csvFilter, extensions: ['csv'] }],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      await writeFileAtomic(result.filePath, text);
      return { saved: true, path: result.filePath };
    },
    log,
  });

  const handlers = createIpcHandlers<IpcMainInvokeEvent>({
    classDesktop,
    isTrustedSender: (event) => isTrustedSender(event.senderFrame, files.indexUrl, documentOptions),
    settings,
    saves,
    platformInfo: () => ({
      isElectron: true,
      version: app.getVersion(),
      electron: process.versions.electron ?? '',
      platform: process.platform,
    }),
    exportFile: async (request, event) => {
      const text = stringsFor(await settings.get(), app.getPreferredSystemLanguages());
      const parent = BrowserWindow.fromWebContents(event.sender);
      return exportFile(request, {
        defaultDir: app.getPath('documents'),
        chooseSavePath: async (defaultPath, kind) => {
          const options: Electron.SaveDialogOptions = {
            title: text.exportDialogTitle,
            defaultPath,
            filters: [kind === 'pdf' ? { name: text.pdfFilter, extensions: ['pdf'] } : { name: text.jsonFilter, extensions: ['json'] }],
            properties: ['showOverwriteConfirmation', 'createDirectory'],
          };
          const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
          return result.canceled ? undefined : result.filePath;
        },
        printToPdf: (pageSize) => event.sender.printToPDF({ pageSize, printBackground: true }),
      });
    },
    log,
  });
  for (const method of Object.keys(IPC_CHANNELS) as IrbMethod[]) {
    ipcMain.handle(IPC_CHANNELS[method], handlers[method]);
  }

  await createMainWindow({ files, devTools: !app.isPackaged, documentOptions });
}

function hardenSession(): void {
  const ses = session.defaultSession;
  // Checklist #18: app:// answers with the built renderer's files only (see security/app-protocol.ts).
  ses.protocol.handle(APP_SCHEME, appProtocolHandler(files.rendererDir));
  // Checklist #5: no permission is ever granted.
  ses.setPermissionRequestHandler(denyPermissionRequest);
  ses.setPermissionCheckHandler(denyPermissionCheck);
  // Checklist #1: nothing is fetched from the network.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) log(`blocked request to ${details.url}`);
    callback({ cancel: !allowed });
  });
  // Checklist #7: the CSP as a header too (the app:// handler sets it as well, and index.html repeats it as a <meta>).
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.url, details.responseHeaders) });
  });
}
