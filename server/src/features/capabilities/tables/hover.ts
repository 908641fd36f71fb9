// Table hovers. On any body cell: "**<row header>** · **<column header>**: <cell>". On a capability table
// (cells with ✓ / ✗ markers) also previews: a row header shows its row as a two-column table (column → value), a
// column header its column (row → value). Each starts with the heading of the section the table sits in.
import type { Hover } from 'vscode-languageserver-types';
import type { SubScope } from '../../../docset/substitutions';
import type { Page } from '../../../model/types';
import type { FeatureContext } from '../../types';
import { markdownHover } from '../util';
import { cellAt, cellMarkdown, escapePipes, headerLabel, isCapabilityTable, sectionHeading, type CellRef, type TableGrid } from './cells';

function value(page: Page, subs: SubScope, table: TableGrid, row: number, col: number): string {
  const cell = row < 0 ? table.header[col] : table.rows[row][col];
  const md = cell ? cellMarkdown(page, subs, cell).trim() : '';
  return md === '' ? '*(empty)*' : md;
}

/** A two-column Markdown table: a bold title in the header, then one `label | value` row per entry. */
function previewTable(title: string, entries: [string, string][]): string {
  const rows = entries.map(([label, v]) => `| ${escapePipes(label)} | ${escapePipes(v)} |`);
  return [`| **${escapePipes(title)}** | |`, '|---|---|', ...rows].join('\n');
}

function rowPreview(page: Page, subs: SubScope, ref: CellRef): string {
  const { grid: table, row } = ref;
  const title = headerLabel(table.rows[row][0]?.text ?? '', 0);
  const entries: [string, string][] = [];
  for (let c = 1; c < Math.max(table.header.length, table.rows[row].length); c++) {
    entries.push([cellMarkdown(page, subs, table.header[c] ?? { start: 0, end: 0, text: '' }).trim() || `(column ${c + 1})`, value(page, subs, table, row, c)]);
  }
  return previewTable(title, entries);
}

function columnPreview(page: Page, subs: SubScope, ref: CellRef): string {
  const { grid: table, col } = ref;
  const title = headerLabel(table.header[col].text, col);
  const entries: [string, string][] = table.rows.map((cells, r) => [
    cells[0] ? cellMarkdown(page, subs, cells[0]).trim() || `(row ${r + 1})` : `(row ${r + 1})`,
    value(page, subs, table, r, col),
  ]);
  return previewTable(title, entries);
}

function cellLine(page: Page, subs: SubScope, ref: CellRef): string {
  const { grid: table, row, col } = ref;
  const colLabel = headerLabel(table.header[col]?.text ?? '', col);
  const v = value(page, subs, table, row, col);
  if (col === 0) return `**${colLabel}**: ${v}`;
  const rowLabel = headerLabel(table.rows[row][0]?.text ?? '', 0);
  return `**${rowLabel}** · **${colLabel}**: ${v}`;
}

/** The hover text for a cell reference, or undefined where there is nothing to say (a plain table's header). */
export function tableHoverText(page: Page, subs: SubScope, ref: CellRef): string | undefined {
  const capability = isCapabilityTable(ref.grid);
  let body: string | undefined;
  if (ref.row < 0) body = capability && ref.col > 0 ? columnPreview(page, subs, ref) : undefined;
  else if (ref.col === 0 && capability) body = rowPreview(page, subs, ref);
  else body = cellLine(page, subs, ref);
  if (body === undefined) return undefined;
  const heading = sectionHeading(page, ref.table);
  return heading ? `_${heading.title}_\n\n${body}` : body;
}

export function tableHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const ref = cellAt(ctx.page, offset);
  if (!ref) return undefined;
  const text = tableHoverText(ctx.page, ctx.subs, ref);
  return text === undefined ? undefined : markdownHover(ctx.page, text, ref.cell);
}
