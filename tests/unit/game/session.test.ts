// The session autosaves after every step, continues from the autosave, and sets a bad save aside (never
// overwriting it) so a new game can start.
import { beforeEach, describe, expect, it } from 'vitest';
import { browserStore, setStore } from '../../../app/renderer/platform/store';
import { currentSession, dispatch, flushSaves, passQuietMonths, readAutosave, startSession } from '../../../app/renderer/game/session';

/** An in-memory Storage with the parts browserStore uses. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() { return m.size; },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => { m.delete(k); },
    setItem: (k, v) => { m.set(k, String(v)); },
  };
}

let ls: Storage;
beforeEach(() => {
  ls = memoryStorage();
  setStore(browserStore(ls));
});

describe('session', () => {
  it('autosaves after each step and continues from the save', async () => {
    expect(startSession({ scenarioId: '2016-steel-coal', personaId: 'chen-li', seed: 7, months: 6 }, 'DEMO1', 'Li').ok).toBe(true);
    const r = dispatch({ type: 'choosePath', path: 'retrain', courseId: 'eCommerce' });
    expect(r.ok).toBe(true);
    expect(dispatch({ type: 'endMonth' }).ok).toBe(true);
    await flushSaves();
    const saved = await readAutosave();
    expect(saved.kind).toBe('ok');
    if (saved.kind !== 'ok') return;
    expect(saved.session.state).toEqual(currentSession()!.state);
    expect(saved.session.state.history).toHaveLength(1);
    expect(saved.session.classCode).toBe('DEMO1');
  });

  it('refuses an action the model refuses, and leaves the state as it was', () => {
    startSession({ scenarioId: '2016-steel-coal', personaId: 'wang-qiang', seed: 7, months: 6 }, null, null);
    const before = currentSession()!.state;
    const r = dispatch({ type: 'endMonth' }); // a path must be chosen first
    expect(r.ok).toBe(false);
    expect(currentSession()!.state).toBe(before);
  });

  it('lets quiet months pass until something needs the player, never past the end', () => {
    startSession({ scenarioId: '2016-steel-coal', personaId: 'liu-fang', seed: 3, months: 8 }, null, null);
    dispatch({ type: 'choosePath', path: 'retire' });
    let guard = 0;
    while (!currentSession()!.state.ended && guard++ < 20) {
      const s = currentSession()!.state;
      if (s.pendingEvent) { dispatch({ type: 'resolveEvent', choiceId: s.pendingEvent.choices.find((c) => c.eligible)!.id }); continue; }
      const r = passQuietMonths(12);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.months).toBeGreaterThan(0);
    }
    expect(currentSession()!.state.ended).not.toBeNull();
    expect(currentSession()!.state.history.length).toBe(8);
  });

  it('sets an unreadable save aside under a corrupt key and never overwrites it', async () => {
    ls.setItem('irb.save.autosave', 'garbage{');
    const r = await readAutosave();
    expect(r.kind).toBe('corrupt');
    expect(ls.getItem('irb.save.autosave')).toBeNull();
    expect(ls.getItem('irb.save.autosave.corrupt-1')).toBe('garbage{');
    startSession({ scenarioId: '2016-steel-coal', personaId: 'gao-peng', seed: 1, months: 4 }, null, null);
    await flushSaves();
    expect(ls.getItem('irb.save.autosave.corrupt-1')).toBe('garbage{');
    expect((await readAutosave()).kind).toBe('ok');
    // A second bad save is kept beside the first, not over it.
    ls.setItem('irb.save.autosave', '{"format":"irb-save","version":0}');
    expect((await readAutosave()).kind).toBe('corrupt');
    expect(ls.getItem('irb.save.autosave.corrupt-1')).toBe('garbage{');
    expect(ls.getItem('irb.save.autosave.corrupt-2')).toContain('"version":0');
    // A save from a newer version of the game gets its own name and message.
    ls.setItem('irb.save.autosave', '{"format":"irb-save","version":999}');
    expect((await readAutosave()).kind).toBe('newer');
    expect(ls.getItem('irb.save.autosave')).toContain('999');
  });
});
