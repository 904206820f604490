// One row per student for the spreadsheet; column names in the teacher's language, values as plain numbers and ids
// (trade and path ids in words of the teacher's language), names hidden when the projector mode is on.
import type { Student } from './aggregate';
import { toCsv, type Cell } from './csv';

export interface CsvWords {
  header: (key: string) => string;
  path: (id: string) => string;
  trade: (id: string) => string;
  persona: (id: string) => string;
  seat: (n: number) => string;
}

export const CSV_COLUMNS = [
  'seat', 'name', 'file', 'language', 'persona', 'firstPath', 'firstPathMonth', 'finalPath', 'trade', 'meanMonthlyProfit', 'netWorth', 'debt',
  'defaulted', 'employed', 'blacklisted', 'wellbeing', 'percentile', 'predictedEntrants', 'actualEntrants', 'willBeatAverage', 'beatAverage',
] as const;

export function studentsCsv(students: readonly Student[], w: CsvWords, hideNames: boolean): string {
  const rows: Cell[][] = students.map((s) => [
    s.seat, hideNames ? w.seat(s.seat) : (s.nickname ?? ''), hideNames ? '' : s.file, s.language, w.persona(s.personaId),
    s.firstPath ? w.path(s.firstPath) : '', s.firstPathMonth === null ? null : s.firstPathMonth + 1, s.finalPath ? w.path(s.finalPath) : '',
    s.businessId ? w.trade(s.businessId) : '', s.meanMonthlyProfit, s.netWorth, s.debt, s.defaulted, s.employed, s.blacklisted, s.wellbeing,
    s.percentile === null ? null : Math.round(s.percentile * 100) / 100, s.predictedEntrants, s.actualEntrants, s.willBeatAverage, s.beatAverage,
  ]);
  return toCsv(CSV_COLUMNS.map((c) => w.header(c)), rows);
}
