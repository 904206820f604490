// Every namespace of one language (locales/zh-CN/*.json) as one chunk, loaded when the language is first used
// (i18n.ts), so the title carries one language's texts, not both (issue 15). New namespace files join by themselves.
const files = import.meta.glob('../../../locales/zh-CN/*.json', { eager: true, import: 'default' }) as Record<string, Record<string, unknown>>;

export default Object.fromEntries(Object.entries(files).map(([path, data]) => [/([^/]+)\.json$/.exec(path)?.[1] ?? path, data]));
