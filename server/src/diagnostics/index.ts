// All page rules, run over one page model; then the user's per-code severity overrides.
import type { DocsConfig } from '../config';
import type { DocDiagnostic } from '../types';
import { anchorRules } from './anchors';
import { commentRules } from './comments';
import type { Rule, RuleContext, RuleMemo } from './context';
import { ItemMemo } from './itemMemo';
import { byPosition } from './order';
import { directiveRules } from './directives';
import { frontMatterRules } from './frontMatter';
import { migrationRules } from './migration';
import { sameUse, substitutionRules } from './substitutions';

export const PAGE_RULES: Rule[] = [frontMatterRules, substitutionRules, directiveRules, commentRules, anchorRules, migrationRules];

/** The foundation's rules over one page, before the user's severity overrides (applied once by the service). */
export function runRules(ctx: RuleContext, rules: Rule[] = PAGE_RULES): DocDiagnostic[] {
  return joined(ruleLists(ctx, rules));
}

/** Each rule's diagnostics over one page, a list per rule. */
export function ruleLists(ctx: RuleContext, rules: Rule[] = PAGE_RULES): DocDiagnostic[][] {
  return rules.map((rule) => rule(ctx));
}

/**
 * The lists one after the other, in one array made at its size (appended one by one: a page of 100,000 problems
 * would overflow the stack as spread arguments, and grown by pushes its list is copied into ever larger arrays).
 */
export function joined(lists: readonly DocDiagnostic[][]): DocDiagnostic[] {
  let n = 0;
  for (const list of lists) n += list.length;
  const out = new Array<DocDiagnostic>(n);
  let k = 0;
  for (const list of lists) for (const d of list) out[k++] = d;
  return out;
}

/** A new memo of the rules' diagnostics per item, for one document (kept from version to version). */
export function ruleMemo(): RuleMemo {
  return { subs: new ItemMemo(sameUse) };
}

/** `diags` with the user's severity overrides, in position order; `diags` (the caller's list, not kept) is reused. */
export function applySeverities(diags: DocDiagnostic[], config: DocsConfig): DocDiagnostic[] {
  return byPosition(withSeverities(diags, config));
}

/** `diags` with the user's severity overrides, in their order; `diags` itself when there is none. */
export function withSeverities(diags: DocDiagnostic[], config: DocsConfig): DocDiagnostic[] {
  // No override (the default): nothing to copy or look up per diagnostic.
  if (Object.keys(config.severity).length === 0) return diags;
  const out: DocDiagnostic[] = [];
  for (const d of diags) {
    const o = config.severity[d.code];
    if (o === 'off') continue;
    out.push(o ? { ...d, severity: o } : d);
  }
  return out;
}
