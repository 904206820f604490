// The few texts the main process shows itself (native save dialog), in both game languages. Everything
// else the player reads comes from the renderer's locale files.
import { pickLocale, type LocaleId } from '../shared/locales';
import type { Settings } from '../shared/settings';

export interface MainStrings {
  exportDialogTitle: string;
  pdfFilter: string;
  jsonFilter: string;
  csvFilter: string;
}

export const MAIN_STRINGS: Record<LocaleId, MainStrings> = {
  en: {
    exportDialogTitle: 'Save export',
    pdfFilter: 'PDF document',
    jsonFilter: 'JSON data',
    csvFilter: 'CSV table',
  },
  'zh-CN': {
    exportDialogTitle: '保存导出文件',
    pdfFilter: 'PDF 文档',
    jsonFilter: 'JSON 数据',
    csvFilter: 'CSV 表格',
  },
};

/** The chosen language, or the OS's when the player has not chosen one (same rule as the renderer). */
export function stringsFor(settings: Pick<Settings, 'language'>, osLocales: readonly string[]): MainStrings {
  return MAIN_STRINGS[settings.language ?? pickLocale(osLocales)];
}
