// CSV of flat rows, for `?format=csv` answers: a header line, then one line per row, "\n"-ended
// like the dashboard's downloads; RFC 4180 quoting; numbers as JavaScript prints them, so they
// read back to the same float64.

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv<Row extends Record<string, unknown>>(rows: Row[], columns: readonly (keyof Row & string)[]): string {
  return [columns.join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))].join("\n") + "\n";
}
