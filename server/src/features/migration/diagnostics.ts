// Migration diagnostics beyond the foundation's `migration.unchecked` (diagnostics/migration.ts):
// `migration.source-missing` (Warning) when an open item's path names no file, looked for next to the page and
// under the docset root; `migration.todo` (Hint) on `% TODO` lines. Checked items are not looked up: their raw
// page is usually deleted once it is folded in.
import type { Page } from '../../model/types';
import type { DocDiagnostic, Range } from '../../types';
import { relativeUri, type Workspace } from '../../workspace';
import { pageMigration } from './model';
import { pageRoot, resolveSource, workspaceRootOf, type SourceLookup } from './sources';

/** What the checks need of a page: its open items with a source path, and its `% TODO` lines (plain data). */
export interface MigrationInput {
  sources: { path: string; range: Range }[];
  todos: DocDiagnostic[];
}

export function gatherMigration(page: Page): MigrationInput {
  const pm = pageMigration(page);
  const L = page.lines;
  const sources = pm.items.filter((i) => !i.item.checked && i.source).map((i) => ({ path: i.source!.path, range: L.range(i.source!.span.start, i.source!.span.end) }));
  const todos: DocDiagnostic[] = pm.todos.map((t) => ({ code: 'migration.todo', severity: 'hint', range: L.range(t.textSpan.start, t.textSpan.end), message: page.text.slice(t.textSpan.start, t.textSpan.end) }));
  return { sources, todos };
}

/** The diagnostics of gathered data: a missing source is looked for on disk and in the index. */
export async function migrationDiagnostics(lookup: SourceLookup, workspace: Workspace, uri: string, input: MigrationInput): Promise<DocDiagnostic[]> {
  const out: DocDiagnostic[] = [];
  if (input.sources.length) {
    const shown = workspaceRootOf(workspace, uri) ?? (await pageRoot(lookup, uri));
    for (const src of input.sources) {
      const r = await resolveSource(lookup, uri, src.path);
      if (r.uri || r.candidates.length === 0) continue;
      const looked = r.candidates.map((c) => (shown ? relativeUri(shown, c) : undefined) ?? c).join(' or ');
      out.push({
        code: 'migration.source-missing', severity: 'warning', range: src.range,
        message: `Migration source \`${src.path}\` does not exist (looked for ${looked}).`, data: { path: src.path, candidates: r.candidates },
      });
    }
  }
  out.push(...input.todos);
  return out;
}
