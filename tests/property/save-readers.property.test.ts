// Every reader of untrusted save and settings text, fed random, truncated and deeply nested input: it never
// throws (it answers with a reason), and a file it cannot use is kept aside byte for byte, never lost.
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newGame, step, autoPolicy } from '../../app/sim';
import { checkSaveForStore } from '../../app/main/save-check';
import { MainError } from '../../app/main/errors';
import { createSaveStore } from '../../app/main/save-store';
import { createSettingsStore } from '../../app/main/settings-store';
import { checkSaveText } from '../../app/shared/save-schema';
import { sanitizeSettings } from '../../app/shared/settings';
import { browserStore, setStore } from '../../app/renderer/platform/store';
import { readAutosave } from '../../app/renderer/game/session';
import { serializeSession } from '../../app/renderer/game/save-format';

function goodSave(): string {
  const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'gao-peng', seed: 8 });
  if (!g.ok) throw new Error(g.reason.key);
  let s = g.state;
  for (let i = 0; i < 6; i++) { const r = step(s, autoPolicy(s, 'migrate')); if (r.ok) s = r.state; }
  return serializeSession({ state: s, classCode: null, nickname: null });
}
const GOOD = goodSave();

/** Random text, random JSON, a good save cut anywhere, a good save with a byte flipped, deep nesting. */
const untrustedText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 6 }),
  fc.nat({ max: GOOD.length }).map((n) => GOOD.slice(0, n)),
  fc.tuple(fc.nat({ max: GOOD.length - 1 }), fc.string({ minLength: 1, maxLength: 3 })).map(([i, c]) => GOOD.slice(0, i) + c + GOOD.slice(i + 1)),
  fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":')).map(([d, open]) => open.repeat(d) + (open === '[' ? ']' : '1}').repeat(d)),
  fc.constant(GOOD),
  fc.constant(GOOD.replace('"version":2', '"version":7')),
);

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'irb-prop-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('save readers never throw', () => {
  it('checkSaveText answers every input with a result', () => {
    fc.assert(fc.property(untrustedText, (text) => {
      const r = checkSaveText(text);
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
    }), { numRuns: 400 });
  });

  it('the settings sanitizer answers every JSON value with valid settings', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => {
      const s = sanitizeSettings(v);
      expect(Object.keys(s).sort()).toEqual(['language', 'reducedMotion', 'sound', 'textSize']);
    }), { numRuns: 300 });
  });
});

describe('files that cannot be used are kept aside, never lost', () => {
  it('main save store: load either returns the text or refuses it and keeps it aside byte for byte', async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(untrustedText, async (text) => {
      const slotDir = join(dir, `saves-${run++}`);
      await mkdir(slotDir, { recursive: true });
      await writeFile(join(slotDir, 'autosave.json'), text);
      const saves = createSaveStore(slotDir, { check: checkSaveForStore });
      const loaded = await saves.load('autosave').catch((e: unknown) => e);
      if (typeof loaded === 'string') {
        expect(loaded).toBe(text);
        return;
      }
      expect(loaded).toBeInstanceOf(MainError);
      const names = await readdir(slotDir);
      if ((loaded as MainError).code === 'save-newer') {
        // Left unchanged where the newer version will look for it.
        expect(await readFile(join(slotDir, 'autosave.json'), 'utf8')).toBe(text);
        return;
      }
      const aside = names.find((n) => /^autosave\.(corrupt|newer)-1\.json$/.test(n));
      expect(aside, names.join(',')).toBeDefined();
      expect(await readFile(join(slotDir, aside!), 'utf8')).toBe(text);
      await rm(slotDir, { recursive: true, force: true });
    }), { numRuns: 60 });
  });

  it('main settings store: get never throws and an unreadable file is kept aside', async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(untrustedText, async (text) => {
      const file = join(dir, `settings-${run++}`, 'settings.json');
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, text);
      const settings = await createSettingsStore({ file }).get();
      expect(Object.keys(settings).sort()).toEqual(['language', 'reducedMotion', 'sound', 'textSize']);
      const names = await readdir(join(file, '..'));
      const kept = names.includes('settings.json') ? 'settings.json' : 'settings.corrupt-1.json';
      expect(await readFile(join(file, '..', kept), 'utf8')).toBe(text);
    }), { numRuns: 40 });
  });

  it('browser: Continue never throws and the text stays in storage under some key', async () => {
    await fc.assert(fc.asyncProperty(untrustedText, async (text) => {
      const m = new Map<string, string>([['irb.save.autosave', text]]);
      const ls = {
        get length() { return m.size; }, clear: () => m.clear(), key: (i: number) => [...m.keys()][i] ?? null,
        getItem: (k: string) => m.get(k) ?? null, removeItem: (k: string) => { m.delete(k); }, setItem: (k: string, v: string) => { m.set(k, String(v)); },
      } as Storage;
      setStore(browserStore(ls));
      const r = await readAutosave();
      expect(['ok', 'corrupt', 'newer']).toContain(r.kind);
      expect([...m.values()]).toContain(text);
    }), { numRuns: 200 });
  });
});
