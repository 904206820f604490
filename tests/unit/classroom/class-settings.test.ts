// A class code carries the teacher's scenario, policy and seed to every student: the same code and the same
// choices must give the same game, and the policy must really reach the model.
import { describe, expect, it } from 'vitest';
import { newGame, step, availableActions, type GameConfig, type GameState } from '../../../app/sim';
import { CODE_FIELDS, encodeClassCode, parseClassCode } from '../../../app/shared/class-code';
import {
  CODE_SCENARIOS, DEFAULT_LEVELS, PRESETS, SETTINGS, classCodeFor, classGameConfig, presetOf, scenarioById, settingsFromPayload,
  type ClassSettings,
} from '../../../app/shared/class-settings';
import { readClassCode } from '../../../app/renderer/game/class-code';

function fromCode(code: string): ClassSettings {
  const r = readClassCode(code);
  if (r.kind !== 'settings') throw new Error(`not a settings code: ${JSON.stringify(r)}`);
  return r.settings;
}

/** A fixed, scripted game: open a noodle stall with a loan, then end months, taking each event's first choice. */
function play(cfg: GameConfig): GameState {
  const g = newGame(cfg);
  if (!g.ok) throw new Error(g.reason.key);
  let s = g.state;
  const open = availableActions(s).find((o) => o.action.type === 'choosePath' && o.action.path === 'business' && o.eligible);
  if (open) { const r = step(s, open.action); if (r.ok) s = r.state; }
  for (let guard = 0; !s.ended && guard < 500; guard++) {
    const r = step(s, s.pendingEvent ? { type: 'resolveEvent', choiceId: s.pendingEvent.choices.find((c) => c.eligible)!.id } : { type: 'endMonth' });
    if (!r.ok) throw new Error(r.reason.key);
    s = r.state;
  }
  return s;
}

describe('class settings', () => {
  it('every setting has a field in the code, and its levels fit', () => {
    for (const s of SETTINGS) {
      const f = CODE_FIELDS.find(([n]) => n === s.id);
      expect(f, s.id).toBeDefined();
      expect(s.levels.length + 1).toBeLessThanOrEqual(2 ** f![1]);
    }
    for (const id of CODE_SCENARIOS) expect(scenarioById(id), id).toBeDefined();
  });

  it('round-trips every preset in every scenario to identical settings', () => {
    for (const scenarioId of CODE_SCENARIOS) {
      for (const [id, levels] of Object.entries(PRESETS)) {
        const s: ClassSettings = { scenarioId, seed: 12345, levels };
        const code = classCodeFor(s);
        expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);
        expect(fromCode(code)).toEqual(s);
        expect(presetOf(fromCode(code).levels)).toBe(id);
      }
    }
  });

  it('the scenario defaults give the same config as a game without settings', () => {
    const cfg = classGameConfig({ scenarioId: '2016-steel-coal', seed: 7, levels: DEFAULT_LEVELS }, 'liu-fang');
    expect(cfg).toEqual({ scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 7 });
  });

  it('turns levels into the model values a teacher expects', () => {
    const gen = classGameConfig({ scenarioId: '2016-steel-coal', seed: 1, levels: PRESETS.generous }, 'liu-fang');
    expect(gen.policy).toMatchObject({ loanCap: 200000, loanMaxTermMonths: 60, loanInterestSubsidised: true, uiMonthly: 1800, uiMonthsLong: 36 });
    const aus = classGameConfig({ scenarioId: '1998-xiagang', seed: 1, levels: PRESETS.austere }, 'liu-fang');
    expect(aus.policy).toMatchObject({ loanCap: 10000, loanMaxTermMonths: 12, loanInterestSubsidised: false });
    const crowded = classGameConfig({ scenarioId: '2016-steel-coal', seed: 1, levels: { ...DEFAULT_LEVELS, cohort: 6 } }, 'liu-fang');
    expect(crowded.cohortSize).toBe(600);
  });

  it('same code and same choices give an identical game; another policy gives another game', () => {
    const code = classCodeFor({ scenarioId: '2016-steel-coal', seed: 4242, levels: PRESETS.austere });
    const a = play(classGameConfig(fromCode(code), 'liu-fang', 12));
    const b = play(classGameConfig(fromCode(code.toLowerCase().replace(/-/g, ' ')), 'liu-fang', 12));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.config.policy?.loanCap).toBe(50000);
    const c = play(classGameConfig({ scenarioId: '2016-steel-coal', seed: 4242, levels: PRESETS.generous }, 'liu-fang', 12));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('the policy reaches the model: a loan above the class cap is refused, the default term follows a shorter maximum', () => {
    const cfg = classGameConfig({ scenarioId: '2016-steel-coal', seed: 3, levels: PRESETS.austere }, 'liu-fang');
    const g = newGame(cfg);
    expect(g.ok).toBe(true);
    if (!g.ok) return;
    const r = step(g.state, { type: 'choosePath', path: 'business', businessId: 'breakfastStall', loanAmount: 60000, termMonths: 12 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatchObject({ key: 'reason.loanAboveCap', params: { cap: 50000 } });
    // The loan the game offers for the same stall stays within the class's cap and pays interest (no subsidy).
    const offer = availableActions(g.state).find((o) => o.action.type === 'choosePath' && o.action.path === 'business' && o.action.businessId === 'breakfastStall');
    const a = offer!.action as Extract<typeof offer extends undefined ? never : NonNullable<typeof offer>['action'], { path: 'business' }>;
    expect(offer!.figures.loanCap).toBe(50000);
    const ok = step(g.state, { ...a, loanAmount: Math.min(a.loanAmount, 50000) || 10000 });
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.state.household.loan).toMatchObject({ subsidised: false });
  });

  it('refuses codes this version cannot use, with the reason', () => {
    const parsed = parseClassCode(classCodeFor({ scenarioId: '2016-steel-coal', seed: 1, levels: DEFAULT_LEVELS }));
    if (parsed.kind !== 'settings') throw new Error('expected a settings code');
    expect(settingsFromPayload({ ...parsed.payload, scenario: 3 })).toEqual({ ok: false, problem: 'unknownScenario' });
    expect(settingsFromPayload({ ...parsed.payload, loanCap: 7 })).toEqual({ ok: false, problem: 'unknownLevel' });
    const unused = encodeClassCode({ ...parsed.payload, scenario: 3 });
    expect(readClassCode(unused)).toEqual({ kind: 'invalid', problem: 'unknownScenario' });
  });
});
