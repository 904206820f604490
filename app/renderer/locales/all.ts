// Both languages at once, every namespace, for tests and tools that check every text (the game itself loads one
// language at a time through i18n.ts). Importing this from the renderer would put every text into the title.
const files = import.meta.glob('../../../locales/*/*.json', { eager: true, import: 'default' }) as Record<string, Record<string, unknown>>;

export function bundledResources(): Record<string, Record<string, Record<string, unknown>>> {
  const res: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, data] of Object.entries(files)) {
    const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (m) (res[m[1] as string] ??= {})[m[2] as string] = data;
  }
  return res;
}

export const namespaces = (): string[] => Object.keys(bundledResources().en ?? {});
