// The main-process side of the IPC contract: one handler per IrbApi method. Every handler first checks
// the sender (security checklist #17) and its arguments, and always answers with an IpcResult, never a throw.
import type { z } from 'zod';
import type { ExportOutcome, ExportRequest, IpcResult, IrbInvokeApi, IrbMethod, PlatformInfo } from '../shared/ipc';
import type { ClassDesktop } from './class-desktop';
import { toIpcError } from './errors';
import type { SaveStore } from './save-store';
import type { SettingsStore } from './settings-store';
import { argumentSchemas, describeIssues } from './validation';

export interface HandlerDeps<E> {
  isTrustedSender(event: E): boolean;
  settings: SettingsStore;
  saves: SaveStore;
  exportFile(request: ExportRequest, event: E): Promise<ExportOutcome>;
  platformInfo(): PlatformInfo;
  /** The class host and the student's link that run in main (teacher commands only from our own page). */
  classDesktop: ClassDesktop;
  /** Told about refused and failed calls (the main-process log). */
  log?(message: string): void;
}

type Resolved<K extends IrbMethod> = Awaited<ReturnType<IrbInvokeApi[K]>>;
export type IpcHandler<E, K extends IrbMethod> = (event: E, ...args: unknown[]) => Promise<Resolved<K>>;
export type IpcHandlers<E> = { [K in IrbMethod]: IpcHandler<E, K> };
type Arguments = { [K in IrbMethod]: z.output<(typeof argumentSchemas)[K]> };
type Value<K extends IrbMethod> = Extract<Resolved<K>, { ok: true }>['value'];

export function createIpcHandlers<E>(deps: HandlerDeps<E>): IpcHandlers<E> {
  function handler<K extends IrbMethod>(
    method: K,
    run: (args: Arguments[K], event: E) => Promise<Value<K>>,
  ): IpcHandler<E, K> {
    // Indexing by a generic key loses the link between schema and output type; this restores it.
    const schema = argumentSchemas[method] as unknown as z.ZodType<Arguments[K]>;
    const call = async (event: E, ...args: unknown[]): Promise<IpcResult<Value<K>>> => {
      if (!deps.isTrustedSender(event)) {
        deps.log?.(`refused ${method}: sender is not the app's own page`);
        return { ok: false, error: { code: 'forbidden', message: `${method} is only available to the game's own page` } };
      }
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        return { ok: false, error: { code: 'bad-request', message: `${method}: ${describeIssues(parsed.error)}` } };
      }
      try {
        return { ok: true, value: await run(parsed.data, event) };
      } catch (err) {
        const error = toIpcError(err);
        deps.log?.(`${method} failed (${error.code}): ${error.message}`);
        return { ok: false, error };
      }
    };
    // IpcResult<Value<K>> is exactly the method's declared result; TypeScript cannot see that for a generic K.
    return call as IpcHandler<E, K>;
  }

  return {
    getSettings: handler('getSettings', () => deps.settings.get()),
    setSettings: handler('setSettings', ([patch]) => deps.settings.update(patch)),
    loadSave: handler('loadSave', ([slot]) => deps.saves.load(slot)),
    writeSave: handler('writeSave', ([slot, json]) => deps.saves.write(slot, json)),
    listSaves: handler('listSaves', () => deps.saves.list()),
    quarantineSave: handler('quarantineSave', ([slot]) => deps.saves.quarantine(slot)),
    exportFile: handler('exportFile', ([request], event) => deps.exportFile(request, event)),
    getPlatformInfo: handler('getPlatformInfo', async () => deps.platformInfo()),
    classHostStart: handler('classHostStart', ([request]) => deps.classDesktop.startHost(request)),
    classHostCommand: handler('classHostCommand', async ([command]) => deps.classDesktop.command(command)),
    classHostStop: handler('classHostStop', () => deps.classDesktop.stopHost()),
    classHostExport: handler('classHostExport', ([kind]) => deps.classDesktop.exportHost(kind)),
    classHostSaved: handler('classHostSaved', async () => deps.classDesktop.savedClasses()),
    classDiscover: handler('classDiscover', ([code]) => deps.classDesktop.discover(code)),
    classLinkJoin: handler('classLinkJoin', async ([request]) => deps.classDesktop.join(request)),
    classLinkSubmit: handler('classLinkSubmit', async ([request]) => deps.classDesktop.submit(request)),
    classLinkLeave: handler('classLinkLeave', async () => deps.classDesktop.leave()),
  };
}
