// Lays the report out for paper: a print-only copy in one language or both (English then Chinese), the chosen
// page size as an @page rule, and charts turned into images once the bundled font has loaded, so the PDF made by
// Electron's printToPDF or the browser's print dialog carries the same pictures and embedded Noto Sans SC.
import type { LocaleId } from '../../shared/locales';
import type { PdfPageSize } from '../../shared/ipc';
import { drawCharts, drawReport, type PendingChart, type ReportData } from './view';
import { langFor, type Lang } from './text';
import { lang, loadAllLanguages } from '../i18n';
import '../styles/report-short.css';

const ROOT_CLASS = 'report-print-root';
const STYLE_ID = 'report-page-style';

/** A CSS string literal. */
const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;

/** Stand-ins for the page counters inside a translated text ("Page \u0001 of \u0002"). */
export const PAGE_MARK = '\u0001';
export const PAGES_MARK = '\u0002';

/** "Page N of M" as CSS `content`: the text around the marks as strings, the marks as the page counters. */
export function pageCounterContent(text: string): string {
  const out: string[] = [];
  text.split(PAGE_MARK).forEach((seg, i) => {
    if (i) out.push('counter(page)');
    seg.split(PAGES_MARK).forEach((part, j) => {
      if (j) out.push('counter(pages)');
      if (part) out.push(cssString(part));
    });
  });
  return out.join(' ');
}

/**
 * The paper's size and margins, and what every page carries in its margins: the student's name or nickname and
 * the class code at the top (blanks to fill in by hand when none was typed), the page number at the bottom, so
 * a class's printouts can be sorted again.
 */
export function pageRule(size: PdfPageSize, margins?: { header: string; page: string }): string {
  const base = `@page { size: ${size === 'Letter' ? 'letter' : 'A4'} portrait; margin: 14mm 13mm 16mm;`;
  if (!margins) return `${base} }`;
  const box = 'font-family: "Noto Sans SC", system-ui, sans-serif; font-size: 8.5pt; color: #333;';
  return `${base}
  @top-right { content: ${cssString(margins.header)}; ${box} vertical-align: bottom; }
  @bottom-center { content: ${pageCounterContent(margins.page)}; ${box} vertical-align: top; }
}`;
}

/** The header line of every printed page, in the given language. */
export function pageHeader(L: Lang, data: Pick<ReportData, 'nickname' | 'classCode'> & { personName: string }): string {
  const who = data.nickname ? L.t('report:metaNickname', { nickname: data.nickname }) : L.t('report:print.nameBlank');
  const cls = data.classCode ? L.t('report:metaClass', { code: data.classCode }) : L.t('report:print.classBlank');
  return [L.t('common:appTitle'), data.personName, who, cls].join(' · ');
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
  // Margin texts in the screen's language (it is always among those printed).
  const L = langFor(langs.includes(lang()) ? lang() : (langs[0] ?? 'en'));
  style.textContent = pageRule(size, {
    header: pageHeader(L, { nickname: data.nickname, classCode: data.classCode, personName: L.tr(data.model.name) }),
    page: L.t('report:print.page', { page: PAGE_MARK, pages: PAGES_MARK }),
  });
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
  await loadAllLanguages().catch(() => undefined); // the other language's texts load when first needed (i18n.ts)
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
