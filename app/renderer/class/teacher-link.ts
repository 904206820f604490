// Where the teacher's dashboard gets its view and sends its commands: the /teacher socket of a host started from
// the command line (a browser on the host computer, with the token it printed), or the host running in the desktop
// app's main process (window.irb: dashboard events in, commands and exports through IPC). The dashboard draws the
// same screen for both.
import type { DashboardView, TeacherFrame, TeacherRequest } from '../../shared/class-dashboard';
import type { HostCommand } from '../../shared/class-protocol';
import type { ClassExportKind, ClassHostInfo, IrbApi } from '../../shared/ipc';
import { parseClassSession } from '../../shared/class-session';
import { roundsCsv, studentsCsv } from '../../shared/class-exports';
import { downloadText } from '../platform/download';

export interface TeacherLinkEvents {
  view(view: DashboardView): void;
  /** The connection to the host was lost (the CLI host crashed or stopped). */
  lost(): void;
  /** The host in this app stopped (the teacher stopped it). */
  stopped(): void;
  /** A command or export failed; the key of the text to show. */
  problem(key: string): void;
}

export type ExportResult = 'saved' | 'cancelled' | 'failed';

export interface TeacherLink {
  kind: 'ws' | 'ipc';
  start(events: TeacherLinkEvents): void;
  command(command: HostCommand): void;
  exportFile(kind: ClassExportKind): Promise<ExportResult>;
  /** Every address students can type (desktop host: one per network interface), with the port. */
  addresses(): string[];
  /** Stops hosting (only a host this app runs can be stopped from its dashboard). */
  stop: (() => Promise<boolean>) | null;
  dispose(): void;
}

/** The dashboard of a command-line host, opened from its loopback link with the teacher token. */
export function wsTeacherLink(token: string): TeacherLink {
  let ws: WebSocket | null = null;
  let ev: TeacherLinkEvents | null = null;
  let wantSession: ((text: string) => void) | null = null;
  let code = 'class';
  let url: string | null = null;
  const send = (r: TeacherRequest) => { if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(r)); };
  return {
    kind: 'ws',
    start: (events) => {
      ev = events;
      ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/teacher?token=${encodeURIComponent(token)}`);
      ws.onmessage = (e) => {
        let f: TeacherFrame;
        try { f = JSON.parse(String(e.data)) as TeacherFrame; } catch { return; }
        if (f.t === 'view') {
          code = f.view.code.replace('-', '');
          url = f.view.url;
          ev?.view(f.view);
        } else if (f.t === 'session' && wantSession) {
          wantSession(f.text);
          wantSession = null;
        }
      };
      ws.onclose = () => ev?.lost();
    },
    command: (command) => send(command),
    exportFile: (kind) => new Promise<ExportResult>((resolve) => {
      wantSession = (text) => {
        const p = parseClassSession(text);
        if (!p.ok) { resolve('failed'); return; }
        if (kind === 'students') downloadText(`students-${code}.csv`, studentsCsv(p.session), 'text/csv;charset=utf-8');
        else if (kind === 'rounds') downloadText(`rounds-${code}.csv`, roundsCsv(p.session), 'text/csv;charset=utf-8');
        else downloadText(`class-session-${code}.json`, text, 'application/json');
        resolve('saved');
      };
      send({ cmd: 'session' });
    }),
    addresses: () => (url ? [url.replace(/^https?:\/\//, '').replace(/\/.*$/, '')] : []),
    stop: null,
    dispose: () => { ev = null; ws?.close(); },
  };
}

/**
 * The dashboard of the host this desktop app runs. Listening starts at once, so the view main pushes when
 * hosting starts is not missed; the last view is kept for the dashboard to draw first.
 */
export function ipcTeacherLink(irb: IrbApi, info: () => ClassHostInfo | null): TeacherLink {
  let ev: TeacherLinkEvents | null = null;
  let last: DashboardView | null = null;
  let off: (() => void) | null = irb.onClassEvent((e) => {
    if (e.kind === 'dashboard') { last = e.view; ev?.view(e.view); } else if (e.kind === 'host-stopped') ev?.stopped();
  });
  return {
    kind: 'ipc',
    start: (events) => {
      ev = events;
      if (last) events.view(last);
    },
    command: (command) => {
      void irb.classHostCommand(command).then((r) => { if (!r.ok) ev?.problem('classdesk:dash.commandFailed'); });
    },
    exportFile: async (kind) => {
      const r = await irb.classHostExport(kind);
      if (!r.ok) return 'failed';
      return r.value.saved ? 'saved' : 'cancelled';
    },
    addresses: () => {
      const i = info();
      return i ? i.addresses.map((a) => `${a.includes(':') ? `[${a}]` : a}:${i.port}`) : [];
    },
    stop: async () => {
      const r = await irb.classHostStop();
      if (!r.ok) { ev?.problem('classdesk:dash.stopFailed'); return false; }
      return true;
    },
    dispose: () => { ev = null; off?.(); off = null; },
  };
}
