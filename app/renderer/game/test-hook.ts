// A window hook (window.__irbPlay) for end-to-end tests, present only with ?test=1: read the running game's
// state, so a test can compare what the month screen shows with the model's own numbers.
import { currentSession } from './session';
import type { GameState } from './sim-api';

declare global {
  interface Window {
    __irbPlay?: { state(): GameState | null };
  }
}

if (typeof location !== 'undefined' && new URLSearchParams(location.search).get('test') === '1') {
  window.__irbPlay = { state: () => (currentSession()?.state ?? null) };
}
