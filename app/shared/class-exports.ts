// What a class leaves behind: students.csv, rounds.csv and the session file, built from the host's state with the
// same resolver the class played with (so the numbers in the files are the numbers the students saw).
import { CLASS_TRADES, resolveClassHistory } from '../sim/index';
import type { ClassTick } from '../sim/index';
import { toCsv } from './csv';
import { APP_VERSION } from './class-protocol';
import { CLASS_SESSION_KIND, CLASS_SESSION_VERSION } from './class-session';
import type { ClassSessionFile } from './class-session';
import type { HostState } from '../class-host/reducer';

export function sessionFile(s: HostState): ClassSessionFile {
  return {
    kind: CLASS_SESSION_KIND, version: CLASS_SESSION_VERSION, appVersion: APP_VERSION, scenarioId: s.config.scenarioId, classSeed: s.config.classSeed,
    params: s.params,
    rounds: s.history.map((counts, i) => ({ round: i + 1, counts, check: s.checks[i] ?? '', source: s.sources[i] ?? 'live' })),
    seats: s.seats.map((x) => ({
      seat: x.seat, nick: x.nick, kicked: x.kicked, rounds: x.rounds,
      predictions: Object.fromEntries(Object.entries(x.predictions).map(([k, v]) => [String(k), v])),
    })),
  };
}

export function ticksOf(f: Pick<ClassSessionFile, 'params' | 'classSeed' | 'rounds'>): ClassTick[] {
  return f.params && f.rounds.length ? resolveClassHistory(f.params, f.classSeed, f.rounds.map((r) => r.counts)) : [];
}

/** rounds.csv: one line per seat and round, with the market that round produced in the seat's trade. */
export function roundsCsv(f: ClassSessionFile): string {
  const ticks = ticksOf(f);
  const header = ['round', 'seat', 'nickname', 'trade', 'location', 'flag', 'class_entrants', 'class_weighted', 'cohort', 'incumbents', 'firms', 'price_index', 'avg_profit', 'break_even'];
  const rows: (string | number | null)[][] = [];
  for (const t of ticks) {
    for (const x of f.seats) {
      const r = x.rounds[t.round - 1];
      const i = r?.trade ? CLASS_TRADES.indexOf(r.trade) : -1;
      rows.push([
        t.round, x.seat, x.nick, r?.trade ?? '', r?.location ?? '', r?.flag ?? 'absent',
        i >= 0 ? t.counts[i]! : '', i >= 0 ? Math.round(t.counts[i]! * t.seatWeight * 100) / 100 : '', i >= 0 ? t.cohort[i]! : '', i >= 0 ? t.incumbents[i]! : '',
        i >= 0 ? t.firms[i]! : '', i >= 0 ? t.priceIndex[i]! : '', i >= 0 ? t.avgProfit[i]! : '', i >= 0 ? t.breakEven[i]! : '',
      ]);
    }
  }
  return toCsv(header, rows);
}

/** students.csv: one line per seat: trades held, rounds decided automatically, and how far predictions missed. */
export function studentsCsv(f: ClassSessionFile): string {
  const ticks = ticksOf(f);
  const header = ['seat', 'nickname', 'kicked', 'trades', 'rounds_chosen', 'auto_rounds', 'autopilot_rounds', 'absent_rounds', 'mean_prediction_error', 'beat_average_right'];
  const rows = f.seats.map((x) => {
    const trades = [...new Set(x.rounds.map((r) => r.trade).filter((t): t is NonNullable<typeof t> => t !== null))];
    const errs: number[] = [];
    let right = 0;
    let judged = 0;
    for (const [k, p] of Object.entries(x.predictions)) {
      const round = Number(k);
      const t = ticks[round - 1];
      const r = x.rounds[round - 1];
      if (!t || !r?.trade) continue;
      const i = CLASS_TRADES.indexOf(r.trade);
      errs.push(Math.abs(p.entrants - t.firms[i]!));
      const allAvg = t.avgProfit.reduce((a, b) => a + b, 0) / t.avgProfit.length;
      judged++;
      if ((t.avgProfit[i]! > allAvg) === p.beatAverage) right++;
    }
    const n = (flag: string) => x.rounds.filter((r) => r.flag === flag).length;
    return [
      x.seat, x.nick, x.kicked ? 'yes' : 'no', trades.join(' '), n('chosen'), n('auto'), n('autopilot'), n('absent'),
      errs.length ? Math.round((errs.reduce((a, b) => a + b, 0) / errs.length) * 10) / 10 : '', judged ? `${right}/${judged}` : '',
    ];
  });
  return toCsv(header, rows);
}
