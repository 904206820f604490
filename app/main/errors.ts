// A failure the main process can explain to the renderer with a stable code (see IpcErrorCode).
import type { IpcError, IpcErrorCode, IpcErrorReason } from '../shared/ipc';

export class MainError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
    readonly reason?: IpcErrorReason,
  ) {
    super(message);
    this.name = 'MainError';
  }
}

/** Maps anything thrown by a handler to the error the renderer sees: file-system errors are io-error. */
export function toIpcError(err: unknown): IpcError {
  if (err instanceof MainError) return err.reason ? { code: err.code, message: err.message, reason: err.reason } : { code: err.code, message: err.message };
  if (err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string') {
    return { code: 'io-error', message: err.message };
  }
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}
