// The end-of-game report as a Screen: draws at once from the game's history, fills in the paths not taken and
// the many lives when the worker finishes (with a progress bar meanwhile), redraws in the new language on a
// switch, and prints (current language or both, A4 or Letter) or saves a results file.
import '../styles/report.css';
import type { GameState } from '../game/sim-api';
import { PATH_IDS } from '../game/sim-api';
import type { LocaleId } from '../../shared/locales';
import { LOCALES } from '../../shared/locales';
import type { PdfPageSize } from '../../shared/ipc';
import { serializeResults } from '../../shared/results';
import { lang } from '../i18n';
import { prefersReducedMotion } from '../settings';
import { h } from '../ui/dom';
import { languageSwitch } from '../ui/language-switch';
import type { Screen } from '../ui/screens';
import type { Chart } from './charts';
import { DEFAULT_RUNS, figuresFor, figuresIfReady, type Progress } from './figures-client';
import type { ReportFigures } from './lives';
import { buildReport, playerStanding } from './model';
import { preparePrint, preparePrintNow, removePrintCopy } from './print';
import { buildResultsFile, resultsFileName } from './results-file';
import type { EntryPrediction } from '../game/prediction';
import { langFor, setReportScenario } from './text';
import { drawCharts, drawReport, type DrawnReport, type ReportData } from './view';

export interface ReportSession {
  state: GameState;
  classCode: string | null;
  nickname: string | null;
  prediction?: EntryPrediction | null;
}

export interface ReportActions {
  back: () => void;
  /** Opens Help (teacher guide, model, glossary); Back there returns to this report. */
  help?: () => void;
}

export interface ReportOptions {
  /** Lives per path for the distributions (default 500). */
  runs?: number;
}

type PrintLangs = 'current' | 'bilingual';

/** What the report is doing, for tests and the benchmark (read through the test hook). */
export interface ReportStatus {
  figures: ReportFigures | null;
  ready: Promise<ReportFigures>;
  lastExport: Promise<void> | null;
}

let status: ReportStatus | null = null;
export const reportStatus = (): ReportStatus | null => status;

export function reportScreen(session: ReportSession, actions: ReportActions, opts: ReportOptions = {}): Screen {
  const runs = opts.runs ?? DEFAULT_RUNS;
  const state = session.state;
  setReportScenario(state.scenarioId);
  const model = buildReport(state);
  const cfg = state.config;
  const data: ReportData = {
    // The job: the paths not taken (one life per path) and `runs` lives per path.
    state, model, figures: figuresIfReady(cfg, runs), figuresError: null, progress: { done: 0, total: PATH_IDS.length * (runs + 1) },
    classCode: session.classCode, nickname: session.nickname, prediction: session.prediction ?? null,
  };
  let nickname = session.nickname ?? '';
  let printLangs: PrintLangs = 'current';
  let pageSize: PdfPageSize = 'A4';
  let printLength: 'full' | 'short' = 'full';
  let message: { key: string; params?: Record<string, unknown> } | null = null;
  let drawn: DrawnReport | null = null;
  let charts: Chart[] = [];
  let generation = 0;
  let disposed = false;

  const destroyCharts = () => { charts.forEach((c) => c.destroy()); charts = []; };
  const draw = (pending: DrawnReport['charts']) => {
    const gen = generation;
    void drawCharts(pending, () => gen === generation && !disposed).then((cs) => { charts.push(...cs.map((c) => c.chart)); });
  };

  const ready = figuresFor(cfg, runs, (p: Progress) => {
    data.progress = p;
    drawn?.setProgress(p);
  });
  status = { figures: data.figures, ready, lastExport: null };
  if (!data.figures) {
    ready.then((f) => {
      data.figures = f;
      if (status) status.figures = f;
      if (disposed || !drawn) return;
      draw(drawn.refreshFigures(data));
    }, (e: unknown) => {
      data.figuresError = e instanceof Error ? e.message : String(e);
      if (!disposed && drawn) drawn.refreshFigures(data);
    });
  }

  const printData = (): ReportData => ({ ...data, nickname: nickname.trim() || null });
  const langsFor = (choice: PrintLangs): LocaleId[] => (choice === 'bilingual' ? [...LOCALES] : [lang()]);

  const setMessage = (key: string, params?: Record<string, unknown>) => {
    message = { key, params };
    const el = document.querySelector<HTMLElement>('[data-testid="report-export-status"]');
    if (el) el.textContent = langFor(lang()).t(key, params);
  };

  async function exportPdf(): Promise<void> {
    setMessage('report:export.preparing');
    if (!data.figures) await ready.catch(() => undefined);
    const L = langFor(lang());
    await preparePrint(printData(), langsFor(printLangs), pageSize, printLength === 'short');
    const name = `${L.tr(model.name)} - ${L.t('report:title')}`;
    if (window.irb) {
      const r = await window.irb.exportFile({ kind: 'pdf', suggestedName: name, pageSize });
      if (!r.ok) setMessage('report:export.failed', { detail: r.error.message });
      else setMessage(r.value.saved ? 'report:export.saved' : 'report:export.cancelled', r.value.saved ? { path: r.value.path } : undefined);
    } else {
      message = null;
      const el = document.querySelector<HTMLElement>('[data-testid="report-export-status"]');
      if (el) el.textContent = '';
      window.print();
    }
  }

  async function saveResults(): Promise<void> {
    const f = data.figures ?? await ready.catch(() => null);
    const file = buildResultsFile(state, {
      language: lang(), classCode: session.classCode, nickname: nickname.trim() || null,
      standing: f ? playerStanding(model, f) : null,
      prediction: session.prediction ?? null,
      simulated: f ? f.distributions.filter((d) => d.stats && d.runs > 0).map((d) => ({
        path: d.path, runs: d.runs, p25: Math.round(d.stats!.p25), median: Math.round(d.stats!.median), p75: Math.round(d.stats!.p75),
        defaultShare: d.stats!.defaultShare, employedShare: d.stats!.employedEndShare,
      })) : undefined,
    });
    const text = serializeResults(file);
    const name = resultsFileName(file);
    if (window.irb) {
      const r = await window.irb.exportFile({ kind: 'json', suggestedName: name, data: text });
      if (!r.ok) setMessage('report:export.failed', { detail: r.error.message });
      else setMessage(r.value.saved ? 'report:export.saved' : 'report:export.cancelled', r.value.saved ? { path: r.value.path } : undefined);
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = h('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage('report:export.downloaded');
  }

  const run = (fn: () => Promise<void>) => () => {
    const p = fn().catch((e: unknown) => setMessage('report:export.failed', { detail: e instanceof Error ? e.message : String(e) }));
    if (status) status.lastExport = p;
  };

  // Ctrl+P or the browser's menu: make sure the paper copy exists (drawn at once, in the chosen languages).
  const onBeforePrint = () => {
    if (!document.querySelector('.report-print-root')) preparePrintNow(printData(), langsFor(printLangs), pageSize, printLength === 'short');
  };
  window.addEventListener('beforeprint', onBeforePrint);

  function exportPanel(): HTMLElement {
    const L = langFor(lang());
    const radio = <T extends string>(group: string, value: T, current: T, label: string, onPick: (v: T) => void) =>
      h('label', { class: 'choice' },
        h('input', { type: 'radio', name: group, value, checked: value === current, 'data-focus-id': `${group}-${value}`, 'data-testid': `${group}-${value}`, onchange: () => { onPick(value); removePrintCopy(); } }),
        ` ${label}`);
    return h('section', { class: 'report-export no-print', 'aria-labelledby': 'report-export-h' },
      h('h2', { id: 'report-export-h' }, L.t('report:section.export')),
      h('p', {}, L.t('report:export.intro')),
      h('div', { class: 'export-grid' },
        h('fieldset', {}, h('legend', {}, L.t('report:export.language')),
          radio('print-langs', 'current', printLangs, L.t('report:export.current'), (v) => { printLangs = v; }),
          radio('print-langs', 'bilingual', printLangs, L.t('report:export.bilingual'), (v) => { printLangs = v; })),
        h('fieldset', {}, h('legend', {}, L.t('classroom:print.length')),
          radio('print-length', 'full', printLength, L.t('classroom:print.full'), (v) => { printLength = v; }),
          radio('print-length', 'short', printLength, L.t('classroom:print.short'), (v) => { printLength = v; })),
        h('fieldset', {}, h('legend', {}, L.t('report:export.pageSize')),
          radio<PdfPageSize>('page-size', 'A4', pageSize, L.t('report:export.a4'), (v) => { pageSize = v; }),
          radio<PdfPageSize>('page-size', 'Letter', pageSize, L.t('report:export.letter'), (v) => { pageSize = v; })),
        h('div', { class: 'export-buttons' },
          h('button', { type: 'button', class: 'button primary', 'data-focus-id': 'report-print', 'data-testid': 'report-print', onclick: run(exportPdf) }, L.t('report:export.print')))),
      h('div', { class: 'export-results' },
        h('label', { for: 'report-nickname' }, L.t('report:export.nickname')),
        h('input', {
          id: 'report-nickname', type: 'text', maxlength: 60, autocomplete: 'off', value: nickname, 'aria-describedby': 'report-nickname-hint',
          'data-focus-id': 'report-nickname', 'data-testid': 'report-nickname', oninput: (e: Event) => { nickname = (e.target as HTMLInputElement).value; },
        }),
        h('p', { id: 'report-nickname-hint', class: 'hint' }, L.t('report:export.nicknameHint')),
        h('button', { type: 'button', class: 'button', 'data-focus-id': 'report-save-results', 'data-testid': 'report-save-results', onclick: run(saveResults) }, L.t('report:export.saveResults'))),
      h('p', { class: 'export-status', role: 'status', 'data-testid': 'report-export-status' }, message ? L.t(message.key, message.params) : ''));
  }

  return {
    initialFocus: 'report-heading',
    render() {
      generation++;
      destroyCharts();
      removePrintCopy();
      const L = langFor(lang());
      drawn = drawReport(L, data, { print: false, reducedMotion: prefersReducedMotion(), idPrefix: 'report-' });
      drawn.el.querySelector('h1')?.setAttribute('data-focus-id', 'report-heading');
      const back = (id: string) => h('button', { type: 'button', class: 'button', 'data-focus-id': id, 'data-testid': id, onclick: () => actions.back() }, L.t('report:export.back'));
      const screen = h('main', { class: 'screen report-screen', 'data-testid': 'report-screen', 'data-lang': L.id },
        h('div', { class: 'report-paper' },
          h('nav', { class: 'report-topbar no-print', 'aria-label': L.t('report:contents') },
            h('div', { class: 'report-topbar-start' }, back('report-back'),
              actions.help ? h('button', { type: 'button', class: 'button', 'data-focus-id': 'report-help', 'data-testid': 'report-help', onclick: () => actions.help?.() }, L.t('common:menu.help')) : null),
            languageSwitch()),
          drawn.el,
          exportPanel(),
          h('nav', { class: 'report-bottombar no-print' }, back('report-back-bottom'))));
      draw(drawn.charts);
      return screen;
    },
    dispose() {
      disposed = true;
      generation++;
      destroyCharts();
      removePrintCopy();
      window.removeEventListener('beforeprint', onBeforePrint);
      drawn = null;
    },
  };
}
