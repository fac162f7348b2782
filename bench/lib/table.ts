/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */

export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align?: Align;
}

export function formatTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const cell = (text: string, i: number): string =>
    columns[i]!.align === 'right' ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
  const lines = [
    columns.map((column, i) => cell(column.header, i)).join('  '),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map((row) => columns.map((_, i) => cell(row[i] ?? '', i)).join('  ')),
  ];
  return lines.map((text) => text.trimEnd()).join('\n');
}

/** Milliseconds with three significant decimals for small values, fewer for large ones. */
export function formatMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 0.01) return ms.toFixed(3);
  return ms.toFixed(4);
}
