// Two link targets with the same id in one page (case-insensitive, as docs-builder compares anchors): the
// second can never be reached. docs-builder does not detect this (spec §2.6). Sources: headings of level 2
// and deeper, `$$$anchors$$$` (also in comments), directive `:name:` options and `{step}` anchors.
import { copy } from '../index/strings';
import { eachAnchor, type AnchorKind } from '../model/anchors';
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
  const page = ctx.page;
  // Lower-cased id → where it was first defined and what defined it (start * 4 + kind), read back on a duplicate.
  const seen = new Map<string, number>();
  // The targets visited, not listed: the page's list of them (pageAnchors), made for each version, would be kept as
  // long as the version is — 1,651 targets on the 1.1 MB corpus page, that typing made at each keystroke only for
  // this rule, outlived the young generation (issue 16). The other readers of that list make it when they ask.
  eachAnchor(page, (kind, id, start, end) => {
    const k = lower(id);
    if (!k) return;
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, start * 4 + KINDS.indexOf(kind));
      return;
    }
    const line = page.lines.lineAt(Math.floor(first / 4));
    // A copy: the id may be a slice of the page text, and `check` keeps diagnostics until the run ends.
    const shown = copy(id);
    out.push(diag(ctx, 'anchor.duplicate', 'warning', `Duplicate anchor '${shown}': the ${KINDS[first % 4]} on line ${line + 1} already has this id, so links to '#${shown}' never reach this ${kind}.`, start, end, { id: shown }));
  });
  return out;
}
