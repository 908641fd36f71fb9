// Reading a pipe table of the page model for hovers: which cell the cursor is in, whether the table is a
// capability table, the heading of its section, and each cell's Markdown with substitutions resolved.
import type { SubScope } from '../../../docset/substitutions';
import type { Heading, Page, Table, TableCell } from '../../../model/types';
import { applyMutations } from '../../../substitutions/mutations';

/** A table's rows as docs-builder splits them (see `markdigTable`). */
export interface TableGrid {
  header: TableCell[];
  rows: TableCell[][];
}

/**
 * The table's cells as Markdig splits them. The model (model/tables.ts) already does: code spans, links
 * (`[a | b](u)`, Markdig rule #9) and docs-builder's `{{sub | mutation}}` keep their `|`.
 */
export function markdigTable(_page: Page, table: Table): TableGrid {
  return { header: table.header, rows: table.rows };
}

export interface CellRef {
  table: Table;
  grid: TableGrid;
  /** -1 for the header row. */
  row: number;
  col: number;
  cell: TableCell;
}

/** The cell under `offset`: between its pipes (the cell's trimmed text, or the blanks around it). */
export function cellAt(page: Page, offset: number): CellRef | undefined {
  for (const table of page.tables) {
    if (offset < table.start || offset > table.end) continue;
    const grid = markdigTable(page, table);
    const rows: { row: number; cells: TableCell[]; start: number; end: number }[] = [
      { row: -1, cells: grid.header, start: table.start, end: table.delimiter.start },
      ...grid.rows.map((cells, i) => ({ row: i, cells, start: table.rowSpans[i].start, end: table.rowSpans[i].end })),
    ];
    for (const r of rows) {
      if (offset < r.start || offset > r.end) continue;
      for (let col = 0; col < r.cells.length; col++) {
        const cell = r.cells[col];
        const from = col === 0 ? r.start : pipeBefore(page.text, cell.start, r.start);
        const to = col === r.cells.length - 1 ? r.end : pipeAfter(page.text, cell.end, r.end);
        const inside = offset >= cell.start && offset <= cell.end;
        if (inside || (offset > from && offset < to && page.text[offset] !== '|' && page.text[offset - 1] !== '|')) {
          return { table, grid, row: r.row, col, cell };
        }
      }
    }
  }
  return undefined;
}

function pipeAfter(text: string, at: number, max: number): number {
  const i = text.indexOf('|', at);
  return i >= 0 && i <= max ? i : max;
}

function pipeBefore(text: string, at: number, min: number): number {
  const i = text.lastIndexOf('|', at - 1);
  return i >= min ? i : min;
}

/** Availability markers of capability tables: check and cross glyphs, `&check;`, `{icon}` check/cross icons. */
const MARKER = /[✓✗✕✔✘✅❌]|&check;|&cross;|\{icon\}`(?:check|cross|checkInCircleFilled|crossInCircle|checkCircle)[A-Za-z_]*`/;

export function hasMarker(text: string): boolean {
  return MARKER.test(text);
}

/** A capability table: some body cell outside the first column holds an availability marker. */
export function isCapabilityTable(grid: TableGrid): boolean {
  return grid.rows.some((cells) => cells.some((c, i) => i > 0 && hasMarker(c.text)));
}

/** The nearest heading before the table (the section it sits in), if any. */
export function sectionHeading(page: Page, table: Table): Heading | undefined {
  let found: Heading | undefined;
  for (const h of page.headings) {
    if (h.start < table.start) found = h;
    else break;
  }
  return found;
}

const ICON_GLYPHS: Record<string, string> = { check: '✓', cross: '✗', checkInCircleFilled: '✓', crossInCircle: '✗', checkCircle: '✓' };

/**
 * A cell's Markdown as the hover shows it: `{{subs}}` replaced by their values (with mutations), check and cross
 * `{icon}` roles as glyphs, other roles as their inline code. Unknown substitutions stay as written.
 */
export function cellMarkdown(page: Page, subs: SubScope, cell: TableCell): string {
  type Piece = { start: number; end: number; text: string };
  const pieces: Piece[] = [];
  for (const u of page.subs) {
    if (u.start < cell.start || u.end > cell.end) continue;
    const v = subs.get(u.key);
    if (v) pieces.push({ start: u.start, end: u.end, text: applyMutations(v.value, u.mutations.map((m) => m.name)).result });
  }
  for (const r of page.roles) {
    if (r.start < cell.start || r.end > cell.end) continue;
    const glyph = r.name === 'icon' ? ICON_GLYPHS[r.content] : undefined;
    // `{name}` goes; the code span stays, unless the icon becomes a glyph.
    pieces.push(glyph ? { start: r.start, end: r.end, text: glyph } : { start: r.start, end: r.nameSpan.end + 1, text: '' });
  }
  pieces.sort((a, b) => a.start - b.start);
  let out = '';
  let at = cell.start;
  for (const p of pieces) {
    if (p.start < at) continue;
    out += page.text.slice(at, p.start) + p.text;
    at = p.end;
  }
  return out + page.text.slice(at, cell.end);
}

/** A header's text without a wrapping `**…**` / `__…__`, so the hover can bold it itself. */
export function headerLabel(text: string, col: number): string {
  const m = /^(\*\*|__)(.+)\1$/.exec(text.trim());
  const t = (m ? m[2] : text).trim();
  return t === '' ? `(column ${col + 1})` : t;
}

/** Escapes the pipes of a cell for a row of a Markdown table (already-escaped pipes stay as they are). */
export function escapePipes(markdown: string): string {
  return markdown.replace(/(^|[^\\])\|/g, '$1\\|').replace(/(^|[^\\])\|/g, '$1\\|');
}
