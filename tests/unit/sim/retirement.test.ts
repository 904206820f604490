// Early/internal retirement: statutory ages, the five-year window, allowance then pension, and refusals.
import { describe, expect, it } from 'vitest';
import { listPersonas, newGame, pathRefusal, step } from '../../../app/sim';
import { act, months, start } from './helpers';

describe('retirement eligibility', () => {
  const personas = new Map(listPersonas().map((p) => [p.id, p]));

  it('derives statutory ages from gender, cadre status and years in arduous work', () => {
    expect(personas.get('liu-fang')!.statutoryRetirementAge).toBe(50); // woman worker
    expect(personas.get('chen-li')!.statutoryRetirementAge).toBe(55); // woman cadre
    expect(personas.get('wang-qiang')!.statutoryRetirementAge).toBe(55); // 16 years underground
    expect(personas.get('zhang-jianguo')!.statutoryRetirementAge).toBe(60); // only 7 years at the furnace
    expect(personas.get('gao-peng')!.statutoryRetirementAge).toBe(60);
  });

  it('has at least one eligible and one ineligible persona', () => {
    const cfg = (personaId: string) => ({ scenarioId: '2016-steel-coal', personaId, seed: 1 });
    expect(pathRefusal(cfg('liu-fang'), 'retire')).toBeNull();
    expect(pathRefusal(cfg('zhang-jianguo'), 'retire')).toBeNull();
    expect(pathRefusal(cfg('wang-qiang'), 'retire')?.key).toBe('reason.tooYoungToRetire');
  });

  it('refuses an ineligible persona with the ages in the reason, and leaves the state unchanged', () => {
    const s = start('chen-li');
    const before = JSON.stringify(s);
    const r = step(s, { type: 'choosePath', path: 'retire' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toEqual({ key: 'reason.tooYoungToRetire', params: { age: 42, statutoryAge: 55, earliestAge: 50 } });
    expect(JSON.stringify(s)).toBe(before);
  });

  it('pays a living allowance without severance, then a pension from the statutory age', () => {
    let s = act(start('liu-fang'), { type: 'choosePath', path: 'retire' });
    expect(s.household.retirement).toBe('neitui');
    s = months(s, 1);
    const keys = s.history[0]!.flows.map((f) => f.key);
    expect(keys).toContain('livingAllowance');
    expect(keys).not.toContain('severance');
    expect(keys).not.toContain('unemploymentInsurance');
    // 47.5 at the start: 50 after 30 months
    s = months(s, 31);
    expect(s.household.retirement).toBe('pension');
    expect(s.timeline.some((t) => t.key === 'timeline.pensionStarts')).toBe(true);
    const last = s.history[s.history.length - 1]!.flows.map((f) => f.key);
    expect(last).toContain('pension');
    expect(last).not.toContain('livingAllowance');
  });

  it('gives a bigger pension for more contribution years', () => {
    const a = start('zhang-jianguo');
    const b = { ...a, household: { ...a.household, contributionYears: 20 } };
    const ra = months(act(a, { type: 'choosePath', path: 'retire' }), 1);
    const rb = months(act(b, { type: 'choosePath', path: 'retire' }), 1);
    expect(ra.household.livingAllowance).toBe(rb.household.livingAllowance);
    // projected pensions through summarize are checked in the ledger tests; here the rule itself
    expect(ra.household.contributionYears).toBeGreaterThan(rb.household.contributionYears);
  });

  it('cannot return to internal retirement once the contract has ended', () => {
    const s = act(start('liu-fang'), { type: 'choosePath', path: 'retrain', courseId: 'elderCare' });
    const r = step(s, { type: 'choosePath', path: 'retire' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.key).toBe('reason.neituiOnlyAtLayoff');
  });

  it('lets a persona past the statutory age with enough contributions draw a pension at once', () => {
    const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'zhang-jianguo', seed: 3 });
    if (!g.ok) throw new Error();
    const older = { ...g.state, household: { ...g.state.household, ageMonths: 61 * 12 } };
    const s = act(older, { type: 'choosePath', path: 'retire' });
    expect(s.household.retirement).toBe('pension');
    expect(s.household.pension).toBeGreaterThan(0);
  });
});
