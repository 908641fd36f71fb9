// One Information per unchecked migration checklist item (`% - [ ] path`), its path and notes in the message.
import { diag, type RuleContext } from './context';
import type { DocDiagnostic } from '../types';

export function migrationRules(ctx: RuleContext): DocDiagnostic[] {
  return ctx.page.checklist
    .filter((i) => !i.checked)
    .map((i) => {
      const notes = i.notes.length ? ` — ${i.notes.join(' ')}` : '';
      return diag(ctx, 'migration.unchecked', 'information', `Unchecked migration item: ${i.path}${notes}`, i.boxSpan.start, i.pathSpan.end, { path: i.path });
    });
}
