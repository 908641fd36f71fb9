// Migration diagnostics beyond the foundation's `migration.unchecked` (diagnostics/migration.ts):
// `migration.source-missing` (Warning) when an open item's path names no file, looked for next to the page and
// under the docset root; `migration.todo` (Hint) on `% TODO` lines. Checked items are not looked up: their raw
// page is usually deleted once it is folded in.
import type { DocDiagnostic } from '../../types';
import { relativeUri } from '../../workspace';
import type { FeatureContext } from '../types';
import { pageMigration } from './model';
import { lookupOf, pageRoot, resolveSource, workspaceRootOf } from './sources';

export async function migrationDiagnostics(ctx: FeatureContext): Promise<DocDiagnostic[]> {
  const pm = pageMigration(ctx.page);
  const L = ctx.page.lines;
  const out: DocDiagnostic[] = [];
  const lookup = lookupOf(ctx);
  const items = pm.items.filter((i) => !i.item.checked && i.source);
  if (items.length) {
    const shown = workspaceRootOf(ctx.workspace, ctx.doc.uri) ?? (await pageRoot(lookup, ctx.doc.uri));
    for (const i of items) {
      const src = i.source!;
      const r = await resolveSource(lookup, ctx.doc.uri, src.path);
      if (r.uri || r.candidates.length === 0) continue;
      const looked = r.candidates.map((c) => (shown ? relativeUri(shown, c) : undefined) ?? c).join(' or ');
      out.push({
        code: 'migration.source-missing', severity: 'warning', range: L.range(src.span.start, src.span.end),
        message: `Migration source \`${src.path}\` does not exist (looked for ${looked}).`, data: { path: src.path, candidates: r.candidates },
      });
    }
  }
  for (const t of pm.todos) {
    out.push({ code: 'migration.todo', severity: 'hint', range: L.range(t.textSpan.start, t.textSpan.end), message: ctx.page.text.slice(t.textSpan.start, t.textSpan.end) });
  }
  return out;
}
