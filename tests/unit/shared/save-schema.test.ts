// The save schema against the model: every state newGame() makes, every state met while the automatic
// player lives whole lives on every path, persona and scenario, must pass. When the model's GameState
// changes shape (app/sim/types.ts), this is the test that says app/shared/save-schema.ts needs the change.
import { describe, expect, it } from 'vitest';
import { autoPolicy, listPersonas, listScenarios, newGame, PATH_IDS, simulateLife, step, type GameState } from '../../../app/sim';
import { checkSave, gameStateSchema, SAVE_FORMAT, SAVE_VERSION } from '../../../app/shared/save-schema';

const envelope = (state: GameState) => ({ format: SAVE_FORMAT, version: SAVE_VERSION, savedAt: '2026-11-29T10:00:00.000Z', classCode: null, nickname: null, state });

function expectValid(state: GameState, label: string): void {
  const r = gameStateSchema.safeParse(JSON.parse(JSON.stringify(state)));
  expect(r.success ? 'ok' : r.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'), label).toBe('ok');
}

describe('the save schema accepts what the model produces', () => {
  const scenarios = listScenarios().map((s) => s.id);
  const personas = (scenarioId: string) => listPersonas(scenarioId).map((p) => p.id);

  it('new games of every scenario and persona', () => {
    for (const scenarioId of scenarios) {
      for (const personaId of personas(scenarioId)) {
        for (const seed of [1, 77, 2 ** 31 - 1]) {
          const g = newGame({ scenarioId, personaId, seed });
          if (!g.ok) throw new Error(g.reason.key);
          expectValid(g.state, `${scenarioId}/${personaId}/${seed}`);
          expect(checkSave(envelope(g.state)).ok).toBe(true);
        }
      }
    }
  });

  it('whole automatic lives on every path (final states)', () => {
    for (const scenarioId of scenarios) {
      for (const personaId of personas(scenarioId)) {
        for (const path of PATH_IDS) {
          const end = simulateLife({ scenarioId, personaId, seed: 11 }, path);
          expectValid(end, `${scenarioId}/${personaId}/${path} at the end`);
        }
      }
    }
  }, 120_000);

  it('every month along the way (automatic player, step by step)', () => {
    for (const [personaId, path, seed] of [['chen-li', 'business', 3], ['gao-peng', 'migrate', 9], ['liu-fang', 'retrain', 5], ['zhang-jianguo', 'retire', 2], ['wang-qiang', 'business', 4]] as const) {
      const g = newGame({ scenarioId: scenarios[0]!, personaId, seed });
      if (!g.ok) throw new Error(g.reason.key);
      let s = g.state;
      for (let i = 0; i < 400 && !s.ended; i++) {
        const r = step(s, autoPolicy(s, path));
        if (!r.ok) { const e = step(s, { type: 'endMonth' }); if (!e.ok) break; s = e.state; } else s = r.state;
        expectValid(s, `${personaId}/${path} after ${i + 1} steps (month ${s.month})`);
      }
      expect(s.ended, `${personaId}/${path} ended`).not.toBeNull();
    }
  }, 120_000);
});

describe('save versions and migrations', () => {
  const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 4 });
  if (!g.ok) throw new Error(g.reason.key);
  const state = g.state;

  it('a version 1 save (as the first release wrote it) is migrated and validated', () => {
    // Version 1 wrote savedAt and could leave classCode/nickname out.
    const v1 = { format: SAVE_FORMAT, version: 1, savedAt: '2026-11-20T08:00:00.000Z', state };
    const r = checkSave(JSON.parse(JSON.stringify(v1)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(1);
    expect(r.save).toMatchObject({ version: SAVE_VERSION, classCode: null, nickname: null, savedAt: '2026-11-20T08:00:00.000Z' });
    expect(r.save.state).toEqual(JSON.parse(JSON.stringify(state)));
  });

  it('a version 1 save without a usable savedAt still migrates (to the epoch)', () => {
    const r = checkSave({ format: SAVE_FORMAT, version: 1, classCode: 'ABC', nickname: '小明', state: JSON.parse(JSON.stringify(state)) });
    expect(r).toMatchObject({ ok: true, save: { savedAt: '1970-01-01T00:00:00.000Z', classCode: 'ABC', nickname: '小明' } });
  });

  it('there is a migration from every earlier version', async () => {
    const { MIGRATIONS } = await import('../../../app/shared/save-schema');
    for (let v = 1; v < SAVE_VERSION; v++) expect(typeof MIGRATIONS[v], `migration from ${v}`).toBe('function');
  });

  it('keeps fields of the state it does not list (the model may add some) and refuses unknown envelope keys', () => {
    const withNew = { ...JSON.parse(JSON.stringify(state)), rngStreams: { events: [1, 2, 3, 4] } };
    const r = checkSave({ ...envelope(state), state: withNew });
    expect(r.ok && (r.save.state as Record<string, unknown>).rngStreams).toEqual({ events: [1, 2, 3, 4] });
    expect(checkSave({ ...envelope(state), extra: true })).toMatchObject({ ok: false, problem: 'state' });
  });

  it('a newer version is told apart from a damaged one', () => {
    expect(checkSave({ ...envelope(state), version: SAVE_VERSION + 1 })).toMatchObject({ ok: false, problem: 'newer', version: SAVE_VERSION + 1 });
    expect(checkSave({ ...envelope(state), version: -3 })).toMatchObject({ ok: false, problem: 'version' });
  });
});
