// Code actions on migration items: "Mark done" on an open item under the cursor (fixing its
// `migration.unchecked`), and "Mark all done in this page" when the page has more than one open item.
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver-types';
import type { FeatureContext } from '../types';
import { pageMigration } from './model';
import { boxEdit } from './toggle';

type Diag = { code?: string | number; range: Range; data?: unknown; message: string };

const touches = (a: Range, b: Range) =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) || b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

export function migrationCodeActions(ctx: FeatureContext, range: Range, diagnostics: Diag[]): CodeAction[] {
  const pm = pageMigration(ctx.page);
  const L = ctx.page.lines;
  const open = pm.items.filter((i) => !i.item.checked);
  if (open.length === 0) return [];
  const uri = ctx.doc.uri;
  const out: CodeAction[] = [];
  const under = open.filter((i) => touches(range, L.range(i.item.start, i.item.end)));
  for (const i of under) {
    const line = L.range(i.item.start, i.item.end);
    const fixes = diagnostics.filter((d) => d.code === 'migration.unchecked' && touches(d.range, line));
    out.push({
      title: `Mark done: ${i.item.path || 'migration item'}`, kind: 'quickfix', isPreferred: true,
      diagnostics: fixes.map((d) => ({ range: d.range, message: d.message, code: d.code }) as Diagnostic),
      edit: { changes: { [uri]: [boxEdit(ctx.page, i, true)] } },
    });
  }
  const onItem = under.length > 0 || diagnostics.some((d) => d.code === 'migration.unchecked');
  if (onItem && open.length > 1) {
    out.push({ title: `Mark all done in this page (${open.length} items)`, kind: 'quickfix', edit: { changes: { [uri]: open.map((i) => boxEdit(ctx.page, i, true)) } } });
  }
  return out;
}
