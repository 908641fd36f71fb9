// Rules on what a directive holds, with docs-builder's messages: `{math}` needs content, `{button}` exactly one
// Markdown link, `{carousel}` nested images, `{table}` exactly one pipe table, not an empty one, whose column count
// matches `:widths:` (MathBlock.cs, ButtonBlock.cs, ImageCarouselBlock.cs, TableDirectiveBlock.cs). Code
// `directive.content`; `:widths:` problems are `directive.option-value` (./diagnostics.ts).
import type { Directive, Page, Table } from '../../../model/types';
import type { DocDiagnostic } from '../../../types';
import { markdigTable } from '../tables/cells';
import { directiveContent, enclosingDirective } from '../util';
import { openingSpan, tableWidths, type Emit } from './diagnostics';

const LINK_ONLY = /^\s*\[[^\]]+\]\([^)]+\)\s*$/;
const BUTTON_USAGE = 'Use: :::{button}\n[text](url)\n:::';

function children(page: Page, d: Directive): Directive[] {
  const index = page.directives.indexOf(d);
  return page.directives.filter((c) => c.parent === index);
}

/**
 * The column count of a pipe table as Markdig builds it: its widest row. A row that is a lone `|` has no cell in
 * Markdig (the leading pipe starts the row, and nothing follows it), where the model keeps one empty cell.
 */
function markdigColumns(page: Page, table: Table): number {
  const t = markdigTable(page, table);
  const spans = [{ start: table.start, end: table.delimiter.start }, ...table.rowSpans];
  const rows = [t.header, ...t.rows];
  let max = 0;
  rows.forEach((cells, i) => {
    const lone = page.text.slice(spans[i].start, spans[i].end).trim() === '|';
    max = Math.max(max, lone ? 0 : cells.length);
  });
  return max;
}

function checkContent(page: Page, d: Directive, emit: Emit): void {
  const [s, e] = openingSpan(d);
  const content = directiveContent(page, d);
  const text = page.text.slice(content.start, content.end).trim();
  switch (d.name) {
    case 'math':
      if (text === '') emit('directive.content', 'error', 'Math directive requires content.', s, e);
      break;
    case 'button':
      if (children(page, d).length > 0) emit('directive.content', 'error', 'Button directive cannot contain nested directives or blocks. Use only a single Markdown link.', s, e);
      else if (text === '') emit('directive.content', 'error', `Button directive requires a link. ${BUTTON_USAGE}`, s, e);
      else if (!LINK_ONLY.test(text)) emit('directive.content', 'error', `Button directive must contain only a single Markdown link. ${BUTTON_USAGE}`, s, e);
      break;
    case 'carousel':
      if (!children(page, d).some((c) => c.name === 'image' || c.name === 'figure' || c.name === 'figure-md')) {
        emit('directive.content', 'error', 'carousel directive requires nested image directives', s, e);
      }
      break;
    case 'table': {
      const widths = tableWidths(d, emit);
      // Only tables directly in the block: one in a nested directive belongs to that directive.
      const tables = page.tables.filter((t) => t.start >= content.start && t.end <= d.body.end && enclosingDirective(page, t.start) === d);
      if (tables.length === 0) {
        emit('directive.content', 'error', 'Table directive must contain a pipe table. Add a table using Markdown pipe syntax.', s, e);
      } else if (tables.length > 1) {
        emit('directive.content', 'error', 'Table directive must contain exactly one pipe table.', s, e);
      } else {
        // Markdig widens every row to the widest one, so that is the column count docs-builder compares with.
        const columns = markdigColumns(page, tables[0]);
        if (columns === 0) emit('directive.content', 'error', 'Table directive contains an empty table.', s, e);
        else if (widths && columns !== widths.length) emit('directive.content', 'error', `Column width count (${widths.length}) does not match table column count (${columns}).`, s, e);
      }
      break;
    }
  }
}

export function directiveContentDiagnostics(page: Page): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  const emit: Emit = (code, severity, message, start, end) => out.push({ code, severity, message, range: page.lines.range(start, end) });
  for (const d of page.directives) checkContent(page, d, emit);
  return out;
}
