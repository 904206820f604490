// Exporting files: safe names on every OS, the extension kept, cancel is not an error, failures explained.
import { describe, expect, it, vi } from 'vitest';
import { exportFile, type ExportDeps } from '../../../app/main/export-file';
import { join } from 'node:path';
import { exportFileName, FALLBACK_EXPORT_NAME, MAX_STEM_BYTES, withExportExtension } from '../../../app/main/export-naming';

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

  it('bounds the length in bytes without splitting a character', () => {
    const name = exportFileName('😀'.repeat(150), 'pdf');
    expect(Array.from(name.slice(0, -4))).toHaveLength(MAX_STEM_BYTES / 4); // four bytes each in UTF-8
    expect(name.endsWith('😀.pdf')).toBe(true);
    const chinese = exportFileName('铁饭碗'.repeat(60), 'json');
    expect(new TextEncoder().encode(chinese).length).toBeLessThanOrEqual(MAX_STEM_BYTES + 5);
    expect(chinese.endsWith('碗.json') || chinese.endsWith('饭.json') || chinese.endsWith('铁.json')).toBe(true);
    expect(Array.from(exportFileName('a'.repeat(300), 'pdf').slice(0, -4))).toHaveLength(100);
  });

  it('removes bidirectional and zero-width characters that could disguise the name', () => {
    expect(exportFileName('report\u202Efdp.exe', 'json')).toBe('reportfdp.exe.json');
    expect(exportFileName('a\u200Bb\u200Dc\uFEFFd\u2066e\u2069f\u200Fg', 'pdf')).toBe('abcdefg.pdf');
    expect(exportFileName('\u202E\u200B', 'pdf')).toBe(`${FALLBACK_EXPORT_NAME}.pdf`);
  });

  it('avoids every Windows device name, with or without an extension', () => {
    for (const device of ['CON', 'prn', 'AUX', 'nul', 'COM1', 'com9', 'LPT1', 'COM\u00b9', 'COM\u00b2', 'LPT\u00b3', 'CONIN$', 'conout$', 'CLOCK$', 'con.backup', 'NUL .txt']) {
      const name = exportFileName(device, 'json');
      expect(name.startsWith('_'), `${device} -> ${name}`).toBe(true);
    }
    expect(exportFileName('CONSOLE', 'json')).toBe('CONSOLE.json');
    expect(exportFileName('COM10', 'json')).toBe('COM10.json');
  });
});

describe('the extension is checked before the overwrite question', () => {
  it('opens the dialog again when a name typed without the extension would replace a file', async () => {
    const asked: string[] = [];
    const answers = ['/docs/results', '/docs/results.json'];
    const written: string[] = [];
    const outcome = await exportFile({ kind: 'json', suggestedName: 'x', data: '{}' }, {
      defaultDir: '/docs',
      chooseSavePath: async (p) => { asked.push(p); return answers.shift(); },
      printToPdf: async () => new Uint8Array(),
      exists: async (p) => p === '/docs/results.json',
      writeFile: async (p) => { written.push(p); },
    });
    expect(asked).toEqual([join('/docs', 'x.json'), '/docs/results.json']);
    expect(outcome).toEqual({ saved: true, path: '/docs/results.json' });
    expect(written).toEqual(['/docs/results.json']);
  });

  it('writes at once when the added extension names a new file, and cancels when the second dialog is cancelled', async () => {
    const base = { defaultDir: '/d', printToPdf: async () => new Uint8Array(), writeFile: async () => undefined };
    expect(await exportFile({ kind: 'json', suggestedName: 'x', data: '{}' }, { ...base, chooseSavePath: async () => '/d/new', exists: async () => false }))
      .toEqual({ saved: true, path: '/d/new.json' });
    const answers = ['/d/old', undefined];
    expect(await exportFile({ kind: 'json', suggestedName: 'x', data: '{}' }, { ...base, chooseSavePath: async () => answers.shift(), exists: async () => true }))
      .toEqual({ saved: false });
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
