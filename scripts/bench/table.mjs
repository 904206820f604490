// Prints the benchmark's figures as a plain-text table (stdout), with the budget's verdict per figure.

const fmt = (v, unit, digits = 0) => (v === null || v === undefined ? '—' : `${Number(v).toFixed(digits)} ${unit}`);
const span = (s, unit, digits = 0) => (s && s.median !== null && s.median !== undefined
  ? `${fmt(s.median, unit, digits)}${s.n > 1 ? ` [${Number(s.min).toFixed(digits)}–${Number(s.max).toFixed(digits)}]` : ''}`
  : '—');

function drawn(stats) {
  if (!stats) return 'no stats hook';
  const keys = Object.entries(stats).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k} ${v}`);
  return keys.join(', ') || JSON.stringify(stats);
}

/** Rows of [label, value, checkLabel?] per part; parts that did not run are skipped. */
function rows(results) {
  const out = [];
  const na = (name, r) => out.push([name, `${r.status === 'error' ? 'ERROR' : 'n/a'} (${r.status === 'error' ? '' : 'not available: '}${r.reason})`]);
  const r = results;
  if (r.title) {
    if (r.title.status !== 'ok') na('Title: navigation → interactive', r.title);
    else {
      out.push(['Title: navigation → interactive', span(r.title.ms, 'ms'), 'Navigation → interactive title (median)']);
      out.push(['  first contentful paint', span(r.title.fcpMs, 'ms')]);
      out.push(['  town drawn behind it (engine loads after the title)', span(r.title.worldMs, 'ms')]);
      if (r.title.zhMs) out.push(['  the same in a Chinese browser (zh-CN)', span(r.title.zhMs, 'ms')]);
      if (r.title.barePhaserMs) out.push(['Bare Phaser page (same run): first scene', span(r.title.barePhaserMs, 'ms')]);
      if (r.title.ratioToBarePhaser !== undefined) out.push(['  title ÷ bare Phaser', `${r.title.ratioToBarePhaser ?? '—'} (per run ${(r.title.ratiosPerRun ?? []).join(', ')}; of medians ${r.title.ratioOfMedians ?? '—'})`, 'Title ÷ bare Phaser page, same run (median of paired runs)']);
    }
  }
  if (r.month) {
    if (r.month.status !== 'ok') na('"New game" → first playable month', r.month);
    else out.push(['"New game" → first playable month', span(r.month.ms, 'ms'), '"New game" → first playable month (median)']);
  }
  if (r.town) {
    if (r.town.status !== 'ok') na('Town, crowded street', r.town);
    else for (const [k, name] of [['webgl', 'WebGL'], ['canvas', 'Canvas']]) {
      if (k === 'webgl') out.push(['Town crowded street: firms + people', r.town.crowd === null || r.town.crowd === undefined ? 'no stats hook' : String(r.town.crowd), 'Town crowded street: firms + people']);
      if (k === 'webgl' && r.town.baseline) {
        const b = r.town.baseline;
        out.push(['Machine floor: empty page rAF', span(b.emptyFps, 'fps', 1)]);
        out.push(['Machine floor: bare WebGL clear 1280×720', span(b.webglClearFps, 'fps', 1)]);
        out.push(['Machine floor: bare 2D fill 1280×720', span(b.canvasFillFps, 'fps', 1)]);
      }
      const t = r.town[k];
      if (!t || t.status === 'n/a') { out.push([`Town ${name}`, `n/a (${t?.reason ?? 'not measured'})`]); continue; }
      out.push([`Town ${name}: fps`, span(t.fps, 'fps', 1), `Town ${name}, crowded: fps (median of runs)`]);
      out.push([`Town ${name}: p95 frame`, span(t.p95Ms, 'ms', 1)]);
      out.push([`Town ${name}: p99 frame`, span(t.p99Ms, 'ms', 1), `Town ${name}, crowded: p99 frame (median of runs)`]);
      out.push([`Town ${name}: drawn`, `${drawn(t.townStats)}${t.actualRenderer && t.actualRenderer !== k ? ` (got ${t.actualRenderer}!)` : ''}`]);
    }
  }
  if (r.heap) {
    if (r.heap.status !== 'ok') na('JS heap after a 36-month game', r.heap);
    else {
      out.push(['JS heap after a 36-month game', fmt(r.heap.afterOneGameMB, 'MB', 1), 'JS heap after a full 36-month game']);
      out.push(['JS heap after games 1, 2, 3', r.heap.afterGamesMB.map((m) => m.toFixed(1)).join(', ') + ' MB']);
      out.push(['JS heap growth game 1 → 3', fmt(r.heap.growthMB, 'MB', 2), 'JS heap growth, game 1 → game 3']);
    }
  }
  if (r.report) {
    if (r.report.status !== 'ok') na('Report with counterfactuals', r.report);
    else {
      out.push([`Report, ${r.report.livesPerPath ?? '?'} lives/path`, span(r.report.ms, 'ms'), 'Report with counterfactuals, ≥500 lives/path (median)']);
      out.push(['  longest main-thread task meanwhile', span(r.report.longestTaskMs, 'ms')]);
      const p = r.report.afterEndScreen;
      if (p?.ms) out.push([`Report via the end screen (${p.months} months, read ${p.readMs / 1000} s)`, span(p.ms, 'ms'), 'Report after 10 s on the end screen: click → figures (median)']);
      else if (p) out.push(['Report via the end screen', `n/a (${p.error})`]);
    }
  }
  if (r.join) {
    if (r.join.status !== 'ok') na('Join page (class mode), Fast 3G', r.join);
    else {
      out.push([`Join page ${r.join.page}, Fast 3G: interactive`, span(r.join.ms, 'ms'), 'Join page: interactive on Fast 3G']);
      out.push(['  transferred', `${r.join.transferKB} kB`, 'Join page: bytes transferred']);
    }
  }
  if (r.sim) {
    if (r.sim.status !== 'ok') na('Simulation', r.sim);
    else {
      out.push([`Sim: one 36-month life, cohort ${r.sim.config.cohortSize}`, span(r.sim.oneLifeMs, 'ms', 1), 'Sim: one 36-month life (median)']);
      out.push([`Sim: 1,000 lives, path ${r.sim.config.path}`, span(r.sim.thousandLivesMs, 'ms')]);
      if (r.sim.classView?.aggregateMs) out.push([`Class view: ${r.sim.classView.files} results files aggregated`, span(r.sim.classView.aggregateMs, 'ms', 1)]);
    }
  }
  if (r.size) {
    if (r.size.status !== 'ok') na('Renderer size', r.size);
    else {
      const s = r.size;
      out.push(['Renderer JS, gzipped (raw)', `${s.jsGzipKB.toFixed(1)} kB (${s.jsRawKB.toFixed(1)} kB)`, 'Renderer JS, gzipped']);
      out.push(['  the title\'s own: entry + one language (gzipped)', s.jsTitleGzipKB === null || s.jsTitleGzipKB === undefined ? 'no build manifest' : `${s.jsTitleGzipKB.toFixed(1)} kB (language ${s.jsTitleLanguageGzipKB.toFixed(1)} kB)`, 'Title JS (entry + one language), gzipped']);
      for (const f of s.jsFiles.slice(0, 3)) out.push([`  ${f.file}`, `${f.gzipKB.toFixed(1)} kB (${f.rawKB.toFixed(1)} kB)`]);
      out.push(['Renderer CSS, gzipped (raw)', `${s.cssGzipKB.toFixed(1)} kB (${s.cssRawKB.toFixed(1)} kB)`]);
      out.push([`Fonts (${s.fontFiles} files)`, `${s.fontsKB.toFixed(1)} kB`, 'Fonts (subset woff2)']);
      out.push(['Other assets (html, svg, …)', `${s.otherKB.toFixed(1)} kB`]);
      out.push(['Total: transfer (raw)', `${s.totalTransferKB.toFixed(1)} kB (${s.totalRawKB.toFixed(1)} kB)`]);
    }
  }
  return out;
}

export function printTable(doc) {
  const m = doc.machine;
  const lines = [];
  lines.push('');
  lines.push(`Iron Rice Bowl, Paper Loan — performance benchmark, ${doc.date.slice(0, 16).replace('T', ' ')} UTC`);
  lines.push(`CPU ${m.cpu} × ${m.cores} cores · ${m.memoryGB} GB · ${m.os} · Node ${m.node} · Chromium ${m.chromium ?? '(not started)'}`);
  if (m.loadAvgStart !== null && Math.max(m.loadAvgStart, m.loadAvgEnd ?? 0) > m.cores) {
    lines.push(`WARNING: load average ${m.loadAvgStart} at start, ${m.loadAvgEnd} at end on ${m.cores} cores: other processes competed for the CPU; timings are pessimistic`);
  }
  lines.push(`${doc.options.runs} run(s) per figure, median [min–max]; headless, software GL (SwiftShader), 1280×720`);
  lines.push('');
  const byLabel = new Map(doc.checks.map((c) => [c.label, c]));
  const table = rows(doc.results).map(([label, value, check]) => {
    const c = check ? byLabel.get(check) : null;
    const target = c ? `${c.op} ${c.target ?? '?'} ${c.unit}` : '';
    return [label, value, target, c ? c.verdict : ''];
  });
  const head = ['Figure', 'Value', 'Target', ''];
  const w = [0, 1, 2].map((i) => Math.max(head[i].length, ...table.map((r) => r[i].length)));
  const line = (r) => `${r[0].padEnd(w[0])}  ${r[1].padEnd(w[1])}  ${r[2].padEnd(w[2])}  ${r[3]}`.trimEnd();
  lines.push(line(head));
  lines.push(line(w.map((n) => '-'.repeat(n)).concat('----')));
  for (const r of table) lines.push(line(r));
  const miss = doc.checks.filter((c) => c.verdict === 'MISS').length;
  const pass = doc.checks.filter((c) => c.verdict === 'PASS').length;
  const na = doc.checks.filter((c) => c.verdict === 'n/a' && doc.options.only.includes(c.id)).length;
  lines.push('');
  for (const c of doc.checks.filter((x) => x.verdict === 'MISS')) lines.push(`MISS: ${c.label}: ${c.value} ${c.unit} (target ${c.op} ${c.target} ${c.unit})`);
  for (const c of doc.checks.filter((x) => x.verdict === 'n/a' && doc.options.only.includes(x.id))) lines.push(`n/a: ${c.label}: ${c.reason}`);
  lines.push(`Budget: ${pass} PASS, ${miss} MISS, ${na} not measured`);
  process.stdout.write(lines.join('\n') + '\n');
}
