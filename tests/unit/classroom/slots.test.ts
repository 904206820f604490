// Games that are kept: a new game never takes the place of one still being played, every finished game stays
// among the past games (once), games can be renamed and deleted, and a kept game can be taken up again.
import { beforeEach, describe, expect, it } from 'vitest';
import { newGame, step, type GameState } from '../../../app/sim';
import { browserStore } from '../../../app/renderer/platform/store';
import { AUTOSAVE_SLOT, serializeSession, type Session } from '../../../app/renderer/game/save-format';
import { deleteGame, keepFinished, keepPlaying, listGames, renameGame, takeUpGame, unfinishedAutosave } from '../../../app/renderer/game/slots';

class MemoryStorage implements Storage {
  private m = new Map<string, string>();
  get length() { return this.m.size; }
  clear() { this.m.clear(); }
  getItem(k: string) { return this.m.get(k) ?? null; }
  key(i: number) { return [...this.m.keys()][i] ?? null; }
  removeItem(k: string) { this.m.delete(k); }
  setItem(k: string, v: string) { this.m.set(k, String(v)); }
}

function game(personaId: string, months: number, play: number): GameState {
  const g = newGame({ scenarioId: '2016-steel-coal', personaId, seed: 5, months });
  if (!g.ok) throw new Error(g.reason.key);
  let s = g.state;
  const r0 = step(s, { type: 'choosePath', path: 'retrain', courseId: 'elderCare' });
  if (r0.ok) s = r0.state;
  for (let i = 0; i < play && !s.ended; i++) {
    const r = step(s, s.pendingEvent ? { type: 'resolveEvent', choiceId: s.pendingEvent.choices.find((c) => c.eligible)!.id } : { type: 'endMonth' });
    if (!r.ok) throw new Error(r.reason.key);
    s = r.state;
  }
  return s;
}
const session = (state: GameState, nickname: string | null = null): Session => ({ state, classCode: null, nickname });

let ls: MemoryStorage;
beforeEach(() => {
  ls = new MemoryStorage();
  (globalThis as { localStorage?: Storage }).localStorage = ls;
});

describe('kept games', () => {
  it('a game being played is found in the autosave and kept in a slot of its own', async () => {
    const store = browserStore(ls);
    const playing = session(game('chen-li', 12, 3));
    await store.writeSave(AUTOSAVE_SLOT, serializeSession(playing));
    expect((await unfinishedAutosave(store))?.state.month).toBe(playing.state.month);
    const slot = await keepPlaying(playing, store);
    expect(slot).toMatch(/^game-[a-z0-9]+$/);
    const games = await listGames(store);
    expect(games).toHaveLength(1);
    expect(games[0]).toMatchObject({ slot, kind: 'playing', personaId: 'chen-li', month: playing.state.history.length, monthsTotal: 12 });
    expect(games[0]!.savedAt).not.toBeNull();
  });

  it('a finished game is kept once, however often it is kept', async () => {
    const store = browserStore(ls);
    const done = session(game('liu-fang', 4, 40));
    expect(done.state.ended).not.toBeNull();
    const a = await keepFinished(done, store);
    const b = await keepFinished(done, store);
    expect(a).toBe(b);
    expect(await keepFinished(session(game('liu-fang', 4, 1)), store)).toBeNull();
    const games = await listGames(store);
    expect(games.map((g) => g.kind)).toEqual(['finished']);
    expect(games[0]!.outcome).toBeTruthy();
  });

  it('renames and deletes a kept game; the names live apart from the saves', async () => {
    const store = browserStore(ls);
    const slot = (await keepFinished(session(game('liu-fang', 4, 40)), store))!;
    expect(renameGame(slot, '  我的第一局  ')).toBe(true);
    expect((await listGames(store))[0]!.name).toBe('我的第一局');
    expect(await deleteGame(slot, store)).toBe(true);
    expect(await listGames(store)).toEqual([]);
    expect(ls.getItem('irb.gameNames')).toBe('{}');
    expect(await deleteGame('autosave', store)).toBe(false);
  });

  it('taking up a kept game keeps the one being played first', async () => {
    const store = browserStore(ls);
    const first = session(game('chen-li', 12, 3), 'first');
    const second = session(game('wang-qiang', 12, 5), 'second');
    const slot = (await keepPlaying(first, store))!;
    await store.writeSave(AUTOSAVE_SLOT, serializeSession(second));
    const back = await takeUpGame(slot, store);
    expect(back?.nickname).toBe('first');
    expect((await unfinishedAutosave(store))?.nickname).toBe('first');
    const games = await listGames(store);
    expect(games.map((g) => g.session.nickname)).toEqual(['second']);
  });
});
