// Exporting files: safe names on every OS, the extension kept, cancel is not an error, failures explained.
import { describe, expect, it, vi } from 'vitest';
import { exportFile, type ExportDeps } from '../../../app/main/export-file';
import { exportFileName, FALLBACK_EXPORT_NAME, withExportExtension } from '../../../app/main/export-naming';

describe('exportFileName', () => {
  it('keeps ordinary and Chinese names, adding the extension once', () => {
    expect(exportFileName('Week 12 report', 'pdf')).toBe('Week 12 report.pdf');
    expect(exportFileName('第12周报告', 'pdf')).toBe('第12周报告.pdf');
    expect(exportFileName('history.json', 'json')).toBe('history.json');
    expect(exportFileName('history.JSON', 'json')).toBe('history.json');
    expect(exportFileName('history.json', 'pdf')).toBe('history.json.pdf');
  });

  it('removes path separators and characters Windows forbids', () => {
    expect(exportFileName('../../etc/passwd', 'json')).toBe('etc-passwd.json');
    expect(exportFileName('C:\\Users\\x\\a', 'pdf')).toBe('C--Users-x-a.pdf');
    expect(exportFileName('a<b>c:d"e|f?g*h', 'pdf')).toBe('a-b-c-d-e-f-g-h.pdf');
    expect(exportFileName('tab\there\nnewline', 'pdf')).toBe('tab here newline.pdf');
  });

  it('never yields a hidden file, a trailing dot, a device name or an empty name', () => {
    expect(exportFileName('.bashrc', 'json')).toBe('bashrc.json');
    expect(exportFileName('report...', 'pdf')).toBe('report.pdf');
    expect(exportFileName('CON', 'json')).toBe('_CON.json');
    expect(exportFileName('lpt1.txt', 'json')).toBe('_lpt1.txt.json');
    expect(exportFileName('   ', 'pdf')).toBe(`${FALLBACK_EXPORT_NAME}.pdf`);
    expect(exportFileName('///', 'pdf')).toBe(`${FALLBACK_EXPORT_NAME}.pdf`);
  });

  it('bounds the length without splitting a character', () => {
    const name = exportFileName('😀'.repeat(150), 'pdf');
    expect(Array.from(name.slice(0, -4))).toHaveLength(100);
    expect(name.endsWith('😀.pdf')).toBe(true);
  });
});

describe('withExportExtension', () => {
  it('adds the extension only when missing', () => {
    expect(withExportExtension('/home/p/report', 'pdf')).toBe('/home/p/report.pdf');
    expect(withExportExtension('/home/p/report.PDF', 'pdf')).toBe('/home/p/report.PDF');
  });
});

function deps(overrides: Partial<ExportDeps> = {}): ExportDeps & { writeFile: ReturnType<typeof vi.fn> } {
  return {
    defaultDir: '/home/p/Documents',
    chooseSavePath: vi.fn(async (defaultPath: string) => defaultPath),
    printToPdf: vi.fn(async () => new Uint8Array([37, 80, 68, 70])),
    writeFile: vi.fn(async () => undefined),
    ...overrides,
  } as ExportDeps & { writeFile: ReturnType<typeof vi.fn> };
}

describe('exportFile', () => {
  it('writes JSON data where the player chose, suggesting a safe name in Documents', async () => {
    const d = deps({ chooseSavePath: vi.fn(async () => '/tmp/mine') });
    const outcome = await exportFile({ kind: 'json', suggestedName: 'a/b', data: '{"x":1}' }, d);
    expect(d.chooseSavePath).toHaveBeenCalledWith('/home/p/Documents/a-b.json', 'json');
    expect(d.writeFile).toHaveBeenCalledWith('/tmp/mine.json', '{"x":1}');
    expect(d.printToPdf).not.toHaveBeenCalled();
    expect(outcome).toEqual({ saved: true, path: '/tmp/mine.json' });
  });

  it('prints a PDF in the requested page size (A4 by default)', async () => {
    const d = deps();
    await exportFile({ kind: 'pdf', suggestedName: 'report' }, d);
    await exportFile({ kind: 'pdf', suggestedName: 'report', pageSize: 'Letter' }, d);
    expect(d.printToPdf).toHaveBeenNthCalledWith(1, 'A4');
    expect(d.printToPdf).toHaveBeenNthCalledWith(2, 'Letter');
    expect(d.writeFile).toHaveBeenCalledWith('/home/p/Documents/report.pdf', new Uint8Array([37, 80, 68, 70]));
  });

  it('does nothing when the dialog is cancelled', async () => {
    const d = deps({ chooseSavePath: vi.fn(async () => undefined) });
    expect(await exportFile({ kind: 'pdf', suggestedName: 'r' }, d)).toEqual({ saved: false });
    expect(d.printToPdf).not.toHaveBeenCalled();
    expect(d.writeFile).not.toHaveBeenCalled();
  });

  it('explains printing and writing failures as export-failed', async () => {
    const printing = deps({ printToPdf: vi.fn(async () => Promise.reject(new Error('GPU lost'))) });
    await expect(exportFile({ kind: 'pdf', suggestedName: 'r' }, printing)).rejects.toMatchObject({ code: 'export-failed', message: expect.stringContaining('GPU lost') });
    const writing = deps({ writeFile: vi.fn(async () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))) });
    await expect(exportFile({ kind: 'json', suggestedName: 'r', data: '1' }, writing)).rejects.toMatchObject({ code: 'export-failed' });
  });
});
