// Two link targets with the same id in one page (case-insensitive, as docs-builder compares anchors): the
// second can never be reached. docs-builder does not detect this (spec §2.6). Sources: headings of level 2
// and deeper, `$$$anchors$$$` (also in comments), directive `:name:` options and `{step}` anchors.
import { pageAnchors } from '../model/anchors';
import { diag, type RuleContext } from './context';
import type { DocDiagnostic } from '../types';

export function anchorRules(ctx: RuleContext): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  const seen = new Map<string, { line: number; kind: string }>();
  for (const a of pageAnchors(ctx.page)) {
    const k = a.id.toLowerCase();
    if (!k) continue;
    const first = seen.get(k);
    if (first) {
      out.push(diag(ctx, 'anchor.duplicate', 'warning', `Duplicate anchor '${a.id}': the ${first.kind} on line ${first.line + 1} already has this id, so links to '#${a.id}' never reach this ${a.kind}.`, a.span.start, a.span.end, { id: a.id }));
    } else seen.set(k, { line: ctx.page.lines.lineAt(a.span.start), kind: a.kind });
  }
  return out;
}
