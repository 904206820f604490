// The results file a teacher collects: what the game writes it reads back unchanged, and anything else
// (not JSON, someone else's JSON, a saved game, a newer or older version, a damaged file) is refused with a reason.
import { describe, expect, it } from 'vitest';
import { parseResults, serializeResults, validateResults, loadResultsFile, RESULTS_MAX_BYTES, type ResultsFile } from '../../../app/shared/results';

export function sampleResults(): ResultsFile {
  return {
    schema: 'irb-results',
    version: 1,
    createdAt: '2026-11-28T10:00:00.000Z',
    language: 'zh-CN',
    classCode: 'STEEL7',
    game: { scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 42, months: 36, cohortSize: 120 },
    paths: [{ path: 'business', month: 2, detail: 'breakfastStall' }],
    outcome: {
      id: 'defaulted', monthsPlayed: 36, cash: -200, debt: 61000, netWorth: -61200, totalIncome: 80000,
      employed: false, defaulted: true, blacklisted: true, businessOpened: true, businessClosed: true,
      guarantorPaid: 20000, monthsGoingWithout: 4, wellbeing: 22, health: 50, ties: 35,
    },
    standing: { path: 'business', runs: 500, percentile: 0.31 },
    timeline: [{ month: 2, key: 'timeline.businessOpened', params: { business: 'breakfastStall', loan: 60000 }, turningPoint: true }],
    series: { cash: [1, 2, 3], debt: [0, 0, 0], income: [5, 5, 5], expenses: [4, 4, 4], wellbeing: [60, 55, 50] },
  };
}

describe('results file schema', () => {
  it('round-trips: what the game writes, it reads back equal', () => {
    const r = sampleResults();
    const parsed = parseResults(serializeResults(r));
    expect(parsed).toEqual({ ok: true, results: r });
  });

  it('keeps the nickname only when one was typed', () => {
    const r = { ...sampleResults(), nickname: 'Xiao Li' };
    const parsed = parseResults(serializeResults(r));
    expect(parsed.ok && parsed.results.nickname).toBe('Xiao Li');
    expect(serializeResults(sampleResults())).not.toContain('nickname');
  });

  it('will not write a file it would refuse', () => {
    const bad = { ...sampleResults(), outcome: { ...sampleResults().outcome, wellbeing: 140 } };
    expect(() => serializeResults(bad)).toThrow();
  });

  it('refuses text that is not JSON', () => {
    const r = parseResults('<html>hello</html>');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.code).toBe('not-json');
  });

  it('refuses foreign JSON and says what it looks like', () => {
    const other = parseResults(JSON.stringify({ name: 'my-package', version: '1.0.0' }));
    expect(!other.ok && other.refusal).toMatchObject({ code: 'foreign', detail: expect.stringContaining('no "schema" field') });
    const save = validateResults({ version: 1, household: {}, history: [] });
    expect(!save.ok && save.refusal).toMatchObject({ code: 'foreign', detail: 'a saved game, not a results file' });
    const list = parseResults('[1,2,3]');
    expect(!list.ok && list.refusal.code).toBe('foreign');
    const otherSchema = parseResults(JSON.stringify({ schema: 'irb-save', version: 1 }));
    expect(!otherSchema.ok && otherSchema.refusal.detail).toContain('irb-save');
  });

  it('refuses a newer version with the version number, and an older one', () => {
    const newer = parseResults(JSON.stringify({ ...sampleResults(), version: 2 }));
    expect(!newer.ok && newer.refusal).toMatchObject({ code: 'newer-version', version: 2 });
    const older = parseResults(JSON.stringify({ ...sampleResults(), version: 0 }));
    expect(!older.ok && older.refusal).toMatchObject({ code: 'older-version', version: 0 });
  });

  it('refuses a damaged file and names the field', () => {
    const { outcome: _o, ...noOutcome } = sampleResults();
    const missing = parseResults(JSON.stringify(noOutcome));
    expect(!missing.ok && missing.refusal).toMatchObject({ code: 'malformed', detail: expect.stringContaining('outcome') });
    const wrongPath = parseResults(JSON.stringify({ ...sampleResults(), paths: [{ path: 'lottery', month: 1, detail: null }] }));
    expect(!wrongPath.ok && wrongPath.refusal.detail).toContain('paths.0.path');
    const badVersion = parseResults(JSON.stringify({ ...sampleResults(), version: '1' }));
    expect(!badVersion.ok && badVersion.refusal.code).toBe('malformed');
  });

  it('refuses oversize files before parsing them', async () => {
    const big = 'x'.repeat(RESULTS_MAX_BYTES + 1);
    expect(parseResults(big)).toMatchObject({ ok: false, refusal: { code: 'too-large' } });
    const file = new Blob([big]);
    expect(await loadResultsFile(file)).toMatchObject({ ok: false, refusal: { code: 'too-large' } });
    expect(await loadResultsFile(new Blob([serializeResults(sampleResults())]))).toMatchObject({ ok: true });
  });

  it('accepts a byte-order mark at the start (files saved by some editors)', () => {
    expect(parseResults(`\uFEFF${serializeResults(sampleResults())}`).ok).toBe(true);
  });
});

describe('unknown fields in a results file', () => {
  it('are refused with the field named, at the top and inside', async () => {
    const { parseResults, serializeResults } = await import('../../../app/shared/results');
    const { buildResultsFile } = await import('../../../app/renderer/report/results-file');
    const { newGame } = await import('../../../app/sim');
    const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'chen-li', seed: 2 });
    if (!g.ok) throw new Error(g.reason.key);
    const good = JSON.parse(serializeResults(buildResultsFile(g.state, { language: 'en', classCode: null, nickname: null, standing: null })));
    expect(parseResults(JSON.stringify(good)).ok).toBe(true);
    const top = parseResults(JSON.stringify({ ...good, grade: 'A' }));
    expect(top).toMatchObject({ ok: false, refusal: { code: 'malformed', detail: expect.stringContaining('grade') } });
    const inner = parseResults(JSON.stringify({ ...good, game: { ...good.game, realName: 'Li Hua' } }));
    expect(inner).toMatchObject({ ok: false, refusal: { code: 'malformed', detail: expect.stringContaining('realName') } });
  });
});
