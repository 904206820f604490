// The host's atomic snapshot: the durable state after event n, written to a temporary file, fsynced and renamed,
// so a restart reads either the old or the new snapshot whole and replays the log's tail after it.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { durableState } from './reducer';
import type { HostState } from './reducer';

export const SNAPSHOT_FILE = 'snapshot.json';

export interface Snapshot {
  kind: 'irb-class-host-snapshot';
  version: 1;
  /** Events of the log already folded into `state`. */
  events: number;
  state: HostState;
}

export function writeSnapshot(dir: string, state: HostState, events: number): void {
  const snap: Snapshot = { kind: 'irb-class-host-snapshot', version: 1, events, state: durableState(state) };
  const tmp = join(dir, `${SNAPSHOT_FILE}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, JSON.stringify(snap));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, join(dir, SNAPSHOT_FILE));
  try {
    const dfd = openSync(dir, 'r');
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    /* some platforms cannot fsync a directory */
  }
}

/** The last snapshot, or null when there is none or it cannot be read (then the whole log is replayed). */
export function readSnapshot(dir: string): Snapshot | null {
  const path = join(dir, SNAPSHOT_FILE);
  if (!existsSync(path)) return null;
  try {
    const s = JSON.parse(readFileSync(path, 'utf8')) as Snapshot;
    return s.kind === 'irb-class-host-snapshot' && s.version === 1 && typeof s.events === 'number' ? s : null;
  } catch {
    return null;
  }
}
