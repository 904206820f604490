// Where the end screen finds the debrief report (app/renderer/report). Loaded lazily, and optional at build
// time: without the report module the end screen shows its own summary only.
import type { Screen } from '../ui/screens';
import type { Session } from './save-format';

interface ReportModule {
  reportScreen?: (session: Session, actions: { back: () => void }) => Screen;
}

const found = import.meta.glob<ReportModule>('../report/index.ts');
const loader = Object.values(found)[0] ?? null;

export const hasReport = (): boolean => loader !== null;

export async function loadReportScreen(session: Session, back: () => void): Promise<Screen | null> {
  if (!loader) return null;
  const mod = await loader();
  return mod.reportScreen ? mod.reportScreen(session, { back }) : null;
}
