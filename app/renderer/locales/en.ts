// Every namespace of one language (locales/en/*.json) as one chunk, loaded when the language is first used
// (i18n.ts), so the title carries one language's texts, not both (issue 15). New namespace files join by
// themselves. Namespaces only one lazily loaded screen reads (the `later` glob: help, and the teacher's and code-mode class screens) are chunks of
// their own, fetched by i18next when that screen asks for them.
const now = import.meta.glob(['../../../locales/en/*.json', '!../../../locales/en/help.json', '!../../../locales/en/classdesk.json', '!../../../locales/en/classcode.json'], { eager: true, import: 'default' }) as Record<string, Record<string, unknown>>;
const later = import.meta.glob(['../../../locales/en/help.json', '../../../locales/en/classdesk.json', '../../../locales/en/classcode.json'], { import: 'default' }) as Record<string, () => Promise<Record<string, unknown>>>;

const byName = <T>(files: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(files).map(([path, data]) => [/([^/]+)\.json$/.exec(path)?.[1] ?? path, data]));

export default { now: byName(now), later: byName(later) };
