// The texts the title itself shows (its menu: common, class, classroom; loading messages), in both languages,
// bundled with the title's first download so it draws without waiting for a language chunk (issue 15). The
// whole language follows right after the title is up (main.ts), before any other screen opens (flow.ts).
import type { LocaleId } from '../shared/locales';

export const TITLE_NAMESPACES = ['common', 'class', 'classroom', 'loading'] as const;

const files = import.meta.glob(['../../locales/*/common.json', '../../locales/*/class.json', '../../locales/*/classroom.json', '../../locales/*/loading.json'], { eager: true, import: 'default' }) as Record<string, Record<string, unknown>>;

export function titleTexts(): Partial<Record<LocaleId, Record<string, Record<string, unknown>>>> {
  const out: Partial<Record<LocaleId, Record<string, Record<string, unknown>>>> = {};
  for (const [path, texts] of Object.entries(files)) {
    const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (m) (out[m[1] as LocaleId] ??= {})[m[2]!] = texts;
  }
  return out;
}
