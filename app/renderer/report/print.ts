// Lays the report out for paper: a print-only copy in one language or both (English then Chinese), the chosen
// page size as an @page rule, and charts turned into images once the bundled font has loaded, so the PDF made by
// Electron's printToPDF or the browser's print dialog carries the same pictures and embedded Noto Sans SC.
import type { LocaleId } from '../../shared/locales';
import type { PdfPageSize } from '../../shared/ipc';
import { drawCharts, drawReport, type PendingChart, type ReportData } from './view';
import { langFor } from './text';
import '../styles/report-short.css';

const ROOT_CLASS = 'report-print-root';
const STYLE_ID = 'report-page-style';

export function pageRule(size: PdfPageSize): string {
  return `@page { size: ${size === 'Letter' ? 'letter' : 'A4'} portrait; margin: 14mm 13mm 16mm; }`;
}

export function removePrintCopy(): void {
  document.querySelectorAll(`.${ROOT_CLASS}`).forEach((el) => el.remove());
  document.getElementById(STYLE_ID)?.remove();
  document.documentElement.classList.remove('report-print-ready');
}

function build(data: ReportData, langs: LocaleId[], size: PdfPageSize, short: boolean): { root: HTMLElement; charts: PendingChart[] } {
  removePrintCopy();
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = pageRule(size);
  document.head.append(style);
  const root = document.createElement('div');
  root.className = ROOT_CLASS;
  // The two-page version (story, market, paths not taken, one question) for a class's debrief: see report-short.css.
  root.classList.toggle('short', short);
  root.dataset.pageSize = size;
  root.dataset.langs = langs.join(' ');
  const charts: PendingChart[] = [];
  for (const id of langs) {
    const drawn = drawReport(langFor(id), data, { print: true, reducedMotion: true, idPrefix: `print-${id}-` });
    root.append(drawn.el);
    charts.push(...drawn.charts);
  }
  document.body.append(root);
  document.documentElement.classList.add('report-print-ready');
  return { root, charts };
}

/** Pictures print exactly as drawn; a canvas may be re-rasterised at print time. */
function chartsToImages(charts: { canvas: HTMLCanvasElement; chart: { toBase64Image(): string; destroy(): void } }[]): void {
  for (const { canvas, chart } of charts) {
    const img = document.createElement('img');
    img.className = 'report-chart';
    img.src = chart.toBase64Image();
    img.alt = canvas.getAttribute('aria-label') ?? '';
    if (canvas.dataset.testid) img.dataset.testid = canvas.dataset.testid;
    chart.destroy();
    canvas.replaceWith(img);
  }
}

/** Builds the print copy and waits until fonts and chart images are ready. */
export async function preparePrint(data: ReportData, langs: LocaleId[], size: PdfPageSize, short = false): Promise<HTMLElement> {
  const { root, charts } = build(data, langs, size, short);
  void root.offsetHeight; // lay out, so the font faces the text needs start loading
  const sample = root.textContent ?? '';
  try {
    await Promise.all([document.fonts.load('16px "Noto Sans SC"', sample), document.fonts.load('bold 16px "Noto Sans SC"', sample)]);
    await document.fonts.ready;
  } catch { /* print with what is loaded */ }
  chartsToImages(await drawCharts(charts));
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  return root;
}

/** For Ctrl+P / the browser menu: no time to wait, so draw with whatever font is loaded. */
export function preparePrintNow(data: ReportData, langs: LocaleId[], size: PdfPageSize, short = false): void {
  const { charts } = build(data, langs, size, short);
  const drawn = charts.filter((c) => c.canvas.isConnected).map((c) => ({ canvas: c.canvas, chart: c.draw() }));
  chartsToImages(drawn);
}
