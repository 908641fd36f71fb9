// A code lens above each migration checklist: "Migration: 3 of 10 done · Next unchecked". Clicking it goes to the
// checklist's first open item (or, when all are done, shows every migration item of the workspace).
import type { CodeLens } from 'vscode-languageserver-types';
import { MIGRATION_COMMANDS, type MigrationNavigateArgs } from '../../protocol';
import type { FeatureContext } from '../types';
import { pageMigration } from './model';

export function migrationCodeLenses(ctx: FeatureContext): CodeLens[] {
  const L = ctx.page.lines;
  return pageMigration(ctx.page).checklists.map((cl) => {
    const first = L.positionAt(cl.start);
    const range = { start: first, end: first };
    const summary = `Migration: ${cl.done} of ${cl.items.length} done`;
    if (cl.done === cl.items.length) return { range, command: { title: summary, command: MIGRATION_COMMANDS.showAll } };
    const args: MigrationNavigateArgs = { uri: ctx.doc.uri, position: { line: first.line, character: 0 } };
    return { range, command: { title: `${summary} · Next unchecked`, command: MIGRATION_COMMANDS.next, arguments: [args] } };
  });
}
