// The teacher's dashboard, on the host computer itself: in the desktop app (its own host, over IPC) or in a browser
// opened from the command-line host's loopback link with its token (teacher-link.ts has both):
// roster, live counts, the race-to-the-bottom chart with the break-even line, predicted against actual, class
// against simulated cohort, a projector-safe debrief (names hidden), code mode, and the exports.
import './class.css';
import qrcode from 'qrcode-generator';
import { t } from '../i18n';
import { h } from '../ui/dom';
import { redraw, type Screen } from '../ui/screens';
import { CLASS_TRADES, resolveClassHistory } from '../game/sim-api';
import type { ClassTick } from '../game/sim-api';
import type { DashboardView } from '../../shared/class-dashboard';
import type { HostCommand } from '../../shared/class-protocol';
import { encodeMarketCode } from '../../shared/market-code';
import { tallyDecisionCodes, type DecisionTally } from '../../shared/decision-tally';
import { marketTable } from './market-table';
import { tradeName } from './names';
import { wsTeacherLink, type ExportResult, type TeacherLink } from './teacher-link';
import type { ClassExportKind } from '../../shared/ipc';

/** `link`: the desktop app's own host (ipcTeacherLink), or the token of a command-line host's /teacher socket. */
export function dashboardScreen(link: TeacherLink | string, back: () => void): Screen {
  const teacher = typeof link === 'string' ? wsTeacherLink(link) : link;
  let view: DashboardView | null = null;
  let ticks: ClassTick[] = [];
  let problem = '';
  let projector = true;
  let debriefRound = 0;
  let trade = 0;
  const codeCounts = CLASS_TRADES.map(() => 0);
  let classSize = 0;
  let chart: { destroy(): void } | null = null;
  let stopped = false;
  let confirmStop = false;
  let exported: { kind: ClassExportKind; result: ExportResult } | null = null;
  const send = (r: HostCommand) => teacher.command(r);
  teacher.start({
    view: (v) => {
      view = v;
      ticks = view.params && view.history.length ? resolveClassHistory(view.params, view.classSeed, view.history) : [];
      if (!debriefRound || debriefRound > ticks.length) debriefRound = ticks.length;
      if (!classSize) classSize = view.params?.seats ?? Math.max(1, view.total);
      problem = '';
      redraw();
    },
    lost: () => { problem = 'class:dash.lost'; redraw(); },
    stopped: () => { stopped = true; confirmStop = false; redraw(); },
    problem: (key) => { problem = key; redraw(); },
  });

  const exportOne = (kind: ClassExportKind) => {
    void teacher.exportFile(kind).then((result) => {
      exported = { kind, result };
      if (result === 'failed') problem = 'class:dash.exportFailed';
      redraw();
    });
  };

  const drawChart = async (canvas: HTMLCanvasElement) => {
    chart?.destroy();
    chart = null;
    if (!ticks.length) return;
    const { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend } = await import('chart.js');
    Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend);
    // canvas text cannot wait for a font: the bundled Noto Sans SC is loaded for the chart's words first (Chinese labels)
    Chart.defaults.font.family = '"Noto Sans SC", system-ui, sans-serif';
    const labels = ticks.map((x) => t('class:dash.roundShort', { round: x.round }));
    const words = [t('class:dash.seriesFirms'), t('class:dash.seriesBreakEven'), t('class:dash.seriesProfit'), t('class:dash.axisFirms'), t('class:dash.axisProfit'), ...labels].join('');
    await document.fonts.load('12px "Noto Sans SC"', words).catch(() => undefined);
    if (!canvas.isConnected) return;
    (chart as { destroy(): void } | null)?.destroy(); // a redraw while the font loaded
    chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels,
        datasets: [
          { label: t('class:dash.seriesFirms'), data: ticks.map((x) => x.firms[trade]!), borderColor: '#0072B2', pointStyle: 'circle', yAxisID: 'y' },
          { label: t('class:dash.seriesBreakEven'), data: ticks.map((x) => x.breakEven[trade]!), borderColor: '#1f1d1a', borderDash: [8, 5], pointStyle: 'rect', yAxisID: 'y' },
          { label: t('class:dash.seriesProfit'), data: ticks.map((x) => x.avgProfit[trade]!), borderColor: '#D55E00', borderDash: [2, 4], pointStyle: 'triangle', yAxisID: 'y1' },
        ],
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: {
          y: { position: 'left', title: { display: true, text: t('class:dash.axisFirms') }, beginAtZero: true },
          y1: { position: 'right', title: { display: true, text: t('class:dash.axisProfit') }, grid: { drawOnChartArea: false } },
        },
      },
    });
  };

  const controls = (v: DashboardView) => {
    const b = (id: string, label: string, cmd: HostCommand, disabled = false) =>
      h('button', { type: 'button', class: 'button', 'data-testid': id, 'data-focus-id': id, disabled, onclick: () => send(cmd) }, label);
    const next = v.phase === 'lobby' ? 1 : v.round + 1;
    return h('div', { class: 'class-actions', role: 'group', 'aria-label': t('class:dash.controls') },
      b('dash-open', t('class:dash.open', { round: next }), { cmd: 'open', round: next }, !(v.phase === 'lobby' || v.phase === 'resolved') || next > v.rounds || v.mode !== 'live'),
      b('dash-close', t('class:dash.close', { round: v.round }), { cmd: 'close', round: Math.max(1, v.round) }, v.phase !== 'open' || v.mode !== 'live'),
      b('dash-pause', v.paused ? t('class:dash.resume') : t('class:dash.pause'), { cmd: 'pause', on: !v.paused }),
      b('dash-lock', v.locked ? t('class:dash.unlock') : t('class:dash.lock'), { cmd: 'lock', on: !v.locked }),
      b('dash-mode', v.mode === 'live' ? t('class:dash.toCode') : t('class:dash.toLive'), { cmd: 'mode', mode: v.mode === 'live' ? 'code' : 'live' }),
      b('dash-end', t('class:dash.end'), { cmd: 'end' }, v.phase === 'ended'));
  };

  /** students.csv, rounds.csv and the session file (the class results view opens it), one button each. */
  const exports = () => h('section', { class: 'class-actions', 'aria-labelledby': 'export-h', 'data-testid': 'dash-exports' },
    h('h2', { id: 'export-h', class: 'inline-h' }, t('classdesk:dash.exportTitle')),
    ...(['students', 'rounds', 'session'] as const).map((kind) =>
      h('button', { type: 'button', class: 'button', 'data-testid': `dash-export-${kind}`, 'data-focus-id': `dash-export-${kind}`, onclick: () => exportOne(kind) }, t(`classdesk:dash.export.${kind}`))),
    exported && exported.result !== 'failed'
      ? h('span', { role: 'status', 'data-testid': 'dash-export-result' }, t(`classdesk:dash.exported.${exported.result}`, { file: t(`classdesk:dash.export.${exported.kind}`) }))
      : null);

  /** The question's safe answer takes the focus (keyboard and screen-reader users land on it), and back again. */
  const focusOn = (id: string) => { document.querySelector<HTMLElement>(`[data-focus-id="${id}"]`)?.focus(); };

  /** Stopping the desktop host: asked twice, since students lose the connection (the class itself is kept). */
  const stopControl = () => {
    const stop = teacher.stop;
    if (!stop) return null;
    if (!confirmStop) {
      return h('div', { class: 'class-actions' },
        h('button', { type: 'button', class: 'button', 'data-testid': 'dash-stop', 'data-focus-id': 'dash-stop', onclick: () => { confirmStop = true; redraw(); focusOn('dash-stop-no'); } }, t('classdesk:dash.stop')));
    }
    return h('div', { class: 'notice class-confirm', role: 'alertdialog', 'aria-labelledby': 'stop-q', 'data-testid': 'dash-stop-confirm' },
      h('p', { id: 'stop-q' }, t('classdesk:dash.stopQuestion')),
      h('div', { class: 'class-actions' },
        h('button', { type: 'button', class: 'button primary', 'data-testid': 'dash-stop-yes', 'data-focus-id': 'dash-stop-yes', onclick: () => { void stop(); } }, t('classdesk:dash.stopYes')),
        h('button', { type: 'button', class: 'button', 'data-testid': 'dash-stop-no', 'data-focus-id': 'dash-stop-no', onclick: () => { confirmStop = false; redraw(); focusOn('dash-stop'); } }, t('classdesk:dash.stopNo'))));
  };

  const roster = (v: DashboardView) => h('table', { class: 'class-table', 'data-testid': 'dash-roster' },
    h('caption', {}, t('class:dash.roster', { submitted: v.submitted, total: v.total })),
    h('thead', {}, h('tr', {}, ...['seat', 'name', 'status', 'auto', 'actions'].map((k) => h('th', { scope: 'col' }, t(`class:dash.col.${k}`))))),
    h('tbody', {}, ...v.seats.map((x) => h('tr', { 'data-seat': x.seat },
      h('td', {}, String(x.seat)),
      h('td', {}, projector ? t('class:dash.hidden') : x.nick),
      h('td', { class: `status-${x.status}` }, t(`class:status.${x.status}`), x.transfer && x.status !== 'kicked' ? h('span', { class: 'transfer-note', 'data-testid': 'dash-transfer-note' }, ` · ${t('classseat:dash.transferWaiting')}`) : null),
      h('td', {}, String(x.rounds.filter((r) => r.flag === 'auto' || r.flag === 'autopilot').length)),
      h('td', {}, x.status === 'kicked' ? '' : h('span', {},
        h('button', { type: 'button', class: 'button small', onclick: () => send({ cmd: 'autopilot', seat: x.seat, on: !x.autopilot }), 'aria-label': t(x.autopilot ? 'class:dash.autopilotOffFor' : 'class:dash.autopilotOnFor', { seat: x.seat }) },
          t(x.autopilot ? 'class:dash.autopilotOff' : 'class:dash.autopilotOn')),
        h('button', { type: 'button', class: 'button small', 'data-testid': 'dash-transfer', onclick: () => send({ cmd: 'transfer', seat: x.seat, on: !x.transfer }), 'aria-label': t(x.transfer ? 'classseat:dash.transferCancelFor' : 'classseat:dash.transferFor', { seat: x.seat }) },
          t(x.transfer ? 'classseat:dash.transferCancel' : 'classseat:dash.transfer')),
        h('button', { type: 'button', class: 'button small', onclick: () => { if (confirm(t('class:dash.kickConfirm', { seat: x.seat }))) send({ cmd: 'kick', seat: x.seat }); }, 'aria-label': t('class:dash.kickFor', { seat: x.seat }) }, t('class:dash.kick'))))))));

  const liveCounts = (v: DashboardView) => h('section', { 'aria-labelledby': 'live-h' },
    h('h2', { id: 'live-h' }, t('class:dash.live', { round: v.round })),
    h('ul', { class: 'class-counts', 'data-testid': 'dash-live' }, ...CLASS_TRADES.map((id, i) =>
      h('li', {}, h('span', {}, tradeName(id)), h('span', { class: 'count-bar', style: `--n:${v.liveCounts[i]}` }), h('strong', {}, String(v.liveCounts[i]))))));

  const predicted = () => {
    if (!view || !ticks.length) return null;
    const rows = ticks.map((tk) => {
      let sum = 0; let n = 0; let said = 0; let did = 0;
      for (const x of view!.seats) {
        const p = x.predictions[String(tk.round)];
        const r = x.rounds[tk.round - 1];
        if (!p || !r?.trade) continue;
        const i = CLASS_TRADES.indexOf(r.trade);
        sum += p.entrants - tk.firms[i]!;
        n++;
        const mean = tk.avgProfit.reduce((a, b) => a + b, 0) / tk.avgProfit.length;
        if (p.beatAverage) said++;
        if (tk.avgProfit[i]! > mean) did++;
      }
      return h('tr', {}, h('td', {}, String(tk.round)), h('td', {}, n ? String(Math.round((sum / n) * 10) / 10) : '—'), h('td', {}, n ? `${said}/${n}` : '—'), h('td', {}, n ? `${did}/${n}` : '—'));
    });
    return h('table', { class: 'class-table', 'data-testid': 'dash-predicted' },
      h('caption', {}, t('class:dash.predicted')),
      h('thead', {}, h('tr', {}, ...['round', 'error', 'said', 'did'].map((k) => h('th', { scope: 'col' }, t(`class:dash.pcol.${k}`))))),
      h('tbody', {}, ...rows));
  };

  const classVsCohort = () => ticks.length ? h('table', { class: 'class-table', 'data-testid': 'dash-cohort' },
    h('caption', {}, t('class:dash.vsCohort')),
    h('thead', {}, h('tr', {}, ...['round', 'class', 'cohort', 'incumbents'].map((k) => h('th', { scope: 'col' }, t(`class:dash.ccol.${k}`))))),
    h('tbody', {}, ...ticks.map((tk) => h('tr', {},
      h('td', {}, String(tk.round)),
      h('td', {}, String(Math.round(tk.counts.reduce((a, b) => a + b, 0) * tk.seatWeight))),
      h('td', {}, String(tk.cohort.reduce((a, b) => a + b, 0))),
      h('td', {}, String(tk.incumbents.reduce((a, b) => a + b, 0))))))) : null;

  // small classes: the students' four-character decision codes, pasted or typed, fill the counts below
  let decisionText = '';
  let tally: DecisionTally | null = null;
  const decisionTally = (v: DashboardView, next: number) => h('form', { class: 'class-form', 'data-testid': 'dash-tally', onsubmit: (e: Event) => {
    e.preventDefault();
    tally = tallyDecisionCodes(decisionText, next, v.classSeed);
    if (tally.valid) {
      tally.counts.forEach((c, i) => { codeCounts[i] = Math.min(63, c); });
      classSize = tally.valid;
    }
    redraw();
  } },
    h('label', { for: 'dash-decisions' }, t('classcode:tally.label', { round: next })),
    h('textarea', { id: 'dash-decisions', 'data-testid': 'dash-decisions', rows: 3, spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'dash-decisions-hint',
      value: decisionText, oninput: (e: Event) => { decisionText = (e.target as HTMLTextAreaElement).value.slice(0, 2000); } }),
    h('p', { class: 'hint', id: 'dash-decisions-hint' }, t('classcode:tally.hint')),
    h('button', { type: 'submit', class: 'button', 'data-testid': 'dash-tally-count' }, t('classcode:tally.count')),
    tally ? h('p', { role: 'status', 'data-testid': 'dash-tally-result' },
      t('classcode:tally.result', { count: tally.valid, none: tally.noBusiness }),
      tally.problems.length ? ` ${t('classcode:tally.problems', { list: tally.problems.map((p) => `${p.code} (${t(`classcode:tally.why.${p.error}`)})`).join(t('classcode:tally.sep')) })}` : '') : null);

  const codePanel = (v: DashboardView) => {
    const next = v.phase === 'open' ? v.round : v.round + 1;
    const last = v.history.length ? encodeMarketCode({ round: v.history.length, counts: v.history[v.history.length - 1]! }, v.classSeed) : null;
    return h('section', { class: 'class-code-panel', 'aria-labelledby': 'code-h' },
      h('h2', { id: 'code-h' }, t('class:dash.codeTitle')),
      last ? h('p', { class: 'market-code', 'data-testid': 'dash-market-code' }, t('class:dash.marketCode', { round: v.history.length }), ' ', h('strong', {}, last)) : null,
      v.mode === 'code' ? decisionTally(v, next) : null,
      v.mode === 'code' ? h('form', { class: 'class-form code-form', onsubmit: (e: Event) => { e.preventDefault(); send({ cmd: 'codeCounts', round: next, counts: [...codeCounts], classSize: Math.max(1, classSize) }); } },
        h('label', { for: 'dash-size' }, t('class:codeMode.size')),
        h('input', { id: 'dash-size', type: 'number', min: 1, max: 64, value: classSize, oninput: (e: Event) => { classSize = Number((e.target as HTMLInputElement).value) || 1; } }),
        ...CLASS_TRADES.map((id, i) => h('span', { class: 'code-count' },
          h('label', { for: `dash-count-${i}` }, tradeName(id)),
          h('input', { id: `dash-count-${i}`, type: 'number', min: 0, max: 63, value: codeCounts[i], oninput: (e: Event) => { codeCounts[i] = Math.max(0, Math.min(63, Number((e.target as HTMLInputElement).value) || 0)); } }))),
        h('button', { type: 'submit', class: 'button primary', 'data-testid': 'dash-code-resolve' }, t('class:dash.codeResolve', { round: next }))) : null);
  };

  /** More than one network (Wi-Fi and a cable): every address students may type, the first one in the QR code. */
  const addressList = () => {
    const all = teacher.addresses();
    if (all.length < 2) return null;
    return h('p', { 'data-testid': 'dash-addresses' }, t('classdesk:dash.otherAddresses'), ' ', all.map((a, i) => [i ? ', ' : '', h('strong', {}, a)]).flat());
  };

  const debrief = () => {
    const tk = ticks[debriefRound - 1];
    if (!tk) return null;
    return h('section', { 'aria-labelledby': 'debrief-h', 'data-testid': 'dash-debrief' },
      h('h2', { id: 'debrief-h' }, t('class:dash.debrief')),
      h('div', { class: 'class-actions' },
        h('button', { type: 'button', class: 'button', disabled: debriefRound <= 1, onclick: () => { debriefRound--; redraw(); } }, t('class:dash.prev')),
        h('span', { role: 'status' }, t('class:dash.roundOf', { round: debriefRound, rounds: ticks.length })),
        h('button', { type: 'button', class: 'button', disabled: debriefRound >= ticks.length, onclick: () => { debriefRound++; redraw(); } }, t('class:dash.next'))),
      marketTable(tk, { caption: t('class:table.caption', { round: tk.round }) }));
  };

  return {
    render: () => {
      const v = view;
      if (stopped) {
        return h('main', { class: 'screen class-screen', 'data-testid': 'dashboard' },
          h('div', { class: 'panel class-panel' }, h('h1', {}, t('class:dash.title')),
            h('p', { role: 'status', 'data-testid': 'dash-stopped' }, t('classdesk:dash.stopped', { code: v?.code ?? '' })),
            h('button', { type: 'button', class: 'button primary', 'data-testid': 'dash-back', 'data-focus-id': 'dash-back', onclick: back }, t('common:back'))));
      }
      if (!v) {
        return h('main', { class: 'screen class-screen', 'data-testid': 'dashboard' },
          h('div', { class: 'panel class-panel' }, h('h1', {}, t('class:dash.title')),
            h('p', { role: 'status' }, problem ? t(problem) : t('class:dash.connecting')),
            h('button', { type: 'button', class: 'button', onclick: back }, t('common:back'))));
      }
      let qr: HTMLElement | null = null;
      if (v.url) {
        const q = qrcode(0, 'M');
        q.addData(v.url);
        q.make();
        qr = h('img', { class: 'class-qr', src: q.createDataURL(6, 8), alt: t('class:dash.qrAlt', { url: v.url }), width: 200, height: 200 });
      }
      const canvas = h('canvas', { 'aria-label': t('class:dash.chartLabel', { trade: tradeName(CLASS_TRADES[trade]!) }), role: 'img' });
      requestAnimationFrame(() => { void drawChart(canvas); });
      return h('main', { class: 'screen class-screen dashboard', 'data-testid': 'dashboard' },
        h('div', { class: 'panel class-panel wide' },
          h('header', { class: 'dash-head' },
            h('div', {},
              h('h1', {}, t('class:dash.title')),
              h('p', { class: 'join-code', 'data-testid': 'dash-code' }, t('class:dash.joinCode'), ' ', h('strong', {}, v.code)),
              v.url ? h('p', { 'data-testid': 'dash-url' }, t('class:dash.address'), ' ', h('strong', {}, v.url.replace(/(join\.html)?\?.*$/, ''))) : null,
              addressList(),
              h('p', { role: 'status', 'data-testid': 'dash-phase' }, t('class:dash.phase', { round: v.round, rounds: v.rounds, state: v.paused ? t('class:bar.state.paused') : t(`class:bar.state.${v.phase}`) }),
                v.locked ? ` · ${t('class:dash.locked')}` : '', v.mode === 'code' ? ` · ${t('class:bar.codeMode')}` : ''),
              problem ? h('p', { class: 'notice', role: 'alert' }, t(problem)) : null),
            qr),
          controls(v),
          h('label', { class: 'toggle' }, h('input', { type: 'checkbox', checked: projector, 'data-testid': 'dash-projector', onchange: (e: Event) => { projector = (e.target as HTMLInputElement).checked; redraw(); } }), ' ', t('class:dash.projector')),
          h('div', { class: 'dash-grid' },
            roster(v),
            liveCounts(v)),
          h('section', { 'aria-labelledby': 'chart-h' },
            h('h2', { id: 'chart-h' }, t('class:dash.race')),
            h('label', { for: 'dash-trade' }, t('class:dash.trade')), ' ',
            h('select', { id: 'dash-trade', 'data-testid': 'dash-trade', onchange: (e: Event) => { trade = Number((e.target as HTMLSelectElement).value); redraw(); } },
              ...CLASS_TRADES.map((id, i) => h('option', { value: i, selected: i === trade }, tradeName(id)))),
            h('div', { class: 'class-chart' }, canvas)),
          h('div', { class: 'dash-grid' }, predicted(), classVsCohort()),
          debrief(),
          codePanel(v),
          exports(),
          stopControl(),
          h('div', { class: 'class-actions' }, h('button', { type: 'button', class: 'button', 'data-testid': 'dash-back', onclick: back }, t(teacher.stop ? 'classdesk:dash.backHosting' : 'common:back')))));
    },
    dispose: () => { chart?.destroy(); teacher.dispose(); },
  };
}
