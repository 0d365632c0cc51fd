// RFC 4180 CSV: the download format newsrooms and spreadsheets read without surprises.

export type Cell = string | number | boolean | null | undefined;

/** A cell as CSV text: empty for null/undefined, quoted when it holds a comma, quote or line break. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header row from `columns`, then one row per record, CRLF line ends (RFC 4180), ending with a line break. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
