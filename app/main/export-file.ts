// Exports a file the player asked for: asks where to save it (native dialog), then writes the JSON the
// renderer sent or a PDF printed from the calling window. Electron calls are passed in, so this is testable.
import { join } from 'node:path';
import type { ExportOutcome, ExportRequest, PdfPageSize } from '../shared/ipc';
import { writeFileAtomic } from './atomic-write';
import { MainError } from './errors';
import { exportFileName, withExportExtension, type ExportKind } from './export-naming';

export interface ExportDeps {
  /** Folder the dialog opens in (the user's documents). */
  defaultDir: string;
  /** Shows the save dialog; resolves to the chosen path, or undefined when cancelled. */
  chooseSavePath(defaultPath: string, kind: ExportKind): Promise<string | undefined>;
  /** Prints the calling window (webContents.printToPDF with printBackground). */
  printToPdf(pageSize: PdfPageSize): Promise<Uint8Array>;
  writeFile?: (path: string, data: string | Uint8Array) => Promise<void>;
}

export async function exportFile(request: ExportRequest, deps: ExportDeps): Promise<ExportOutcome> {
  const chosen = await deps.chooseSavePath(join(deps.defaultDir, exportFileName(request.suggestedName, request.kind)), request.kind);
  if (!chosen) return { saved: false };
  const path = withExportExtension(chosen, request.kind);
  let data: string | Uint8Array;
  if (request.kind === 'json') {
    data = request.data;
  } else {
    try {
      data = await deps.printToPdf(request.pageSize ?? 'A4');
    } catch (err) {
      throw new MainError('export-failed', `printing to PDF failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  try {
    await (deps.writeFile ?? writeFileAtomic)(path, data);
  } catch (err) {
    throw new MainError('export-failed', `could not write ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { saved: true, path };
}
