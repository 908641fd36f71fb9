// The `migration` command of the CLI as a pure function: the index's checklists in, text or JSON out.
// Text lists the open items per page; JSON carries every item (page, line, path, notes, checked).
import type { MigrationItemsResult } from '../../protocol';

export interface ReportItem {
  page: string;
  /** 1-based. */
  line: number;
  path: string;
  notes: string;
  checked: boolean;
}

export interface MigrationReport {
  items: ReportItem[];
  summary: { open: number; total: number; pages: number };
}

/** `display` turns a page URI into the path the user sees (relative to the current folder). */
export function migrationReport(result: MigrationItemsResult, display: (uri: string) => string): MigrationReport {
  const items: ReportItem[] = [];
  const rows = result.pages.map((p) => ({ page: display(p.uri), p })).sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
  for (const { page, p } of rows) for (const i of p.items) items.push({ page, line: i.line + 1, path: i.path, notes: i.notes, checked: i.checked });
  const open = items.filter((i) => !i.checked);
  return { items, summary: { open: open.length, total: items.length, pages: new Set(open.map((i) => i.page)).size } };
}

export function summaryLine(r: MigrationReport): string {
  const { open, total, pages } = r.summary;
  return `${open} of ${total} items open in ${pages} pages`; // fixed wording, like `check`'s summary, for scripts
}

export function formatText(r: MigrationReport): string {
  const out: string[] = [];
  let page = '';
  for (const i of r.items) {
    if (i.checked) continue;
    if (i.page !== page) {
      page = i.page;
      const all = r.items.filter((x) => x.page === page);
      out.push(`${page} (${all.filter((x) => !x.checked).length} of ${all.length} open)`);
    }
    out.push(`  ${page}:${i.line} ${i.path}${i.notes ? ` — ${i.notes}` : ''}`);
  }
  out.push(summaryLine(r));
  return `${out.join('\n')}\n`;
}

export function formatJson(r: MigrationReport): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
