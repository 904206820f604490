// Exports a file the player asked for: asks where to save it (native dialog), then writes the JSON the
// renderer sent or a PDF printed from the calling window. Electron calls are passed in, so this is testable.
import { access } from 'node:fs/promises';
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
  exists?: (path: string) => Promise<boolean>;
}

const fileExists = (path: string) => access(path).then(() => true, () => false);

/**
 * Asks where to save. A name typed without the extension gets it added, and if a file of that name
 * already exists the dialog opens again on it, so its own overwrite question is asked for the real name.
 */
async function choosePath(request: ExportRequest, deps: ExportDeps): Promise<string | undefined> {
  let suggestion = join(deps.defaultDir, exportFileName(request.suggestedName, request.kind));
  for (let attempt = 0; attempt < 3; attempt++) {
    const chosen = await deps.chooseSavePath(suggestion, request.kind);
    if (!chosen) return undefined;
    const path = withExportExtension(chosen, request.kind);
    if (path === chosen || !(await (deps.exists ?? fileExists)(path))) return path;
    suggestion = path;
  }
  return undefined;
}

export async function exportFile(request: ExportRequest, deps: ExportDeps): Promise<ExportOutcome> {
  const path = await choosePath(request, deps);
  if (!path) return { saved: false };
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
