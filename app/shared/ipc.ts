// The IPC contract between the renderer (through the preload's window.irb) and the main process.
// Channel names, argument and return types live here so both sides are checked against one definition.
import type { ClassTick } from '../sim/index';
import type { DashboardView } from './class-dashboard';
import type { Choice, HostCommand, RejectReason, RoundChoice, ServerFrame, WelcomeFrame } from './class-protocol';
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
  /** A finer reason the page explains in its own words (only where one call can fail in distinct ways). */
  reason?: IpcErrorReason;
}

/** `peer-not-allowed`: a class address that is not on the school network (not private, link-local or loopback). */
export type IpcErrorReason = 'peer-not-allowed';

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

/** Starting a class host in the desktop app (all optional: a preset's defaults, a fresh code, the usual port). */
export interface ClassHostStartRequest {
  preset?: string;
  /** A class code given again resumes that class from its state folder (same code, same seats). */
  code?: string;
  port?: number;
}

export interface ClassHostInfo {
  code: string;
  port: number;
  /** The address students type (and the QR code shows). */
  url: string;
  addresses: string[];
  resumed: boolean;
}

/** A class this computer hosted before (a state folder under the app's data folder), for "Resume class". */
export interface SavedClassInfo {
  code: string;
  scenarioId: string;
  /** Rounds resolved so far, and the class's length. */
  roundsPlayed: number;
  rounds: number;
  /** Seats taken (returning students keep theirs). */
  seats: number;
  /** The port it last listened on (resuming uses it again), when known. */
  port: number | null;
  ended: boolean;
  /** Whether this class is the one being hosted now. */
  running: boolean;
  /** Last change to the class's state, ISO 8601. */
  lastChange: string;
}

/** A class host found on the network by its code (mDNS or the broadcast probe); found is not yet reachable. */
export interface ClassFound {
  address: string;
  port: number;
  via: 'mdns' | 'broadcast';
}

export type ClassExportKind = 'session' | 'students' | 'rounds';

/** The desktop student's link: where the teacher's host is (an IP address, optionally with :port) and who joins. */
export interface ClassJoinRequest {
  address: string;
  code: string;
  nick: string;
  scenarioId: string;
}

export interface ClassSubmitRequest {
  choice: Choice;
  predict?: { entrants: number; beatAverage: boolean };
}

/** What the student's client in main tells the page (the same events the browser's ClassClient gives). */
export type ClassLinkEvent =
  | { t: 'status'; status: 'connecting' | 'seated' | 'offline' | 'stopped' }
  | { t: 'welcome'; welcome: WelcomeFrame }
  | { t: 'phase'; phase: Extract<ServerFrame, { t: 'phase' }> }
  | { t: 'ack'; round: number; seq: number }
  | { t: 'tick'; tick: ClassTick; mine: RoundChoice | null; info: { ok: boolean; latencyMs: number | null; live: boolean } }
  | { t: 'reject'; reason: RejectReason; detail: { hostVersion?: string; hostScenario?: string } };

/** Pushed from main to the app's window: the teacher's dashboard, the host stopping, the student's link. */
export type ClassEvent =
  | { kind: 'dashboard'; view: DashboardView }
  | { kind: 'host-stopped' }
  | { kind: 'link'; event: ClassLinkEvent };

/** The one main-to-page channel (events only; the page cannot send on it). */
export const CLASS_EVENT_CHANNEL = 'irb:class:event';

/** The invoke half of `window.irb`: one function per capability, each answered with an IpcResult. */
export interface IrbInvokeApi {
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
  /** Hosts a class from this computer (the host runs in the main process and keeps the computer awake). */
  classHostStart(request: ClassHostStartRequest): Promise<IpcResult<ClassHostInfo>>;
  /** A teacher command (open, close, pause, lock, kick, autopilot, mode, codeCounts, end). */
  classHostCommand(command: HostCommand): Promise<IpcResult<{ applied: boolean }>>;
  /** Stops hosting (state is kept: starting again with the same code resumes). Returns whether a host ran. */
  classHostStop(): Promise<IpcResult<boolean>>;
  /** Saves the session file or a CSV through the save dialog. */
  classHostExport(kind: ClassExportKind): Promise<IpcResult<ExportOutcome>>;
  /** The classes this computer hosted before, newest change first (for "Resume class"). */
  classHostSaved(): Promise<IpcResult<SavedClassInfo[]>>;
  /** Looks for the teacher's host by class code on the school network for about 5 s (mDNS, then a UDP probe). */
  classDiscover(code: string): Promise<IpcResult<ClassFound[]>>;
  classLinkJoin(request: ClassJoinRequest): Promise<IpcResult<true>>;
  /** False when no round is open. */
  classLinkSubmit(request: ClassSubmitRequest): Promise<IpcResult<boolean>>;
  classLinkLeave(): Promise<IpcResult<boolean>>;
}

/** What the preload exposes as `window.irb`: one function per capability, nothing else. */
export interface IrbApi extends IrbInvokeApi {
  /** Listens to class events from main; returns the function that stops listening. */
  onClassEvent(listener: (event: ClassEvent) => void): () => void;
}

export type IrbMethod = keyof IrbInvokeApi;

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
  classHostStart: 'irb:class:host-start',
  classHostCommand: 'irb:class:host-command',
  classHostStop: 'irb:class:host-stop',
  classHostExport: 'irb:class:host-export',
  classHostSaved: 'irb:class:host-saved',
  classDiscover: 'irb:class:discover',
  classLinkJoin: 'irb:class:link-join',
  classLinkSubmit: 'irb:class:link-submit',
  classLinkLeave: 'irb:class:link-leave',
} as const satisfies Record<IrbMethod, string>;

export type IpcChannel = (typeof IPC_CHANNELS)[IrbMethod];
