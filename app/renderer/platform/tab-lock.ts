// One tab owns the game. Two browser tabs on the same origin share localStorage, so each would overwrite
// the other's autosave; the first tab takes a Web Lock for as long as it is open, and a later tab finds it
// taken and opens read-only. The desktop app has one window (single-instance lock), so it always owns.
export type TabClaim = 'owner' | 'elsewhere' | 'unsupported';

export const GAME_LOCK = 'irb-game-owner';

/** Tries to take the game's lock without waiting; when granted, holds it until the page goes away. */
export function claimGame(locks: LockManager | undefined = globalThis.navigator?.locks): Promise<TabClaim> {
  if (!locks) return Promise.resolve('unsupported');
  return new Promise<TabClaim>((resolve) => {
    locks
      .request(GAME_LOCK, { ifAvailable: true }, (lock) => {
        if (!lock) {
          resolve('elsewhere');
          return undefined;
        }
        resolve('owner');
        return new Promise<void>(() => undefined); // never settles: the lock goes with the page
      })
      .catch(() => resolve('unsupported'));
  });
}
