// What the join page (join.html, join.ts) carries with it: the few namespaces its first screen reads, in both
// languages, so the page needs no second round trip for its texts (issue 15), and the scenario class games play.
import { textsByLanguage } from './i18n';

/** The join screen's texts (class), the shared words (common) and the loading messages; nothing else. */
export const JOIN_NAMESPACES = ['common', 'class', 'loading'] as const;

const files = import.meta.glob(['../../locales/*/common.json', '../../locales/*/class.json', '../../locales/*/loading.json'], { eager: true, import: 'default' }) as Record<string, Record<string, unknown>>;

export const joinTexts = () => textsByLanguage(files);

/**
 * The scenario a class game plays (the model's DEFAULT_SCENARIO_ID, which game-flow.ts uses for class games),
 * written out so the join page does not load the model to say it; tests/unit/build/join-page.test.ts keeps the two
 * equal.
 */
export const CLASS_SCENARIO_ID = '2016-steel-coal';
