// The main process's own texts in both languages, and where it looks for the built app's files.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appFiles } from '../../../app/main/app-files';
import { MAIN_STRINGS, stringsFor } from '../../../app/main/strings';
import { LOCALES } from '../../../app/shared/locales';

describe('main-process strings', () => {
  it('exist in every game language with the same keys', () => {
    expect(Object.keys(MAIN_STRINGS).sort()).toEqual([...LOCALES].sort());
    const keys = Object.keys(MAIN_STRINGS.en).sort();
    for (const locale of LOCALES) expect(Object.keys(MAIN_STRINGS[locale]).sort()).toEqual(keys);
  });

  it('are actually Chinese in zh-CN', () => {
    for (const text of Object.values(MAIN_STRINGS['zh-CN'])) expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('follow the chosen language, else the OS locale', () => {
    expect(stringsFor({ language: 'zh-CN' }, ['en-US'])).toBe(MAIN_STRINGS['zh-CN']);
    expect(stringsFor({ language: 'en' }, ['zh-CN'])).toBe(MAIN_STRINGS.en);
    expect(stringsFor({ language: null }, ['zh-Hans-CN', 'en'])).toBe(MAIN_STRINGS['zh-CN']);
    expect(stringsFor({ language: null }, ['de-DE'])).toBe(MAIN_STRINGS.en);
  });
});

describe('appFiles', () => {
  it('finds the renderer and preload beside the bundled main script', () => {
    const mainDir = join('/opt', 'Iron Rice Bowl, Paper Loan', 'resources', 'app.asar', 'dist', 'main');
    const files = appFiles(mainDir);
    const dist = join('/opt', 'Iron Rice Bowl, Paper Loan', 'resources', 'app.asar', 'dist');
    expect(files.indexHtml).toBe(join(dist, 'renderer', 'index.html'));
    expect(files.preload).toBe(join(dist, 'preload', 'preload.cjs'));
    expect(files.rendererDir).toBe(join(dist, 'renderer'));
    expect(files.indexUrl).toBe('app://game/index.html');
    expect(files.userDataSaves('/u')).toBe(join('/u', 'saves'));
    expect(files.userDataSettings('/u')).toBe(join('/u', 'settings.json'));
  });
});
