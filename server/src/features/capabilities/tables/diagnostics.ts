// `table.cell-count`: a body row with more or fewer cells than the header. docs-builder's pipe tables
// (Markdig's `UsePipeTables()` with default options, `UseHeaderForColumnCount = false`) normalise every row to the
// widest row: a longer row widens the whole table with columns whose header is empty, a shorter row is padded with
// empty cells. docs-builder itself reports neither.
import type { Page } from '../../../model/types';
import type { DocDiagnostic } from '../../../types';
import { markdigTable } from './cells';

export function tableDiagnostics(page: Page): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  for (const table of page.tables) {
    const grid = markdigTable(page, table);
    const h = grid.header.length;
    grid.rows.forEach((cells, i) => {
      const n = cells.length;
      if (n === h) return;
      const row = table.rowSpans[i];
      if (n > h) {
        const extra = n - h;
        out.push({
          code: 'table.cell-count', severity: 'warning',
          message: `This row has ${n} cells but the header has ${h}: docs-builder widens the whole table to ${n} columns, and the ${extra === 1 ? 'extra column gets an empty header' : `${extra} extra columns get empty headers`}.`,
          range: page.lines.range(cells[h].start, cells[n - 1].end),
          data: { cells: n, header: h },
        });
      } else {
        const missing = h - n;
        const first = cells[0]?.start ?? row.start;
        out.push({
          code: 'table.cell-count', severity: 'warning',
          message: `This row has ${n} ${n === 1 ? 'cell' : 'cells'} but the header has ${h}: docs-builder renders the ${missing === 1 ? 'missing cell' : `${missing} missing cells`} empty.`,
          range: page.lines.range(first, cells[n - 1]?.end ?? row.end),
          data: { cells: n, header: h },
        });
      }
    });
  }
  return out;
}
