// Both languages at once, for tests and tools that check every text (the game itself loads one language at a
// time through i18n.ts). Importing this from the renderer would put both languages back into the title's chunk.
import en from './en';
import zhCN from './zh-CN';

export function bundledResources(): Record<string, Record<string, Record<string, unknown>>> {
  return { en, 'zh-CN': zhCN };
}

export const namespaces = (): string[] => Object.keys(en);
