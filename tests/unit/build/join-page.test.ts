// The join page (app/renderer/join.ts) carries its own texts and names the class scenario without loading the
// model, and the title (main.ts) carries its menu's texts: all must stay in step with what the game itself uses.
import { describe, expect, it } from 'vitest';
import { CLASS_SCENARIO_ID, JOIN_NAMESPACES, joinTexts } from '../../../app/renderer/join-page';
import { DEFAULT_SCENARIO_ID } from '../../../app/sim/index';
import { LOCALES } from '../../../app/shared/locales';
import { TITLE_NAMESPACES, titleTexts } from '../../../app/renderer/title-texts';
import enClass from '../../../locales/en/class.json';

describe('join page', () => {
  it('names the scenario class games play (game-flow.ts uses the model\'s default)', () => {
    expect(CLASS_SCENARIO_ID).toBe(DEFAULT_SCENARIO_ID);
  });

  it('bundles its namespaces in every language, from the locale files themselves', () => {
    const texts = joinTexts();
    for (const lng of LOCALES) {
      for (const ns of JOIN_NAMESPACES) expect(texts[lng]?.[ns], `${lng}/${ns}`).toBeTruthy();
    }
    expect(texts.en?.class).toEqual(enClass);
    expect(Object.keys(texts.en ?? {}).sort()).toEqual([...JOIN_NAMESPACES].sort());
  });
});

describe('title texts', () => {
  it('bundle the title menu\'s namespaces in every language, and nothing else', () => {
    const texts = titleTexts();
    for (const lng of LOCALES) {
      expect(Object.keys(texts[lng] ?? {}).sort(), lng).toEqual([...TITLE_NAMESPACES].sort());
    }
    expect(texts.en?.class).toEqual(enClass);
  });
});
