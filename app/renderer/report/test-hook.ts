// Test-only entry (loaded when the URL has ?test=1): jumps straight to a finished game's report, so end-to-end
// tests and the benchmark need not play 36 months by hand. Does nothing in normal use.
import { simulateLife } from '../../sim';
import type { PathId } from '../game/sim-api';
import type { LocaleId } from '../../shared/locales';
import { updateSettings } from '../settings';
import { loadNamespace } from '../i18n';
import { showScreen } from '../ui/screens';
import { setWorldPaused } from '../world';
import { helpScreen } from '../ui/help-screen';
import { reportScreen, reportStatus } from './screen';
import { lifeOutcome, type LifeOutcome } from './lives';

export interface ShowReportRequest {
  personaId: string;
  path: PathId;
  seed: number;
  lang?: LocaleId;
  scenarioId?: string;
  classCode?: string | null;
  nickname?: string | null;
  /** Lives per path (default 500). */
  runs?: number;
}

declare global {
  interface Window {
    __irbTest?: {
      showReportFor(req: ShowReportRequest): Promise<void>;
      /** Resolves with the milliseconds the simulated figures took, once they are on screen. */
      reportReady(): Promise<number>;
      /** Resolves when the last print/save started from the report has finished preparing. */
      lastExport(): Promise<void>;
      /** One automatic life on the main thread, summarised (to compare with the worker's figures). */
      lifeOutcome(req: ShowReportRequest): LifeOutcome;
    };
  }
}

if (typeof location !== 'undefined' && new URLSearchParams(location.search).get('test') === '1') {
  window.__irbTest = {
    ...window.__irbTest,
    async showReportFor(req) {
      if (req.lang) await updateSettings({ language: req.lang });
      const state = simulateLife({ scenarioId: req.scenarioId ?? '2016-steel-coal', personaId: req.personaId, seed: req.seed }, req.path);
      const show = () => showScreen(reportScreen({ state, classCode: req.classCode ?? null, nickname: req.nickname ?? null }, { back: () => location.reload(), help: () => { void loadNamespace('help').then(() => showScreen(helpScreen(show))); } }, { runs: req.runs }));
      // As the game's own way in does (game/report-link.ts): the report covers the window, so the town behind it
      // stops drawing and the report's workers get the CPU. Without this the benchmark's cold report also paid
      // for ~0.9 s of town frames on the main thread that a player never has.
      setWorldPaused(true);
      show();
    },
    async reportReady() {
      const s = reportStatus();
      if (!s) throw new Error('no report on screen');
      const f = await s.ready;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return f.millis;
    },
    lifeOutcome(req) {
      return lifeOutcome(simulateLife({ scenarioId: req.scenarioId ?? '2016-steel-coal', personaId: req.personaId, seed: req.seed }, req.path));
    },
    async lastExport() {
      await reportStatus()?.lastExport;
    },
  };
}
