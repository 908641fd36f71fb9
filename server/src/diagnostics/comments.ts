// Comment rules docs-builder lacks (spec §4, §10): lines that look like comments but render as text,
// and `<!--` never closed (it silently swallows the rest of the page).
import { diag, type RuleContext } from './context';
import type { DocDiagnostic } from '../types';

export function commentRules(ctx: RuleContext): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  for (const n of ctx.page.notComments) {
    const message = n.reason === 'double'
      ? "'%%' is not a comment: docs-builder renders this line as visible text. Use a single '%' followed by a space."
      : "'%' must be followed by a space to start a comment: docs-builder renders this line as visible text.";
    out.push(diag(ctx, 'comment.not-a-comment', 'warning', message, n.start, Math.min(n.end, n.start + 2), { reason: n.reason }));
  }
  for (const c of ctx.page.blockComments) {
    if (!c.closed) out.push(diag(ctx, 'comment.unterminated', 'warning', "'<!--' is never closed with '-->': the rest of the page is a comment and will not be rendered.", c.start, c.start + 4));
  }
  return out;
}
