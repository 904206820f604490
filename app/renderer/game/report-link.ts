// Where the end screen finds the debrief report (app/renderer/report). Imported on demand, so the title and
// the months do not wait for the report's charts and its worker to load.
import type { Screen } from '../ui/screens';
import type { Session } from './save-format';

export async function loadReportScreen(session: Session, back: () => void): Promise<Screen> {
  const mod = await import('../report/index');
  return mod.reportScreen(session, { back });
}
