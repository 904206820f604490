// Illegal actions are refused with a reason (never ignored, never thrown); availableActions explains each option.
import { describe, expect, it } from 'vitest';
import { availableActions, newGame, step, type Action } from '../../../app/sim';
import { act, months, resolveAll, start } from './helpers';

describe('actions', () => {
  it('needs a path before the first month can end', () => {
    const r = step(start('liu-fang'), { type: 'endMonth' });
    expect(!r.ok && r.reason.key).toBe('reason.choosePathFirst');
  });

  it('refuses unknown ids and malformed actions with reasons', () => {
    const s = start('liu-fang');
    const bad: unknown[] = [
      { type: 'choosePath', path: 'retrain', courseId: 'astronaut' },
      { type: 'choosePath', path: 'migrate', destinationId: 'moon', bringChildren: false },
      { type: 'choosePath', path: 'business', businessId: 'casino', loanAmount: 0, termMonths: 12 },
      { type: 'choosePath', path: 'fly' },
      { type: 'teleport' },
      null,
      { type: 'borrowInformal', source: 'bank', amount: 100 },
      { type: 'borrowInformal', source: 'relatives', amount: -5 },
      { type: 'repayExtra', target: 'loanShark', amount: 10 },
      { type: 'resolveEvent', choiceId: 'x' },
      { type: 'closeBusiness' },
      { type: 'returnHome' },
    ];
    for (const a of bad) {
      const r = step(s, a as Action);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.key).toMatch(/^reason\./);
    }
  });

  it('blocks the month while an event waits for a choice', () => {
    let s = act(start('liu-fang'), { type: 'choosePath', path: 'retire' });
    for (let i = 0; i < 36 && !s.pendingEvent; i++) s = act(s, { type: 'endMonth' });
    expect(s.pendingEvent).not.toBeNull();
    const r = step(s, { type: 'endMonth' });
    expect(!r.ok && r.reason.key).toBe('reason.resolveEventFirst');
  });

  it('lists every option with eligibility, reasons and numbers', () => {
    const s = start('wang-qiang');
    const opts = availableActions(s);
    const retire = opts.find((o) => o.action.type === 'choosePath' && o.action.path === 'retire')!;
    expect(retire.eligible).toBe(false);
    expect(retire.reason?.key).toBe('reason.tooYoungToRetire');
    expect(retire.figures.statutoryAge).toBe(55);
    const biz = opts.filter((o) => o.action.type === 'choosePath' && o.action.path === 'business');
    expect(biz.length).toBeGreaterThanOrEqual(8);
    for (const o of opts) {
      for (const v of Object.values(o.figures)) expect(Number.isFinite(v)).toBe(true);
      expect(step(s, o.action).ok).toBe(o.eligible);
    }
  });

  it('closing a business then choosing another path is allowed; opening a second business is not', () => {
    let s = act(start('gao-peng'), { type: 'choosePath', path: 'business', businessId: 'motorbikeTaxi', loanAmount: 8000, termMonths: 12 });
    const r = step(s, { type: 'choosePath', path: 'migrate', destinationId: 'coastalFactory', bringChildren: false });
    expect(!r.ok && r.reason.key).toBe('reason.closeBusinessFirst');
    s = act(s, { type: 'closeBusiness' });
    s = act(s, { type: 'choosePath', path: 'migrate', destinationId: 'coastalFactory', bringChildren: false });
    expect(s.pathsTaken.map((p) => p.path)).toEqual(['business', 'migrate']);
    s = resolveAll(months(s, 1));
    s = act(s, { type: 'returnHome' });
    expect(s.household.location).toBe('home');
    expect(s.timeline.some((t) => t.key === 'timeline.returnedHome')).toBe(true);
  });

  it('rejects a bad game configuration with a reason', () => {
    expect(newGame({ scenarioId: 'nope', personaId: 'liu-fang', seed: 1 })).toEqual({ ok: false, reason: { key: 'reason.unknownScenario', params: { id: 'nope' } } });
    const r = newGame({ scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 1, cohortSize: -1 });
    expect(!r.ok && r.reason.key).toBe('reason.badCohortSize');
  });

  it('lets a 4050 worker take a public-welfare post', () => {
    let s = act(start('chen-li'), { type: 'choosePath', path: 'retrain', courseId: 'eCommerce' });
    s = act(s, { type: 'takePublicWelfareJob' });
    expect(s.household.job?.kind).toBe('publicWelfare');
    s = months(s, 1);
    expect(s.history[0]!.flows.some((f) => f.key === 'publicWelfareWage')).toBe(true);
    expect(s.history[0]!.flows.some((f) => f.key === 'unemploymentInsurance')).toBe(false);
  });
});
