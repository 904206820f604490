// A `window.irb` stand-in for running the desktop app's screens in Chromium: every IrbApi method the page calls
// is forwarded through page.exposeBinding to the REAL main-process handlers (app/main/ipc-handlers.ts) running in
// the test's Node process, over a real createClassDesktop (class host and student link), real settings and save
// stores in a temporary folder. Events from main (dashboard, host-stopped, link) are pushed back with
// page.evaluate, as webContents.send would. Only Electron itself is stood in for: the sender check (this page is
// the app's page), keeping the computer awake and the save dialog.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createClassDesktop, type ClassDesktop } from '../../../app/main/class-desktop';
import { createIpcHandlers } from '../../../app/main/ipc-handlers';
import { createSaveStore } from '../../../app/main/save-store';
import { createSettingsStore } from '../../../app/main/settings-store';
import type { Found } from '../../../app/class-host/discovery';
import { IPC_CHANNELS, type ClassEvent, type IrbMethod } from '../../../app/shared/ipc';

export interface DesktopStandIn {
  desktop: ClassDesktop;
  /** What the save dialog was asked to write: suggested name, extension, text. */
  saved: { name: string; ext: string; text: string }[];
  /** Times the computer was kept awake / let sleep again. */
  awake: { started: number; stopped: number };
  /** Every IPC call the page made, by method. */
  calls: string[];
}

/**
 * Installs the stand-in on a page before it loads. `dataDir` is this "computer's" app data folder; `settings` are
 * written there first (language, reduced motion...); `find` stands in for discovery on the network.
 */
export async function installDesktop(
  page: Page,
  opts: { dataDir: string; settings: Record<string, unknown>; find?: (code: string) => Promise<Found[]> },
): Promise<DesktopStandIn> {
  mkdirSync(opts.dataDir, { recursive: true });
  writeFileSync(join(opts.dataDir, 'settings.json'), JSON.stringify(opts.settings));
  const saved: DesktopStandIn['saved'] = [];
  const awake = { started: 0, stopped: 0 };
  const calls: string[] = [];
  const emit = (event: ClassEvent) => {
    if (page.isClosed()) return;
    page.evaluate((e) => (window as unknown as { __irbEmit?: (e: unknown) => void }).__irbEmit?.(e), event).catch(() => undefined);
  };
  const desktop = createClassDesktop({
    dataDir: join(opts.dataDir, 'class'), webDir: null, emit,
    keepAwake: { start: () => ++awake.started, stop: () => { awake.stopped++; } },
    saveText: async (name, ext, text) => { saved.push({ name, ext, text }); return { saved: true, path: join(opts.dataDir, `${name}.${ext}`) }; },
    bind: '127.0.0.1', discovery: false, dashboardEveryMs: 50,
    find: opts.find ?? (async () => []),
  });
  const handlers = createIpcHandlers<null>({
    isTrustedSender: () => true,
    settings: createSettingsStore({ file: join(opts.dataDir, 'settings.json') }),
    saves: createSaveStore(join(opts.dataDir, 'saves')),
    exportFile: async () => ({ saved: false }),
    platformInfo: () => ({ isElectron: true, version: '0.0.0-test', electron: 'stand-in', platform: process.platform }),
    classDesktop: desktop,
  });
  await page.exposeBinding('__irbCall', async (_source, method: string, args: unknown[]) => {
    if (!(method in IPC_CHANNELS)) throw new Error(`not an IrbApi method: ${method}`);
    calls.push(method);
    const run = handlers[method as IrbMethod] as (event: null, ...a: unknown[]) => Promise<unknown>;
    return run(null, ...args);
  });
  await page.addInitScript((methods: string[]) => {
    const w = window as unknown as Record<string, unknown> & { __irbCall: (m: string, a: unknown[]) => Promise<unknown> };
    const listeners = new Set<(e: unknown) => void>();
    const irb: Record<string, unknown> = {
      onClassEvent: (fn: (e: unknown) => void) => { listeners.add(fn); return () => { listeners.delete(fn); }; },
    };
    for (const m of methods) irb[m] = (...args: unknown[]) => w.__irbCall(m, args);
    w.irb = Object.freeze(irb);
    w.__irbEmit = (e: unknown) => { for (const fn of [...listeners]) fn(e); };
  }, Object.keys(IPC_CHANNELS));
  return { desktop, saved, awake, calls };
}
