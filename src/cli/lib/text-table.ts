/** A plain-text table for the CLI: columns as [header, align], rows of strings, two spaces between columns. */
export function table(headers: [string, 'l' | 'r'][], rows: string[][]): string {
  const widths = headers.map(([h], c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (headers[c][1] === 'r' ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(headers.map(([h]) => h)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join(
    '\n'
  );
}
