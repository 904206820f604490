// A save is read back exactly, and anything else (broken JSON, another file, another version, a damaged
// state) is refused with a reason instead of reaching the game.
import { describe, expect, it } from 'vitest';
import { newGame, step } from '../../../app/sim';
import { parseSave, serializeSession, SAVE_VERSION } from '../../../app/renderer/game/save-format';

function played() {
  const g = newGame({ scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 42 });
  if (!g.ok) throw new Error(g.reason.key);
  let s = g.state;
  const r = step(s, { type: 'choosePath', path: 'retire' });
  if (!r.ok) throw new Error(r.reason.key);
  s = r.state;
  const e = step(s, { type: 'endMonth' });
  if (!e.ok) throw new Error(e.reason.key);
  return e.state;
}

describe('save format', () => {
  it('round-trips a session with its class code and nickname', () => {
    const state = played();
    const text = serializeSession({ state, classCode: 'DEMO1', nickname: '小明' });
    const back = parseSave(text);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.session.state).toEqual(state);
    expect(back.session.classCode).toBe('DEMO1');
    expect(back.session.nickname).toBe('小明');
    expect(JSON.parse(text).version).toBe(SAVE_VERSION);
  });
  it('refuses broken JSON, other files, other versions and damaged states', () => {
    const good = JSON.parse(serializeSession({ state: played(), classCode: null, nickname: null }));
    expect(parseSave('{"format":"irb-save",')).toMatchObject({ ok: false, problem: 'json' });
    expect(parseSave('garbage')).toMatchObject({ ok: false, problem: 'json' });
    expect(parseSave('[1,2]')).toMatchObject({ ok: false, problem: 'format' });
    expect(parseSave(JSON.stringify({ ...good, format: 'something-else' }))).toMatchObject({ ok: false, problem: 'format' });
    expect(parseSave(JSON.stringify({ ...good, version: 99 }))).toMatchObject({ ok: false, problem: 'newer', version: 99 });
    expect(parseSave(JSON.stringify({ ...good, state: { ...good.state, household: { ...good.state.household, cash: 'lots' } } }))).toMatchObject({ ok: false, problem: 'state' });
    expect(parseSave(JSON.stringify({ ...good, state: { ...good.state, history: null } }))).toMatchObject({ ok: false, problem: 'state' });
    expect(parseSave(JSON.stringify({ ...good, nickname: 5 }))).toMatchObject({ ok: false, problem: 'state' });
  });
});
