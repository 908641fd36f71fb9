// Two link targets with the same id in one page (case-insensitive, as docs-builder compares anchors): the
// second can never be reached. docs-builder does not detect this (spec §2.6). Sources: headings of level 2
// and deeper, `$$$anchors$$$` (also in comments), directive `:name:` options and `{step}` anchors.
import { copy } from '../index/strings';
import { pageAnchors, type AnchorKind } from '../model/anchors';
import { diag, type RuleContext } from './context';
import type { DocDiagnostic } from '../types';

const KINDS: AnchorKind[] = ['heading', 'anchor', 'directive', 'step'];

/** `id.toLowerCase()`, without a copy when it has nothing to lower (slugs): the same string keeps its hash. */
function lower(id: string): string {
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return id.toLowerCase();
  }
  return id;
}

export function anchorRules(ctx: RuleContext): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  // Lower-cased id → where it was first defined and what defined it (start * 4 + kind), read back on a duplicate.
  const seen = new Map<string, number>();
  // The page's shared anchor list (made once per page model: the summary's anchors read the same list).
  for (const { kind, id, span: { start, end } } of pageAnchors(ctx.page)) {
    const k = lower(id);
    if (!k) continue;
    const first = seen.get(k);
    if (first !== undefined) {
      const line = ctx.page.lines.lineAt(Math.floor(first / 4));
      // A copy: the id may be a slice of the page text, and `check` keeps diagnostics until the run ends.
      const shown = copy(id);
      out.push(diag(ctx, 'anchor.duplicate', 'warning', `Duplicate anchor '${shown}': the ${KINDS[first % 4]} on line ${line + 1} already has this id, so links to '#${shown}' never reach this ${kind}.`, start, end, { id: shown }));
    } else seen.set(k, start * 4 + KINDS.indexOf(kind));
  }
  return out;
}
