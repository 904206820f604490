// The texts the title itself shows (its menu: common, class, classroom; loading messages), in both languages,
// bundled with the title's first download so it draws without waiting for a language chunk (issue 15). The
// whole language follows right after the title is up (main.ts), before any other screen opens (flow.ts).
import { textsByLanguage } from './i18n';

export const TITLE_NAMESPACES = ['common', 'class', 'classroom', 'loading'] as const;

const files = import.meta.glob(['../../locales/*/common.json', '../../locales/*/class.json', '../../locales/*/classroom.json', '../../locales/*/loading.json'], { eager: true, import: 'default' }) as Record<string, Record<string, unknown>>;

export const titleTexts = () => textsByLanguage(files);
