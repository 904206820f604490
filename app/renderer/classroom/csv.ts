// The students' list as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel shows Chinese), RFC 4180
// quoting (CRLF between rows, fields with comma, quote or line break in quotes, quotes doubled), and text cells
// that start with = + - @ (or tab / carriage return) prefixed with an apostrophe so no spreadsheet runs them.
export type Cell = string | number | boolean | null;

/** Neutralises text a spreadsheet would read as a formula (OWASP "CSV injection"). Numbers stay numbers. */
export function guardCell(c: Cell): string {
  if (c === null) return '';
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  return /^[=+\-@\t\r]/.test(c) ? `'${c}` : c;
}

export function quoteField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const line = (cells: readonly Cell[]) => cells.map((c) => quoteField(guardCell(c))).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
