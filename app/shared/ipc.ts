// The IPC contract between the renderer (through the preload's window.irb) and the main process.
// Channel names, argument and return types live here so both sides are checked against one definition.
import type { Settings } from './settings';

/** Why a call failed. Stable codes: the renderer maps them to localized text; `message` is developer detail. */
export type IpcErrorCode =
  | 'bad-request' // arguments failed validation
  | 'forbidden' // the caller is not the app's own page
  | 'save-corrupt' // the save file was unreadable; it has been moved aside, not deleted
  | 'save-newer' // the save comes from a newer version of the game; left unchanged (a write moves it aside)
  | 'io-error' // the disk said no (permissions, full disk...)
  | 'export-failed' // printing or writing an export failed
  | 'internal'; // a bug in the main process

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Slot ids are file names: 1-32 lower-case letters, digits or inner hyphens ("autosave", "slot-2"). */
export const SAVE_SLOT_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;
/** Upper bound for a save or JSON export, in UTF-8 bytes. A whole game's history is far below this. */
export const MAX_JSON_BYTES = 8 * 1024 * 1024;

export interface SaveInfo {
  slot: string;
  /** Last write, ISO 8601. */
  modifiedAt: string;
  bytes: number;
}

export type PdfPageSize = 'A4' | 'Letter';

export type ExportRequest =
  | { kind: 'json'; suggestedName: string; data: string }
  /** Prints the calling window as it is now (e.g. the results report laid out for print). */
  | { kind: 'pdf'; suggestedName: string; pageSize?: PdfPageSize };

/** `saved: false` means the player cancelled the save dialog, which is not an error. */
export type ExportOutcome = { saved: true; path: string } | { saved: false };

export interface PlatformInfo {
  isElectron: true;
  /** The game's version (package.json). */
  version: string;
  electron: string;
  platform: string;
}

/** What the preload exposes as `window.irb`: one function per capability, nothing else. */
export interface IrbApi {
  getSettings(): Promise<IpcResult<Settings>>;
  /** Merges the given fields into the stored settings and returns the result. */
  setSettings(patch: Partial<Settings>): Promise<IpcResult<Settings>>;
  /** The slot's JSON text, or null when the slot is empty. */
  loadSave(slot: string): Promise<IpcResult<string | null>>;
  writeSave(slot: string, json: string): Promise<IpcResult<SaveInfo>>;
  listSaves(): Promise<IpcResult<SaveInfo[]>>;
  /** Moves a save the game cannot use aside (kept as <slot>.corrupt-<n>.json); returns whether there was one. */
  quarantineSave(slot: string): Promise<IpcResult<boolean>>;
  exportFile(request: ExportRequest): Promise<IpcResult<ExportOutcome>>;
  getPlatformInfo(): Promise<IpcResult<PlatformInfo>>;
}

export type IrbMethod = keyof IrbApi;

/** One invoke channel per method of IrbApi. */
export const IPC_CHANNELS = {
  getSettings: 'irb:settings:get',
  setSettings: 'irb:settings:set',
  loadSave: 'irb:saves:load',
  writeSave: 'irb:saves:write',
  listSaves: 'irb:saves:list',
  quarantineSave: 'irb:saves:quarantine',
  exportFile: 'irb:export:file',
  getPlatformInfo: 'irb:platform:info',
} as const satisfies Record<IrbMethod, string>;

export type IpcChannel = (typeof IPC_CHANNELS)[IrbMethod];
