// Chart.js set-up for the report: only the controllers it uses are registered (smaller bundle), no animation,
// fixed drawing size scaled by CSS (so the same canvas prints on A4 and Letter), and every series told apart by
// line dash and point shape as well as colour (Okabe-Ito palette).
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement,
  ScatterController, Tooltip, type ChartConfiguration, type ChartDataset, type PointStyle,
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, ScatterController, CategoryScale, LinearScale, Legend, Tooltip);

export const PALETTE = {
  blue: '#0072B2', vermillion: '#D55E00', green: '#009E73', orange: '#E69F00', purple: '#CC79A7', sky: '#56B4E9', ink: '#1f1d1a', grid: '#d9d2c5',
};

/** Three line styles that differ without colour: solid+circle, dashed+triangle, dotted+square. */
export const LINE_STYLES: { dash: number[]; point: PointStyle; color: string }[] = [
  { dash: [], point: 'circle', color: PALETTE.blue },
  { dash: [8, 5], point: 'triangle', color: PALETTE.vermillion },
  { dash: [2, 4], point: 'rect', color: PALETTE.green },
];

const FONT = '"Noto Sans SC", system-ui, sans-serif';
/** Drawing size in CSS pixels; CSS scales the canvas to the column width on screen and paper. */
export const CHART_W = 880;
export const CHART_H = 340;

let hatch: CanvasPattern | null = null;
/** Diagonal hatching for bars, so "closed" reads as a pattern, not only a colour. */
function hatchPattern(color: string): CanvasPattern | string {
  if (hatch) return hatch;
  if (typeof document === 'undefined') return color;
  const c = document.createElement('canvas');
  c.width = 8; c.height = 8;
  const g = c.getContext('2d');
  if (!g) return color;
  g.fillStyle = '#ffffff'; g.fillRect(0, 0, 8, 8);
  g.strokeStyle = color; g.lineWidth = 2;
  g.beginPath(); g.moveTo(0, 8); g.lineTo(8, 0); g.moveTo(-2, 2); g.lineTo(2, -2); g.moveTo(6, 10); g.lineTo(10, 6); g.stroke();
  hatch = g.createPattern(c, 'repeat');
  return hatch ?? color;
}

export function makeCanvas(label: string, testId: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = 'report-chart';
  canvas.width = CHART_W;
  canvas.height = CHART_H;
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', label);
  canvas.dataset.testid = testId;
  return canvas;
}

// No animation at all (reduced motion or not): charts appear complete, tooltips appear without movement.
const baseOptions = (_reducedMotion: boolean) => ({
  responsive: false,
  animation: false as const,
  transitions: { active: { animation: { duration: 0 } } },
  devicePixelRatio: 2,
  maintainAspectRatio: false,
  font: { family: FONT },
});

function applyDefaults(): void {
  Chart.defaults.font.family = FONT;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = PALETTE.ink;
}

export interface LineSeries {
  label: string;
  data: (number | null)[];
  style: 0 | 1 | 2;
  axis?: 'y' | 'y2';
  bar?: boolean;
}

export interface LineChartSpec {
  labels: string[];
  series: LineSeries[];
  xTitle: string;
  yTitle: string;
  y2Title?: string;
  yFormat: (v: number) => string;
  y2Format?: (v: number) => string;
  yMin?: number;
  yMax?: number;
  reducedMotion: boolean;
  /**
   * Chinese charts print the unit ("元", "元/月") level at the top of its axis instead of a title turned 90°,
   * and the x-axis title at the right end of the axis.
   */
  unitsOnTop?: boolean;
  /** Tooltip label and value joined as the language wants ("现金：¥1" / "Cash: ¥1"). */
  labelValue?: (label: string, value: string) => string;
}

/** Draws the y-axis units horizontally above the plot area (see LineChartSpec.unitsOnTop). */
const unitsOnTopPlugin = (spec: LineChartSpec) => ({
  id: 'unitsOnTop',
  afterDraw(chart: Chart) {
    if (!spec.unitsOnTop) return;
    const g = chart.ctx;
    const top = chart.chartArea.top - 8;
    g.save();
    g.font = `13px ${FONT}`;
    g.fillStyle = PALETTE.ink;
    g.textBaseline = 'bottom';
    const y = chart.scales.y;
    if (y) { g.textAlign = 'left'; g.fillText(spec.yTitle, y.left, top); }
    const y2 = chart.scales.y2;
    if (y2 && spec.y2Title) { g.textAlign = 'right'; g.fillText(spec.y2Title, y2.right, top); }
    g.restore();
  },
});

export function lineChart(canvas: HTMLCanvasElement, spec: LineChartSpec): Chart {
  applyDefaults();
  const datasets = spec.series.map((s) => {
    const st = LINE_STYLES[s.style]!;
    if (s.bar) {
      return {
        type: 'bar' as const, label: s.label, data: s.data, yAxisID: s.axis ?? 'y', order: 2,
        backgroundColor: hatchPattern(PALETTE.purple), borderColor: PALETTE.purple, borderWidth: 1.5, barPercentage: 0.7,
      };
    }
    return {
      type: 'line' as const, label: s.label, data: s.data, yAxisID: s.axis ?? 'y', order: 1,
      borderColor: st.color, backgroundColor: st.color, borderDash: st.dash, borderWidth: 2.5,
      pointStyle: st.point, pointRadius: spec.labels.length > 40 ? 2 : 3.5, pointBackgroundColor: st.color, spanGaps: false, tension: 0,
    };
  });
  const scales: Record<string, unknown> = {
    x: { title: { display: true, text: spec.xTitle, align: spec.unitsOnTop ? 'end' : 'center' }, grid: { color: PALETTE.grid }, ticks: { autoSkip: true, maxTicksLimit: 12, maxRotation: 0 } },
    y: {
      position: 'left', title: { display: !spec.unitsOnTop, text: spec.yTitle }, grid: { color: PALETTE.grid },
      ticks: { callback: (v: number | string) => spec.yFormat(Number(v)) }, min: spec.yMin, max: spec.yMax,
    },
  };
  if (spec.y2Title) {
    scales.y2 = {
      position: 'right', title: { display: !spec.unitsOnTop, text: spec.y2Title }, grid: { drawOnChartArea: false },
      ticks: { callback: (v: number | string) => (spec.y2Format ?? spec.yFormat)(Number(v)) },
    };
  }
  const config = {
    type: 'line',
    data: { labels: spec.labels, datasets: datasets as ChartDataset<'line'>[] },
    options: {
      ...baseOptions(spec.reducedMotion),
      layout: { padding: { top: spec.unitsOnTop ? 24 : 0 } },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, boxHeight: 8, padding: 14 } },
        tooltip: { callbacks: { label: (ctx: { dataset: { label?: string; yAxisID?: string }; parsed: { y: number | null } }) => (spec.labelValue ?? ((l: string, v: string) => `${l}: ${v}`))(ctx.dataset.label ?? '', ctx.parsed.y === null ? '–' : (ctx.dataset.yAxisID === 'y2' ? (spec.y2Format ?? spec.yFormat) : spec.yFormat)(ctx.parsed.y)) } },
      },
      scales,
    },
    plugins: [unitsOnTopPlugin(spec)],
  } as unknown as ChartConfiguration<'line'>;
  return new Chart(canvas, config);
}

export interface StripRow {
  label: string;
  values: readonly number[];
  median: number | null;
  point: PointStyle;
  color: string;
}

export interface StripSpec {
  rows: StripRow[];
  you: { row: number; value: number; label: string } | null;
  xTitle: string;
  livesLabel: string;
  medianLabel: string;
  format: (v: number) => string;
  reducedMotion: boolean;
}

/** A deterministic jitter in [-0.28, 0.28] so the same data always draws the same picture. */
const jitter = (i: number) => ((Math.imul(i + 1, 2654435761) >>> 0) / 4294967296 - 0.5) * 0.56;

/** One row of dots per path (each dot a simulated life), the middle value as a bar and the player as a diamond. */
export function stripChart(canvas: HTMLCanvasElement, spec: StripSpec): Chart {
  applyDefaults();
  const n = spec.rows.length;
  const datasets: ChartDataset<'scatter'>[] = spec.rows.map((r, ri) => ({
    label: ri === 0 ? spec.livesLabel : `${spec.livesLabel} (${r.label})`,
    data: r.values.map((v, i) => ({ x: v, y: ri + jitter(i) })),
    pointStyle: r.point,
    pointRadius: 2.6,
    borderWidth: 1,
    backgroundColor: `${r.color}55`,
    borderColor: `${r.color}cc`,
  }));
  datasets.push({
    label: spec.medianLabel,
    data: spec.rows.flatMap((r, ri) => (r.median === null ? [] : [{ x: r.median, y: ri }])),
    pointStyle: 'line', rotation: 90, pointRadius: 16, borderWidth: 3, borderColor: PALETTE.ink, backgroundColor: PALETTE.ink,
  } as ChartDataset<'scatter'>);
  if (spec.you) {
    datasets.push({
      label: spec.you.label,
      data: [{ x: spec.you.value, y: spec.you.row }],
      pointStyle: 'rectRot', pointRadius: 10, borderWidth: 2.5, borderColor: '#ffffff', backgroundColor: PALETTE.ink,
    });
  }
  const config = {
    type: 'scatter',
    data: { datasets },
    options: {
      ...baseOptions(spec.reducedMotion),
      plugins: {
        legend: {
          position: 'bottom',
          labels: { usePointStyle: true, boxHeight: 8, padding: 14, filter: (item: { text: string }) => !item.text.includes(' (') },
        },
        tooltip: { callbacks: { label: (ctx: { parsed: { x: number | null } }) => spec.format(ctx.parsed.x ?? 0) } },
      },
      scales: {
        x: { type: 'linear', title: { display: true, text: spec.xTitle }, grid: { color: PALETTE.grid }, ticks: { callback: (v: number | string) => spec.format(Number(v)), maxTicksLimit: 8 } },
        y: {
          type: 'linear', min: -0.5, max: n - 0.5, reverse: true, grid: { color: PALETTE.grid, drawTicks: false },
          afterBuildTicks: (axis: { ticks: { value: number }[] }) => { axis.ticks = spec.rows.map((_, i) => ({ value: i })); },
          ticks: { callback: (v: number | string) => spec.rows[Number(v)]?.label ?? '', font: { size: 13, weight: 'bold' } },
        },
      },
    },
  } as unknown as ChartConfiguration<'scatter'>;
  return new Chart(canvas, config);
}

export type { Chart };
