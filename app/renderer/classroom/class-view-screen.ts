// The class results view (teacher): open many results files at once (picker, folder, or drag and drop), see the
// class (paths and when, outcomes per path beside the simulated cohort, the crowding of each trade, predictions
// against entries, a sortable student list), hide names for the projector, compare with a saved class, and
// export the students as CSV and the view as a file that reopens. Loaded as its own chunk; works offline.
import { Chart } from 'chart.js';
import { PALETTE } from '../report/charts';
import { lang, num, percent, t, yuan } from '../i18n';
import { h } from '../ui/dom';
import { redraw, type Screen } from '../ui/screens';
import { announce } from '../ui/announce';
import { aggregateClass, PATHS, type ClassSummary, type InputFile, type Student } from './aggregate';
import { studentsCsv } from './students-csv';
import { isViewText, parseView, serializeView } from './view-file';
import { parseResults, RESULTS_MAX_BYTES, type ResultsFile } from '../../shared/results';

export interface ClassViewActions {
  back: () => void;
}

type SortKey = 'seat' | 'name' | 'persona' | 'firstPath' | 'firstPathMonth' | 'trade' | 'netWorth' | 'debt' | 'defaulted' | 'predictedEntrants';

interface ViewState {
  files: InputFile[];
  summary: ClassSummary | null;
  /** Files that were not results or views at all (too big to read, unreadable). */
  unreadable: { name: string; reason: string }[];
  projector: boolean;
  sort: { key: SortKey; dir: 1 | -1 };
  previous: { summary: ClassSummary; savedAt: string; name: string } | null;
  message: string | null;
}

const state: ViewState = { files: [], summary: null, unreadable: [], projector: false, sort: { key: 'seat', dir: 1 }, previous: null, message: null };

const pathName = (id: string) => t(`classroom:path.${id}`);
const tradeName = (id: string) => t(`content:business.${id}.name`);
const personaName = (id: string) => t(`content:persona.${id}.name`);
const studentName = (s: Student) => (state.projector ? t('classroom:view.seat', { n: s.seat }) : (s.nickname ?? t('classroom:view.noName', { n: s.seat })));
const maybe = (x: number | null, f: (n: number) => string) => (x === null ? t('classroom:view.none') : f(x));

/** Reads dropped or picked files; folders (drag and drop) are walked. Large or unreadable files are listed, not read. */
async function readFiles(list: File[]): Promise<void> {
  const added: InputFile[] = [];
  for (const f of list) {
    const name = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    if (f.size > RESULTS_MAX_BYTES * 32) { state.unreadable.push({ name, reason: t('classroom:leftOut.tooLarge') }); continue; }
    let text: string;
    try { text = await f.text(); } catch { state.unreadable.push({ name, reason: t('classroom:leftOut.unreadable') }); continue; }
    if (isViewText(text)) {
      const v = parseView(text);
      if (!v.ok) { state.unreadable.push({ name, reason: t(`classroom:viewFile.${v.problem}`) }); continue; }
      added.push(...v.files);
      continue;
    }
    if (f.size > RESULTS_MAX_BYTES) { state.unreadable.push({ name, reason: t('classroom:leftOut.tooLarge') }); continue; }
    added.push({ name, text });
  }
  state.files.push(...added);
  state.summary = aggregateClass(state.files);
  state.message = t('classroom:view.loaded', { count: state.summary.students.length, left: state.summary.leftOut.length + state.unreadable.length });
  announce(state.message);
  redraw();
}

async function entriesToFiles(items: DataTransferItemList): Promise<File[]> {
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry | null): Promise<void> => {
    if (!entry) return;
    if (entry.isFile) {
      out.push(await new Promise<File>((res, rej) => (entry as FileSystemFileEntry).file(res, rej)));
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
        if (!batch.length) break;
        for (const e of batch) await walk(e);
      }
    }
  };
  const entries = [...items].map((i) => (i.kind === 'file' ? i.webkitGetAsEntry?.() ?? null : null));
  for (const e of entries) await walk(e);
  return out;
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function exportCsv(s: ClassSummary): void {
  const csv = studentsCsv(sortedStudents(s), {
    header: (k) => t(`classroom:csv.${k}`), path: pathName, trade: tradeName, persona: personaName, seat: (n) => t('classroom:view.seat', { n }),
  }, state.projector);
  download(`class-${s.classCode ?? 'results'}-students.csv`, csv, 'text/csv;charset=utf-8');
}

function saveView(s: ClassSummary): void {
  const files: { name: string; results: ResultsFile }[] = [];
  for (const st of s.students) {
    const f = state.files.find((x) => x.name === st.file);
    const p = f ? parseResults(f.text) : null;
    if (p?.ok) files.push({ name: st.file, results: p.results });
  }
  const name = `class-${s.classCode ?? 'results'}-view.json`;
  const text = serializeView(s.classCode, files);
  // The desktop app saves through its own dialog (as the results file does); the browser downloads.
  if (window.irb) {
    void window.irb.exportFile({ kind: 'json', suggestedName: name, data: text }).then((r) => {
      state.message = r.ok ? (r.value.saved ? t('classroom:view.savedTo', { path: r.value.path }) : '') : t('classroom:view.saveFailed', { detail: r.error.message });
      if (state.message) announce(state.message);
      redraw();
    });
    return;
  }
  download(name, text, 'application/json');
}

async function openPrevious(file: File): Promise<void> {
  const v = parseView(await file.text());
  if (!v.ok) { state.message = t(`classroom:viewFile.${v.problem}`); announce(state.message); redraw(); return; }
  state.previous = { summary: aggregateClass(v.files, { classCode: v.classCode }), savedAt: v.savedAt, name: file.name };
  redraw();
}

function sortedStudents(s: ClassSummary): Student[] {
  const { key, dir } = state.sort;
  const val = (x: Student): string | number => {
    switch (key) {
      case 'seat': return x.seat;
      case 'name': return state.projector ? x.seat : (x.nickname ?? '').toLocaleLowerCase();
      case 'persona': return personaName(x.personaId);
      case 'firstPath': return x.firstPath ? PATHS.indexOf(x.firstPath) : 99;
      case 'firstPathMonth': return x.firstPathMonth ?? 999;
      case 'trade': return x.businessId ? tradeName(x.businessId) : '\uffff';
      case 'netWorth': return x.netWorth;
      case 'debt': return x.debt;
      case 'defaulted': return x.defaulted ? 1 : 0;
      case 'predictedEntrants': return x.predictedEntrants ?? -1;
    }
  };
  return [...s.students].sort((a, b) => {
    const va = val(a), vb = val(b);
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), lang());
    return (c || a.seat - b.seat) * dir;
  });
}

const charts: Chart[] = [];
function destroyCharts(): void {
  while (charts.length) charts.pop()!.destroy();
}

// Canvas text cannot wait for a font: load the bundled Noto Sans SC for the chart's words first (Chinese labels).
Chart.defaults.font.family = '"Noto Sans SC", system-ui, sans-serif';

function chartCanvas(id: string, label: string, words: string[], make: (c: HTMLCanvasElement) => Chart): HTMLElement {
  const canvas = h('canvas', { id, role: 'img', 'aria-label': label, width: 880, height: 300 });
  const text = [label, ...words].join('');
  void Promise.all([document.fonts.load('12px "Noto Sans SC"', text), document.fonts.load('bold 12px "Noto Sans SC"', text)])
    .catch(() => undefined)
    .then(() => { if (canvas.isConnected) charts.push(make(canvas)); });
  return h('div', { class: 'chart-box' }, canvas);
}

function pathsSection(s: ClassSummary): HTMLElement {
  const n = s.students.length;
  const months = [...new Set(s.paths.flatMap((p) => Object.keys(p.firstByMonth).map(Number)))].sort((a, b) => a - b);
  return h('section', { 'aria-labelledby': 'cv-paths-h', 'data-testid': 'cv-paths' },
    h('h2', { id: 'cv-paths-h' }, t('classroom:view.pathsTitle')),
    h('p', { class: 'hint' }, t('classroom:view.pathsHint')),
    h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, ...['path', 'took', 'when', 'ended', 'netWorth', 'simNetWorth', 'defaults', 'simDefaults', 'employed', 'standing', 'cohortShare'].map((k) => h('th', { scope: 'col' }, t(`classroom:col.${k}`))))),
      h('tbody', {}, ...s.paths.map((p) => h('tr', { 'data-testid': `cv-path-${p.path}` },
        h('th', { scope: 'row' }, pathName(p.path)),
        h('td', {}, t('classroom:view.ofStudents', { count: p.took, total: n })),
        h('td', {}, Object.entries(p.firstByMonth).map(([m, c]) => t('classroom:view.monthCount', { month: Number(m) + 1, count: c })).join(t('classroom:view.listSep')) || t('classroom:view.none')),
        h('td', {}, num(p.ended)),
        h('td', {}, p.netWorth ? t('classroom:view.spread', { median: yuan(p.netWorth.median), low: yuan(p.netWorth.p25), high: yuan(p.netWorth.p75) }) : t('classroom:view.none')),
        h('td', { 'data-testid': `cv-sim-${p.path}` }, p.simulated ? t('classroom:view.spread', { median: yuan(p.simulated.median), low: yuan(p.simulated.p25), high: yuan(p.simulated.p75) }) : t('classroom:view.none')),
        h('td', {}, maybe(p.defaultRate, (x) => percent(x))),
        h('td', {}, p.simulated ? percent(p.simulated.defaultRate) : t('classroom:view.none')),
        h('td', {}, maybe(p.employedRate, (x) => percent(x))),
        h('td', {}, maybe(p.meanPercentile, (x) => t('classroom:view.percentile', { p: Math.round(x * 100) }))),
        h('td', {}, maybe(p.cohortShare, (x) => percent(x))))))),
    n ? chartCanvas('cv-paths-chart', t('classroom:view.pathsChart'), [...PATHS.map(pathName), ...months.map((m) => t('classroom:view.monthShort', { month: m + 1 })), t('classroom:view.studentsAxis')], (c) => new Chart(c, {
      type: 'bar',
      data: {
        labels: months.map((m) => t('classroom:view.monthShort', { month: m + 1 })),
        datasets: PATHS.map((p, i) => ({
          label: pathName(p), data: months.map((m) => s.paths[i]!.firstByMonth[m] ?? 0),
          backgroundColor: [PALETTE.blue, PALETTE.orange, PALETTE.green, PALETTE.vermillion][i], borderColor: PALETTE.ink, borderWidth: 1,
          borderDash: [[], [4, 2], [1, 2], [6, 3]][i],
        })),
      },
      options: { animation: false, responsive: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('classroom:view.studentsAxis') } } } },
    })) : null,
    h('p', { class: 'hint' }, t('classroom:view.cohortNote', {
      failure: maybe(s.cohort.businessFailureRate, (x) => percent(x)), defaults: maybe(s.cohort.loanDefaultRate, (x) => percent(x)), files: s.cohort.files,
    })));
}

function tradesSection(s: ClassSummary): HTMLElement {
  const opened = s.trades.filter((x) => x.opened > 0);
  return h('section', { 'aria-labelledby': 'cv-trades-h', 'data-testid': 'cv-trades' },
    h('h2', { id: 'cv-trades-h' }, t('classroom:view.tradesTitle')),
    h('p', { class: 'hint' }, t('classroom:view.tradesHint')),
    opened.length ? h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, ...['trade', 'opened', 'meanProfit', 'defaulted', 'closed'].map((k) => h('th', { scope: 'col' }, t(`classroom:col.${k}`))))),
      h('tbody', {}, ...opened.map((x) => h('tr', { 'data-testid': `cv-trade-${x.businessId}` },
        h('th', { scope: 'row' }, tradeName(x.businessId)), h('td', {}, num(x.opened)),
        h('td', {}, maybe(x.meanProfit, (v) => t('classroom:unit.yuanMonth', { amount: yuan(v) }))), h('td', {}, num(x.defaults)), h('td', {}, num(x.closed)))))) : h('p', {}, t('classroom:view.noTrades')),
    opened.length ? chartCanvas('cv-crowding-chart', t('classroom:view.crowdingChart'), [t('classroom:view.crowdingSeries'), t('classroom:view.crowdingX'), t('classroom:view.crowdingY'), ...opened.map((x) => tradeName(x.businessId))], (c) => new Chart(c, {
      type: 'scatter',
      data: {
        datasets: [{
          label: t('classroom:view.crowdingSeries'), data: opened.filter((x) => x.meanProfit !== null).map((x) => ({ x: x.opened, y: x.meanProfit! })),
          backgroundColor: PALETTE.vermillion, pointStyle: 'triangle', pointRadius: 7,
        }],
      },
      options: {
        animation: false, responsive: false,
        plugins: { tooltip: { callbacks: { label: (ctx) => `${tradeName(opened.filter((x) => x.meanProfit !== null)[ctx.dataIndex]!.businessId)}: ${yuan(ctx.parsed.y ?? 0)}` } } },
        scales: {
          x: { beginAtZero: true, suggestedMax: Math.max(...opened.map((x) => x.opened)) + 1, ticks: { precision: 0 }, title: { display: true, text: t('classroom:view.crowdingX') } },
          y: { grace: '20%', title: { display: true, text: t('classroom:view.crowdingY') } },
        },
      },
    })) : null);
}

function predictionsSection(s: ClassSummary): HTMLElement {
  const rows = s.trades.filter((x) => x.predictions > 0);
  return h('section', { 'aria-labelledby': 'cv-pred-h', 'data-testid': 'cv-predictions' },
    h('h2', { id: 'cv-pred-h' }, t('classroom:view.predTitle')),
    h('p', { class: 'hint' }, t('classroom:view.predHint')),
    rows.length ? h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, ...['trade', 'answers', 'predicted', 'classOthers', 'townActual', 'saidBeat', 'didBeat'].map((k) => h('th', { scope: 'col' }, t(`classroom:col.${k}`))))),
      h('tbody', {}, ...rows.map((x) => h('tr', {},
        h('th', { scope: 'row' }, tradeName(x.businessId)), h('td', {}, num(x.predictions)),
        h('td', {}, maybe(x.meanPredicted, (v) => num(v, 1))), h('td', {}, num(x.classEntrantsOthers)),
        h('td', {}, maybe(x.meanActualEntrants, (v) => num(v, 1))), h('td', {}, num(x.saidBeat)), h('td', {}, num(x.didBeat)))))) : h('p', {}, t('classroom:view.noPredictions')));
}

function studentsSection(s: ClassSummary): HTMLElement {
  const cols: { key: SortKey; label: string }[] = [
    { key: 'seat', label: t('classroom:col.seat') }, { key: 'name', label: t('classroom:col.name') }, { key: 'persona', label: t('classroom:col.persona') },
    { key: 'firstPath', label: t('classroom:col.firstPath') }, { key: 'firstPathMonth', label: t('classroom:col.month') }, { key: 'trade', label: t('classroom:col.trade') },
    { key: 'netWorth', label: t('classroom:col.netWorth') }, { key: 'debt', label: t('classroom:col.debt') }, { key: 'defaulted', label: t('classroom:col.defaulted') },
    { key: 'predictedEntrants', label: t('classroom:col.predicted') },
  ];
  const sortBy = (key: SortKey) => { state.sort = { key, dir: state.sort.key === key ? (state.sort.dir === 1 ? -1 : 1) : 1 }; redraw(); };
  return h('section', { 'aria-labelledby': 'cv-students-h', 'data-testid': 'cv-students' },
    h('h2', { id: 'cv-students-h' }, t('classroom:view.studentsTitle', { count: s.students.length })),
    h('div', { class: 'table-scroll', 'data-scroll-id': 'cv-students' },
      h('table', { class: 'data sortable' },
        h('thead', {}, h('tr', {}, ...cols.map((c) => h('th', {
          scope: 'col', 'aria-sort': state.sort.key === c.key ? (state.sort.dir === 1 ? 'ascending' : 'descending') : 'none',
        }, h('button', { type: 'button', class: 'sort-button', 'data-focus-id': `sort-${c.key}`, 'data-testid': `sort-${c.key}`, onclick: () => sortBy(c.key) },
          c.label, state.sort.key === c.key ? (state.sort.dir === 1 ? ' ▲' : ' ▼') : ''))))),
        h('tbody', {}, ...sortedStudents(s).map((x) => h('tr', { 'data-testid': 'cv-student' },
          h('td', {}, num(x.seat)), h('td', { 'data-testid': 'cv-student-name' }, studentName(x)), h('td', {}, personaName(x.personaId)),
          h('td', {}, x.firstPath ? pathName(x.firstPath) : t('classroom:view.none')),
          h('td', {}, x.firstPathMonth === null ? '' : num(x.firstPathMonth + 1)),
          h('td', {}, x.businessId ? tradeName(x.businessId) : ''),
          h('td', { class: 'num' }, yuan(x.netWorth)), h('td', { class: 'num' }, yuan(x.debt)),
          h('td', {}, x.defaulted ? t('classroom:view.yes') : t('classroom:view.no')),
          h('td', {}, x.predictedEntrants === null ? '' : t('classroom:view.predVsActual', { predicted: x.predictedEntrants, actual: x.actualEntrants ?? '?' }))))))));
}

function leftOutSection(s: ClassSummary | null): HTMLElement | null {
  const items = [
    ...state.unreadable.map((u) => ({ name: u.name, text: u.reason })),
    ...(s?.leftOut ?? []).map((l) => ({ name: l.name, text: t(`classroom:leftOut.${l.reason}`, { detail: l.detail, code: l.detail, twin: l.detail, classCode: s?.classCode ?? '' }) })),
  ];
  if (!items.length) return null;
  return h('section', { 'aria-labelledby': 'cv-left-h', 'data-testid': 'cv-left-out' },
    h('h2', { id: 'cv-left-h' }, t('classroom:view.leftOutTitle', { count: items.length })),
    // File names often carry a student's name: the projector shows numbers instead.
    h('ul', { class: 'left-out' }, ...items.map((i, n) => h('li', { 'data-testid': 'cv-left-item' },
      h('strong', {}, state.projector ? t('classroom:view.fileNumber', { n: n + 1 }) : i.name), ': ', state.projector ? i.text.replace(/\S+\.json\b/g, '…') : i.text))));
}

function compareSection(s: ClassSummary): HTMLElement {
  const prev = state.previous;
  const row = (label: string, now: string, before: string) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, now), h('td', {}, before));
  const shareOf = (c: ClassSummary, p: string) => (c.students.length ? percent(c.students.filter((x) => x.firstPath === p).length / c.students.length) : t('classroom:view.none'));
  const median = (c: ClassSummary) => {
    const xs = c.students.map((x) => x.netWorth).sort((a, b) => a - b);
    return xs.length ? yuan(xs[Math.floor((xs.length - 1) / 2)]!) : t('classroom:view.none');
  };
  const def = (c: ClassSummary) => (c.students.length ? percent(c.students.filter((x) => x.defaulted).length / c.students.length) : t('classroom:view.none'));
  return h('section', { 'aria-labelledby': 'cv-compare-h', 'data-testid': 'cv-compare' },
    h('h2', { id: 'cv-compare-h' }, t('classroom:view.compareTitle')),
    h('label', { class: 'button file-button' }, t('classroom:view.openPrevious'),
      h('input', { type: 'file', accept: '.json,application/json', class: 'visually-hidden', 'data-testid': 'cv-open-previous', onchange: (e: Event) => {
        const f = (e.target as HTMLInputElement).files?.[0];
        if (f) void openPrevious(f);
      } })),
    prev ? h('table', { class: 'data' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, t('classroom:view.thisClass', { code: s.classCode ?? '' })), h('th', { scope: 'col' }, t('classroom:view.previousClass', { code: prev.summary.classCode ?? '', date: prev.savedAt.slice(0, 10) })))),
      h('tbody', {},
        row(t('classroom:col.students'), num(s.students.length), num(prev.summary.students.length)),
        ...PATHS.map((p) => row(t('classroom:view.firstChoiceShare', { path: pathName(p) }), shareOf(s, p), shareOf(prev.summary, p))),
        row(t('classroom:col.medianNetWorth'), median(s), median(prev.summary)),
        row(t('classroom:col.defaultShare'), def(s), def(prev.summary)))) : null);
}

export function classViewScreen(actions: ClassViewActions): Screen {
  let dragDepth = 0;
  return {
    initialFocus: 'cv-open',
    dispose: destroyCharts,
    render: () => {
      destroyCharts();
      const s = state.summary;
      const pick = (dir: boolean) => h('input', {
        type: 'file', multiple: true, ...(dir ? { webkitdirectory: true } : { accept: '.json,application/json' }), class: 'visually-hidden',
        'data-testid': dir ? 'cv-open-folder-input' : 'cv-open-input',
        onchange: (e: Event) => { const fs = [...((e.target as HTMLInputElement).files ?? [])]; if (fs.length) void readFiles(fs); },
      });
      const drop = h('div', {
        class: 'drop-zone', 'data-testid': 'cv-drop',
        ondragenter: (e: Event) => { e.preventDefault(); dragDepth++; drop.classList.add('over'); },
        ondragover: (e: Event) => { e.preventDefault(); },
        ondragleave: () => { if (--dragDepth <= 0) drop.classList.remove('over'); },
        ondrop: (e: Event) => {
          e.preventDefault();
          dragDepth = 0;
          drop.classList.remove('over');
          const dt = (e as DragEvent).dataTransfer;
          if (!dt) return;
          void (dt.items?.length ? entriesToFiles(dt.items) : Promise.resolve([...dt.files])).then((fs) => readFiles(fs.length ? fs : [...dt.files]));
        },
      }, t('classroom:view.dropHere'));
      return h('main', { class: `screen class-view ${state.projector ? 'projector' : ''}`, 'data-testid': 'class-view' },
        h('div', { class: 'card wide' },
          h('h1', {}, s?.classCode ? t('classroom:view.titleWithCode', { code: s.classCode }) : t('classroom:view.title')),
          h('p', {}, t('classroom:view.intro')),
          h('div', { class: 'actions start' },
            h('label', { class: 'button primary file-button', 'data-focus-id': 'cv-open' }, t('classroom:view.openFiles'), pick(false)),
            h('label', { class: 'button file-button' }, t('classroom:view.openFolder'), pick(true)),
            s ? h('button', { type: 'button', class: 'button', 'data-focus-id': 'cv-clear', 'data-testid': 'cv-clear', onclick: () => { state.files = []; state.summary = null; state.unreadable = []; redraw(); } }, t('classroom:view.clear')) : null),
          drop,
          h('p', { class: 'hint', role: 'status', 'data-testid': 'cv-status' }, state.message ?? ''),
          s ? h('div', { class: 'actions start' },
            h('label', { class: 'check' },
              h('input', { type: 'checkbox', checked: state.projector, 'data-focus-id': 'cv-projector', 'data-testid': 'cv-projector', onchange: (e: Event) => { state.projector = (e.target as HTMLInputElement).checked; redraw(); } }),
              ' ', t('classroom:view.projector')),
            h('button', { type: 'button', class: 'button', 'data-focus-id': 'cv-csv', 'data-testid': 'cv-csv', onclick: () => exportCsv(s) }, t('classroom:view.exportCsv')),
            h('button', { type: 'button', class: 'button', 'data-focus-id': 'cv-save-view', 'data-testid': 'cv-save-view', onclick: () => saveView(s) }, t('classroom:view.saveView'))) : null,
          leftOutSection(s),
          s && s.students.length ? [pathsSection(s), tradesSection(s), predictionsSection(s), studentsSection(s), compareSection(s)] : null,
          h('div', { class: 'actions' },
            h('button', { type: 'button', class: 'button', 'data-focus-id': 'cv-back', 'data-testid': 'cv-back', onclick: actions.back }, t('common:back')))));
    },
  };
}
