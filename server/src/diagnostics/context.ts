// What every page rule reads: the page model, its docset (if any) and the substitutions in scope.
import type { DocsConfig } from '../config';
import type { Docset } from '../docset/docset';
import type { SubScope } from '../docset/substitutions';
import type { Page, SubUse } from '../model/types';
import type { ItemMemo } from './itemMemo';
import type { DocDiagnostic, Severity } from '../types';

export interface RuleContext {
  page: Page;
  docset: Docset | undefined;
  /** `substitutionScope(page, docset)`. */
  subs: SubScope;
  config: DocsConfig;
  /** The rules' diagnostics per item from the document's last version (./itemMemo.ts), when it is kept. */
  memo?: RuleMemo;
}

/** What the rules keep of a document's last version. */
export interface RuleMemo {
  subs: ItemMemo<SubUse>;
}

export type Rule = (ctx: RuleContext) => DocDiagnostic[];

export function diag(ctx: RuleContext, code: string, severity: Severity, message: string, start: number, end: number, data?: Record<string, unknown>): DocDiagnostic {
  const d: DocDiagnostic = { code, severity, message, range: ctx.page.lines.range(start, end) };
  if (data) d.data = data;
  return d;
}
