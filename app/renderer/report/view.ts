// Draws the report in one language: the same function makes the on-screen report and each language of the
// printed one. Charts are drawn after the bundled font is ready, each with a text summary and a data table.
import { predictionSection } from './prediction-section';
import type { EntryPrediction } from '../game/prediction';
import type { GameState, PathId } from '../game/sim-api';
import { PATH_IDS } from '../game/sim-api';
import { h } from '../ui/dom';
import { lineChart, makeCanvas, PALETTE, stripChart, type Chart } from './charts';
import type { LifeOutcome, ReportFigures } from './lives';
import {
  buildIdeas, buildPathColumns, buildQuestions, buildRealRows, playerStanding, SOURCE_IDS, type ReportModel,
} from './model';
import type { Lang, Msg } from './text';
import { names } from './names';
import { joinSentences, labelled } from '../typography';
import type { Progress } from './figures-client';

export interface ReportData {
  state: GameState;
  model: ReportModel;
  figures: ReportFigures | null;
  figuresError: string | null;
  progress: Progress | null;
  classCode: string | null;
  nickname: string | null;
  prediction?: EntryPrediction | null;
}

export interface DrawOptions {
  print: boolean;
  reducedMotion: boolean;
  /** Prefix for ids, so two languages can sit on one printed page without clashing. */
  idPrefix: string;
}

/** A chart waiting to be drawn: the canvas is in the DOM, the drawing happens once the font is ready. */
export interface PendingChart {
  canvas: HTMLCanvasElement;
  draw(): Chart;
  /** Strings drawn on the canvas (the font must cover them before drawing). */
  text: string;
}

export interface DrawnReport {
  el: HTMLElement;
  charts: PendingChart[];
  /** Fills the figures-dependent sections again (when the simulated lives arrive). */
  refreshFigures(data: ReportData): PendingChart[];
  /** Updates only the progress bar. */
  setProgress(p: Progress | null): void;
}

const PATH_POINTS = { retire: 'circle', retrain: 'rect', migrate: 'triangle', business: 'crossRot' } as const;
const PATH_COLORS: Record<PathId, string> = { retire: PALETTE.blue, retrain: PALETTE.green, migrate: PALETTE.orange, business: PALETTE.vermillion };


function section(L: Lang, id: string, o: DrawOptions, ...children: (Node | null | false)[]): HTMLElement {
  return h('section', { class: `report-section report-${id}`, 'aria-labelledby': `${o.idPrefix}${id}-h`, 'data-section': id },
    h('h2', { id: `${o.idPrefix}${id}-h` }, L.t(`report:section.${id}`)),
    ...children);
}

function dataTable(L: Lang, caption: string, head: string[], rows: (string | number)[][], numeric: boolean[]): HTMLElement {
  return h('table', { class: 'report-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c, i) => h('th', { scope: 'col', class: numeric[i] ? 'num' : null }, c)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, ...r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, String(c))
      // A short row (e.g. a path this person cannot take) spans the remaining columns with its one explanation.
      : r.length < head.length && i === r.length - 1 ? h('td', { colspan: head.length - i, class: 'refused' }, String(c))
        : h('td', { class: numeric[i] ? 'num' : null }, String(c))))))));
}

/** A figure: canvas + a one-sentence summary + the numbers behind it (folded away on screen, left out on paper). */
function figure(L: Lang, o: DrawOptions, title: string, canvas: HTMLCanvasElement, summary: string, table: HTMLElement | null, intro?: string): HTMLElement {
  return h('figure', { class: 'report-figure' },
    h('figcaption', {}, h('strong', {}, title), intro ? h('span', { class: 'figure-intro' }, ` ${intro}`) : null),
    h('div', { class: 'chart-frame' }, canvas),
    h('p', { class: 'figure-summary' }, summary),
    table && !o.print ? h('details', { class: 'figure-data' }, h('summary', {}, L.t('report:chart.showTable')), table) : null);
}

const monthLabels = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));

function argExtreme(xs: number[], better: (a: number, b: number) => boolean): number {
  let k = 0;
  xs.forEach((x, i) => { if (better(x, xs[k]!)) k = i; });
  return k;
}

/** Chinese charts: units level above the axis, plain numbers on it (元 is said once, at the top). */
function chartLanguage(L: Lang) {
  const zhUnits = L.id === 'zh-CN';
  return { zhUnits, chartLang: { unitsOnTop: zhUnits, labelValue: (l: string, v: string) => labelled(L.id, l, v) } };
}

// ------------------------------------------------------------------ the parts

function header(L: Lang, d: ReportData, o: DrawOptions): HTMLElement {
  const m = d.model;
  const meta = [L.t('report:meta', { scenario: L.tr(m.scenario), months: m.months, seed: m.seed })];
  if (d.classCode) meta.push(L.t('report:metaClass', { code: d.classCode }));
  if (d.nickname) meta.push(L.t('report:metaNickname', { nickname: d.nickname }));
  return h('header', { class: 'report-header' },
    h('p', { class: 'report-kicker' }, L.t('common:appTitle')),
    h('h1', { id: `${o.idPrefix}title`, 'data-testid': o.print ? null : 'report-title' }, L.t('report:docTitle', { name: L.tr(m.name) })),
    h('p', { class: 'report-meta' }, meta.join(' · ')),
    h('p', { class: 'report-outcome', 'data-testid': o.print ? null : 'report-outcome' }, L.tr(names.outcome(m.player.outcome))));
}

function story(L: Lang, d: ReportData, o: DrawOptions): HTMLElement {
  return section(L, 'story', o, h('div', { class: 'report-story', 'data-testid': o.print ? null : 'report-story' }, ...d.model.story.map((s) => h('p', {}, L.tr(s)))));
}

function timeline(L: Lang, d: ReportData, o: DrawOptions): HTMLElement {
  const items = d.model.timeline;
  if (!items.length) return section(L, 'timeline', o, h('p', {}, L.t('report:timeline.empty')));
  return section(L, 'timeline', o,
    h('table', { class: 'report-table report-timeline' },
      h('caption', {}, L.t('report:timeline.caption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'num' }, L.t('report:timeline.month')), h('th', { scope: 'col' }, L.t('report:timeline.what')))),
      h('tbody', {}, ...items.map((it) => h('tr', { class: it.turningPoint ? 'turning' : null },
        h('td', { class: 'num' }, String(it.month)),
        h('td', {}, it.turningPoint ? h('span', { class: 'turning-mark', 'aria-label': L.t('report:timeline.turning') }, `${L.t('report:timeline.turningShort')} `) : null, L.tr(it.text)))))));
}

function moneyChart(L: Lang, d: ReportData, o: DrawOptions): { el: HTMLElement; chart: PendingChart } {
  const { zhUnits, chartLang } = chartLanguage(L);
  const m = d.model.money;
  const n = m.cash.length;
  const title = L.t('report:chart.money.title');
  const canvas = makeCanvas(title, o.print ? 'print-chart-money' : 'chart-money');
  const labels = [L.t('report:chart.money.cash'), L.t('report:chart.money.debt'), L.t('report:chart.money.income')];
  const axes = [L.t('report:chart.monthAxis'), L.t('report:chart.yuanAxis')];
  const debtPeak = argExtreme(m.debt, (a, b) => a > b);
  const summary = n ? L.t('report:chart.money.summary', {
    cashStart: L.prose(m.cash[0]!), cashEnd: L.prose(m.cash[n - 1]!), debtPeak: L.prose(m.debt[debtPeak] ?? 0), debtPeakMonth: debtPeak + 1,
    incomeMin: L.prose(Math.min(...m.income)), incomeMax: L.prose(Math.max(...m.income)),
  }) : '';
  const table = dataTable(L, title,
    [L.t('report:timeline.month'), L.t('report:chart.money.colCash'), L.t('report:chart.money.colDebt'), L.t('report:chart.money.colIncome'), L.t('report:chart.money.colExpenses')],
    m.cash.map((c, i) => [i + 1, L.yuan(c), L.yuan(m.debt[i]!), L.yuan(m.income[i]!), L.yuan(m.expenses[i]!)]), [true, true, true, true, true]);
  return {
    el: figure(L, o, title, canvas, summary, table),
    chart: {
      canvas, text: [...labels, ...axes, L.yuan(-123456789)].join(''),
      draw: () => lineChart(canvas, {
        labels: monthLabels(n), xTitle: axes[0]!, yTitle: axes[1]!, yFormat: zhUnits ? (v) => L.num(v) : L.yuan, reducedMotion: o.reducedMotion, ...chartLang,
        series: [{ label: labels[0]!, data: m.cash, style: 0 }, { label: labels[1]!, data: m.debt, style: 1 }, { label: labels[2]!, data: m.income, style: 2 }],
      }),
    },
  };
}

function meterChart(L: Lang, d: ReportData, o: DrawOptions): { el: HTMLElement; chart: PendingChart } {
  const { chartLang } = chartLanguage(L);
  const m = d.model.meters;
  const n = m.wellbeing.length;
  const title = L.t('report:chart.wellbeing.title');
  const canvas = makeCanvas(title, o.print ? 'print-chart-wellbeing' : 'chart-wellbeing');
  const labels = [L.t('report:chart.wellbeing.wellbeing'), L.t('report:chart.wellbeing.health'), L.t('report:chart.wellbeing.ties')];
  const axes = [L.t('report:chart.monthAxis'), L.t('report:chart.meterAxis')];
  const lo = argExtreme(m.wellbeing, (a, b) => a < b);
  const summary = n ? L.t('report:chart.wellbeing.summary', {
    start: m.wellbeing[0], end: m.wellbeing[n - 1], min: m.wellbeing[lo], minMonth: lo + 1,
    healthStart: m.health[0], healthEnd: m.health[n - 1], tiesStart: m.ties[0], tiesEnd: m.ties[n - 1],
  }) : '';
  const table = dataTable(L, title,
    [L.t('report:timeline.month'), L.t('report:chart.wellbeing.colWellbeing'), L.t('report:chart.wellbeing.colHealth'), L.t('report:chart.wellbeing.colTies')],
    m.wellbeing.map((w, i) => [i + 1, w, m.health[i]!, m.ties[i]!]), [true, true, true, true]);
  return {
    el: figure(L, o, title, canvas, summary, table),
    chart: {
      canvas, text: [...labels, ...axes].join('') + '0123456789',
      draw: () => lineChart(canvas, {
        labels: monthLabels(n), xTitle: axes[0]!, yTitle: axes[1]!, yFormat: (v) => L.num(v), yMin: 0, yMax: 100, reducedMotion: o.reducedMotion, ...chartLang,
        series: [{ label: labels[0]!, data: m.wellbeing, style: 0 }, { label: labels[1]!, data: m.health, style: 1 }, { label: labels[2]!, data: m.ties, style: 2 }],
      }),
    },
  };
}

function marketChart(L: Lang, d: ReportData, o: DrawOptions): { el: HTMLElement; chart: PendingChart | null } {
  const { zhUnits, chartLang } = chartLanguage(L);
  const mk = d.model.market;
  if (!mk) return { el: section(L, 'market', o, h('p', {}, L.t('report:chart.market.none'))), chart: null };
  const business = L.tr(names.business(mk.businessId));
  const title = L.t(mk.own ? 'report:chart.market.titleOwn' : 'report:chart.market.titleCrowded', { business });
  const canvas = makeCanvas(title, o.print ? 'print-chart-market' : 'chart-market');
  const hasProfit = mk.profit.some((p) => p !== null);
  const hasClosed = mk.closedTotal !== null;
  const labels = [L.t('report:chart.market.firms'), L.t('report:chart.market.profit'), L.t('report:chart.market.closed')];
  const axes = [L.t('report:chart.monthAxis'), L.t('report:chart.market.countAxis'), L.t('report:chart.market.profitAxis')];
  const base = { start: mk.start, peak: mk.peak, peakMonth: mk.peakMonth, end: mk.end };
  const summary = hasProfit && hasClosed && mk.profitStart !== null && mk.profitEnd !== null
    ? L.t('report:chart.market.summary', { ...base, closed: mk.closedTotal, profitStart: L.prose(mk.profitStart), profitEnd: L.prose(mk.profitEnd) })
    : L.t('report:chart.market.summaryNoProfit', base);
  const head = [L.t('report:timeline.month'), L.t('report:chart.market.colFirms'), ...(hasProfit ? [L.t('report:chart.market.colProfit')] : []), ...(hasClosed ? [L.t('report:chart.market.colClosed')] : [])];
  const rows = mk.open.map((n, i) => [i + 1, n, ...(hasProfit ? [mk.profit[i] === null ? '–' : L.yuan(mk.profit[i]!)] : []), ...(hasClosed ? [mk.closed[i] ?? '–'] : [])]);
  const table = dataTable(L, title, head, rows, head.map(() => true));
  const series = [
    { label: labels[0]!, data: mk.open, style: 0 as const },
    ...(hasProfit ? [{ label: labels[1]!, data: mk.profit, style: 1 as const, axis: 'y2' as const }] : []),
    ...(hasClosed ? [{ label: labels[2]!, data: mk.closed, style: 2 as const, bar: true }] : []),
  ];
  return {
    el: section(L, 'market', o, figure(L, o, title, canvas, summary, table, L.t(mk.own ? 'report:chart.market.introOwn' : 'report:chart.market.introCrowded'))),
    chart: {
      canvas, text: [...labels, ...axes, L.yuan(-123456789), title].join(''),
      draw: () => lineChart(canvas, {
        labels: monthLabels(mk.open.length), xTitle: axes[0]!, yTitle: axes[1]!, y2Title: hasProfit ? axes[2]! : undefined,
        yFormat: (v) => L.num(v), y2Format: zhUnits ? (v) => L.num(v) : L.yuan, yMin: 0, reducedMotion: o.reducedMotion, series, ...chartLang,
      }),
    },
  };
}

// ------------------------------------------------------------------ figures-dependent parts

const yesNo = (L: Lang, b: boolean) => L.t(b ? 'report:yes' : 'report:no');

function refusalText(L: Lang, r: { key: string; params?: Record<string, string | number> }): string {
  if (r.key === 'reason.tooYoungToRetire') return L.t('report:paths.tooYoung', { earliestAge: r.params?.earliestAge ?? '' });
  return L.tr({ key: `content:${r.key}`, params: r.params as Msg['params'], fallback: L.t('report:paths.refusedOther') });
}

function pathsTable(L: Lang, d: ReportData, f: ReportFigures): HTMLElement {
  const cols = buildPathColumns(d.model, f);
  const head = (c: (typeof cols)[number]) => h('th', { scope: 'col', class: c.yours ? 'yours' : null },
    h('span', { class: 'col-kind' }, L.t(c.yours ? 'report:paths.yours' : 'report:paths.auto')), h('br'), L.t(`report:pathTitle.${c.path}`));
  const row = (label: string, cell: (l: LifeOutcome) => HTMLElement | string, numeric = true) => h('tr', {},
    h('th', { scope: 'row' }, label),
    ...cols.map((c) => {
      if (!c.life) return h('td', { class: 'refused' }, '—');
      const v = cell(c.life);
      return typeof v === 'string' ? h('td', { class: `${numeric ? 'num' : ''}${c.yours ? ' yours' : ''}` }, v) : v;
    }));
  return h('div', { class: 'table-scroll' }, h('table', { class: 'report-table report-paths', 'data-testid': 'paths-table' },
    h('caption', {}, L.t('report:paths.caption')),
    h('thead', {}, h('tr', {}, h('td', {}), ...cols.map(head))),
    h('tbody', {},
      h('tr', {}, h('th', { scope: 'row' }, L.t('report:paths.outcome')),
        ...cols.map((c) => h('td', { class: c.yours ? 'yours' : null }, c.life ? L.tr(names.outcome(c.life.outcome)) : refusalText(L, c.refused ?? { key: 'reason.x' })))),
      row(L.t('report:paths.netWorth'), (l) => L.yuan(l.netWorth)),
      row(L.t('report:paths.cash'), (l) => L.yuan(l.cash)),
      row(L.t('report:paths.debt'), (l) => L.yuan(l.debt)),
      row(L.t('report:paths.income'), (l) => L.yuan(l.incomeLast12)),
      row(L.t('report:paths.work'), (l) => yesNo(L, l.employedEnd), false),
      row(L.t('report:paths.defaulted'), (l) => yesNo(L, l.defaulted), false),
      row(L.t('report:paths.blacklisted'), (l) => yesNo(L, l.blacklisted), false),
      row(L.t('report:paths.wellbeing'), (l) => L.num(Math.round(l.wellbeing))))));
}

function livesSection(L: Lang, d: ReportData, o: DrawOptions): { body: HTMLElement[]; chart: PendingChart | null } {
  const f = d.figures;
  if (!f) return { body: [], chart: null };
  const runs = f.runsPerPath;
  const usable = f.distributions.filter((x) => !x.refused && x.runs > 0);
  const standing = playerStanding(d.model, f);
  const rowIndex = new Map(usable.map((x, i) => [x.path, i]));
  const title = L.t('report:chart.lives.title', { runs });
  const canvas = makeCanvas(title, o.print ? 'print-chart-lives' : 'chart-lives');
  const youLabel = L.t('report:chart.lives.you');
  const rows = usable.map((x) => ({
    label: L.t(`report:pathTitle.${x.path}`), values: x.netWorth, median: x.stats?.median ?? null, point: PATH_POINTS[x.path], color: PATH_COLORS[x.path],
  }));
  const you = standing && rowIndex.has(standing.path) ? { row: rowIndex.get(standing.path)!, value: d.model.player.netWorth, label: youLabel } : null;
  const statRows = PATH_IDS.map((p) => {
    const dist = f.distributions.find((x) => x.path === p)!;
    const s = dist.stats;
    if (!s) return [L.t(`report:pathTitle.${p}`), dist.refused ? refusalText(L, dist.refused) : '—'];
    return [L.t(`report:pathTitle.${p}`), L.yuan(s.p10), L.yuan(s.median), L.yuan(s.p90), L.pct(s.negativeShare), L.pct(s.employedEndShare), L.pct(s.defaultShare), L.pct(s.blacklistShare, 1)];
  });
  const table = dataTable(L, L.t('report:lives.caption', { runs }),
    ['path', 'p10', 'median', 'p90', 'negative', 'employed', 'defaulted', 'blacklisted'].map((k) => L.t(`report:lives.${k}`)),
    statRows, [false, true, true, true, true, true, true, true]);
  table.dataset.testid = o.print ? '' : 'lives-table';
  const body = [
    h('p', { class: 'report-standing', 'data-testid': o.print ? null : 'lives-standing' }, standing
      ? L.t('report:lives.standing', { pct: L.pct(standing.percentile), runs: standing.runs })
      : L.t('report:lives.standingNone')),
    h('figure', { class: 'report-figure' },
      h('figcaption', {}, h('strong', {}, title)),
      h('div', { class: 'chart-frame' }, canvas)),
    h('div', { class: 'table-scroll' }, table),
  ];
  if (!o.print) body.push(h('p', { class: 'report-timing', 'data-testid': 'lives-timing', 'data-ms': String(Math.round(f.millis)) }, L.t('report:lives.timing', { seconds: L.num(f.millis / 1000, 1) })));
  return {
    body,
    chart: {
      canvas, text: [title, youLabel, L.t('report:chart.lives.lives'), L.t('report:chart.lives.median'), L.t('report:chart.lives.axis'), ...rows.map((r) => r.label), L.yuan(-123456789)].join(''),
      draw: () => stripChart(canvas, {
        rows, you, xTitle: L.t('report:chart.lives.axis'), livesLabel: L.t('report:chart.lives.lives'), medianLabel: L.t('report:chart.lives.median'),
        format: L.yuan, reducedMotion: o.reducedMotion,
      }),
    },
  };
}

function realTable(L: Lang, d: ReportData, f: ReportFigures): HTMLElement {
  const rows = buildRealRows(d.state, f);
  return h('div', { class: 'table-scroll' }, h('table', { class: 'report-table report-real', 'data-testid': 'real-table' },
    h('caption', {}, L.t('report:real.caption')),
    h('thead', {}, h('tr', {}, ...['what', 'realWorld', 'game', 'source'].map((k) => h('th', { scope: 'col' }, L.t(`report:real.${k}`))))),
    h('tbody', {}, ...rows.map((r) => h('tr', {},
      h('th', { scope: 'row' }, L.tr(r.what)), h('td', {}, L.tr(r.real)), h('td', {}, L.tr(r.game)), h('td', { class: 'source' }, L.tr(r.source)))))));
}

function ideasList(L: Lang, d: ReportData): HTMLElement {
  const ideas = buildIdeas(d.state, d.model, d.figures);
  return h('div', { class: 'report-ideas' }, ...ideas.map((i) => h('article', { class: 'idea', 'data-idea': i.id },
    h('h3', {}, L.tr(i.title)),
    h('p', {}, L.tr(i.body)),
    h('p', { class: 'in-this-game' }, h('strong', {}, labelled(L.id, L.t('report:ideas.inThisGame'), '')), joinSentences(L.id, i.game.map((g) => L.tr(g)))))));
}

function questions(L: Lang, d: ReportData, o: DrawOptions): HTMLElement {
  return section(L, 'questions', o, h('p', {}, L.t('report:questions.intro')),
    h('div', { class: 'question-grid' }, ...buildQuestions(d.model).map((q) => h('div', { class: 'question-group' },
      h('h3', {}, L.tr(q.title)), h('ol', {}, ...q.items.map((it) => h('li', {}, L.tr(it))))))));
}

function sources(L: Lang, o: DrawOptions): HTMLElement {
  return section(L, 'sources', o, h('p', {}, L.t('report:sources.intro')),
    h('ol', { class: 'report-sources' }, ...SOURCE_IDS.map((id) => h('li', {}, L.t(`report:sources.${id}`)))));
}

function progressBar(L: Lang, p: Progress | null, failed: string | null): HTMLElement {
  if (failed) return h('p', { class: 'report-progress failed', role: 'alert' }, L.t('report:lives.failed', { detail: failed }));
  const total = p?.total ?? 1;
  const done = p?.done ?? 0;
  return h('div', { class: 'report-progress', 'data-testid': 'lives-progress' },
    h('label', { for: 'report-progress-bar' }, L.t('report:lives.computing', { total: L.num(total) })),
    h('progress', { id: 'report-progress-bar', max: String(total), value: String(done), 'aria-valuetext': L.t('report:lives.progress', { done: L.num(done), total: L.num(total) }) }));
}

// ------------------------------------------------------------------ the whole report

export function drawReport(L: Lang, data: ReportData, o: DrawOptions): DrawnReport {
  const charts: PendingChart[] = [];
  const money = moneyChart(L, data, o);
  const meters = meterChart(L, data, o);
  const market = marketChart(L, data, o);
  charts.push(money.chart, meters.chart);
  if (market.chart) charts.push(market.chart);

  const pathsBody = h('div', { class: 'figures-slot', 'data-slot': 'paths' });
  const livesBody = h('div', { class: 'figures-slot', 'data-slot': 'lives', 'aria-live': o.print ? null : 'polite' });
  const realBody = h('div', { class: 'figures-slot', 'data-slot': 'real' });
  const ideasBody = h('div', { class: 'figures-slot', 'data-slot': 'ideas' });

  const el = h('article', { class: `report-doc${o.print ? ' print' : ''}`, lang: L.id, 'data-lang': L.id, 'aria-labelledby': `${o.idPrefix}title` },
    header(L, data, o),
    story(L, data, o),
    timeline(L, data, o),
    section(L, 'charts', o, money.el, meters.el),
    market.el,
    predictionSection(L, data.state, data.prediction ?? null, o.idPrefix),
    section(L, 'paths', o, h('p', {}, L.t('report:paths.intro')), pathsBody),
    section(L, 'lives', o, h('p', {}, L.t('report:lives.intro', { runs: data.figures?.runsPerPath ?? 500 })), livesBody),
    section(L, 'real', o, h('p', {}, L.t('report:real.intro')), realBody),
    section(L, 'ideas', o, h('p', {}, L.t('report:ideas.intro')), ideasBody),
    questions(L, data, o),
    sources(L, o),
    h('p', { class: 'report-printed-note' }, L.t('report:printedIn')));

  const fill = (d: ReportData): PendingChart[] => {
    const out: PendingChart[] = [];
    pathsBody.replaceChildren();
    livesBody.replaceChildren();
    realBody.replaceChildren();
    ideasBody.replaceChildren(ideasList(L, d));
    if (!d.figures) {
      livesBody.append(progressBar(L, d.progress, d.figuresError));
      return out;
    }
    pathsBody.append(pathsTable(L, d, d.figures));
    const lives = livesSection(L, d, o);
    livesBody.append(...lives.body);
    if (lives.chart) out.push(lives.chart);
    realBody.append(realTable(L, d, d.figures));
    return out;
  };
  charts.push(...fill(data));

  return {
    el,
    charts,
    refreshFigures: fill,
    setProgress: (p) => {
      const bar = livesBody.querySelector('progress');
      if (bar && p) {
        bar.max = p.total;
        bar.value = p.done;
        bar.setAttribute('aria-valuetext', L.t('report:lives.progress', { done: L.num(p.done), total: L.num(p.total) }));
      }
    },
  };
}

/** Loads the bundled font for every string the charts draw, then draws them (canvas text cannot wait for fonts). */
export async function drawCharts(pending: PendingChart[], isCurrent: () => boolean = () => true): Promise<{ canvas: HTMLCanvasElement; chart: Chart }[]> {
  const text = pending.map((c) => c.text).join('');
  try {
    await Promise.all([document.fonts.load('13px "Noto Sans SC"', text), document.fonts.load('bold 13px "Noto Sans SC"', text)]);
  } catch { /* draw with the fallback font */ }
  if (!isCurrent()) return [];
  return pending.filter((c) => c.canvas.isConnected).map((c) => ({ canvas: c.canvas, chart: c.draw() }));
}
