// The browser-side guards against silent loss: a failed autosave is reported (quota, read-only), an unusable
// save is kept aside and the backup restored, a save that cannot be kept aside is left untouched, a newer
// save is told apart, and only one tab owns the game.
import { beforeEach, describe, expect, it } from 'vitest';
import { backupKey, browserStore, isQuotaError, readOnlyStore, saveKey, setStore } from '../../../app/renderer/platform/store';
import { claimGame } from '../../../app/renderer/platform/tab-lock';
import { autosave, dispatch, endSession, flushSaves, onSaveStatusChange, readAutosave, saveStatus, startSession } from '../../../app/renderer/game/session';
import { AUTOSAVE_SLOT, SAVE_VERSION } from '../../../app/renderer/game/save-format';

class QuotaError extends Error { override name = 'QuotaExceededError'; }

/** An in-memory Storage holding at most `limit` characters (keys + values), like a browser's quota. */
function limitedStorage(limit = Infinity): Storage & { map: Map<string, string>; limit: number } {
  const map = new Map<string, string>();
  const used = () => [...map].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    map, limit,
    get length() { return map.size; },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => { map.delete(k); },
    setItem(k, v) {
      const before = map.get(k);
      const grow = k.length + String(v).length - (before === undefined ? 0 : k.length + before.length);
      if (used() + grow > this.limit) throw new QuotaError('The quota has been exceeded.');
      map.set(k, String(v));
    },
  };
}

const cfg = { scenarioId: '2016-steel-coal', personaId: 'chen-li', seed: 7, months: 6 };
let ls: ReturnType<typeof limitedStorage>;
beforeEach(() => {
  endSession();
  ls = limitedStorage();
  setStore(browserStore(ls));
});

async function playedMonths(n: number): Promise<void> {
  expect(startSession(cfg, null, null).ok).toBe(true);
  expect(dispatch({ type: 'choosePath', path: 'retrain', courseId: 'eCommerce' }).ok).toBe(true);
  for (let i = 0; i < n; i++) expect(dispatch({ type: 'endMonth' }).ok).toBe(true);
  await flushSaves();
}

describe('save status', () => {
  it('reports a full storage after a failed autosave, and clears it when a retry works', async () => {
    await playedMonths(1);
    expect(saveStatus()).toEqual({ ok: true });
    const seen: string[] = [];
    const stop = onSaveStatusChange((s) => seen.push(s.ok ? 'ok' : s.code));
    ls.limit = 10; // nothing more fits
    dispatch({ type: 'endMonth' });
    await flushSaves();
    expect(saveStatus()).toMatchObject({ ok: false, code: 'quota' });
    // The stored game is the one before: nothing was half-written.
    expect(JSON.parse(ls.getItem(saveKey(AUTOSAVE_SLOT))!).state.history).toHaveLength(1);
    ls.limit = Infinity;
    await autosave();
    expect(saveStatus()).toEqual({ ok: true });
    expect(JSON.parse(ls.getItem(saveKey(AUTOSAVE_SLOT))!).state.history).toHaveLength(2);
    expect(seen).toEqual(['quota', 'ok']);
    stop();
  });

  it('a read-only tab writes nothing and says so', async () => {
    setStore(readOnlyStore(browserStore(ls)));
    await playedMonths(1);
    expect(saveStatus()).toMatchObject({ ok: false, code: 'readonly' });
    expect(ls.length).toBe(0);
  });

  it('a browser that blocks storage: the autosave failure is reported, never silent', async () => {
    const blocked = { ...limitedStorage(), getItem: () => null, setItem: () => { throw new DOMException('blocked', 'SecurityError'); } } as unknown as Storage;
    setStore(browserStore(blocked));
    await playedMonths(1);
    expect(saveStatus()).toMatchObject({ ok: false, code: 'io' });
  });

  it('recognises the quota errors of different browsers', () => {
    expect(isQuotaError(new QuotaError('x'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }))).toBe(true);
    expect(isQuotaError(new Error('disk'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});

describe('continue from a save that cannot be used', () => {
  it('keeps the bad save aside and offers the backup, saying so', async () => {
    await playedMonths(2);
    expect(JSON.parse(ls.getItem(backupKey(AUTOSAVE_SLOT))!).state.history).toHaveLength(1);
    ls.setItem(saveKey(AUTOSAVE_SLOT), '{"format":"irb-save","version":1,"state":{"month":');
    const r = await readAutosave();
    expect(r).toMatchObject({ kind: 'ok', restored: true });
    if (r.kind === 'ok') expect(r.session.state.history).toHaveLength(1);
    expect(ls.getItem(`${saveKey(AUTOSAVE_SLOT)}.corrupt-1`)).toContain('"month":');
    expect(ls.getItem(backupKey(AUTOSAVE_SLOT))).toBeNull();
  });

  it('tells a save from a newer version apart, leaves it in place, and keeps it aside before a new game writes', async () => {
    const newer = JSON.stringify({ format: 'irb-save', version: SAVE_VERSION + 1, state: { whatever: true } });
    ls.setItem(saveKey(AUTOSAVE_SLOT), newer);
    expect(await readAutosave()).toMatchObject({ kind: 'newer' });
    expect(ls.getItem(saveKey(AUTOSAVE_SLOT))).toBe(newer);
    await playedMonths(0);
    expect(ls.getItem(`${saveKey(AUTOSAVE_SLOT)}.newer-1`)).toBe(newer);
    expect(JSON.parse(ls.getItem(saveKey(AUTOSAVE_SLOT))!).version).toBe(SAVE_VERSION);
  });

  it('leaves an unusable save in place when there is no room to keep it aside, and never writes over it', async () => {
    const bad = `{"format":"irb-save","version":1,"pad":"${'x'.repeat(500)}"`;
    ls.setItem(saveKey(AUTOSAVE_SLOT), bad);
    ls.limit = saveKey(AUTOSAVE_SLOT).length + bad.length + 4; // the save fits, a copy under a longer key does not
    const r = await readAutosave();
    expect(r).toMatchObject({ kind: 'full', text: bad });
    expect(ls.getItem(saveKey(AUTOSAVE_SLOT))).toBe(bad);
    await playedMonths(1);
    expect(saveStatus()).toMatchObject({ ok: false, code: 'quota' });
    expect(ls.getItem(saveKey(AUTOSAVE_SLOT))).toBe(bad);
  });

  it('a read-only tab leaves a bad save where it is', async () => {
    ls.setItem(saveKey(AUTOSAVE_SLOT), 'garbage');
    setStore(readOnlyStore(browserStore(ls)));
    expect(await readAutosave()).toMatchObject({ kind: 'corrupt' });
    expect([...ls.map.keys()]).toEqual([saveKey(AUTOSAVE_SLOT)]);
  });

  it('never throws, whatever the store does', async () => {
    setStore({ ...browserStore(ls), readSave: () => Promise.reject(new Error('boom')) });
    expect(await readAutosave()).toMatchObject({ kind: 'io' });
  });
});

describe('one tab owns the game', () => {
  /** A LockManager stand-in with the one call claimGame makes. */
  function fakeLocks(): LockManager {
    const held = new Set<string>();
    return {
      query: async () => ({ held: [], pending: [] }),
      request: (async (name: string, _opts: LockOptions, cb: (l: Lock | null) => unknown) => {
        if (held.has(name)) return cb(null);
        held.add(name);
        return cb({ name, mode: 'exclusive' } as Lock);
      }) as LockManager['request'],
    } as LockManager;
  }

  it('the first claim owns, the second finds the game open elsewhere', async () => {
    const locks = fakeLocks();
    expect(await claimGame(locks)).toBe('owner');
    expect(await claimGame(locks)).toBe('elsewhere');
    expect(await claimGame(undefined)).toBe('unsupported');
  });
});
