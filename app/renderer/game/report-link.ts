// Where the end screen finds the debrief report (app/renderer/report). Imported on demand, so the title and
// the months do not wait for the report's charts and its worker to load.
import type { GameState } from '../../sim';
import type { Screen } from '../ui/screens';
import { setWorldPaused } from '../world';
import type { Session } from './save-format';

/**
 * Starts the report's simulations (paths not taken, many lives) in its workers ahead of time: they depend
 * only on the game's persona, scenario and seed, so by the time the player opens the report they are ready.
 * Its font glyphs are fetched at the same time.
 */
export function prefetchReport(state: GameState): void {
  void import('../report/index').then((mod) => { mod.prefetchReportFigures(state); mod.prefetchReportFonts(); }).catch(() => undefined);
}

export async function loadReportScreen(session: Session, back: () => void, help?: () => void): Promise<Screen> {
  const mod = await import('../report/index');
  const screen = mod.reportScreen(session, { back, help });
  // The report covers the whole window: stop drawing the town behind it so the workers get the CPU.
  setWorldPaused(true);
  const dispose = screen.dispose?.bind(screen);
  screen.dispose = () => { setWorldPaused(false); dispose?.(); };
  return screen;
}
