// Quick fixes for `whitespace.irregular`: fix this one character, or every one on the page, as
// `docs-builder format --write` does (invisible characters removed, the other spaces turned into a plain space).
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { FeatureContext } from '../types';
import { irregularSpaces } from './irregularSpace';

type DiagnosticInfo = { code?: string | number; range: Range; data?: unknown; message: string };

export function irregularSpaceActions(ctx: FeatureContext, _range: Range, diagnostics: DiagnosticInfo[]): CodeAction[] {
  const mine = diagnostics.filter((d) => d.code === 'whitespace.irregular');
  if (mine.length === 0) return [];
  const { page } = ctx;
  const all = irregularSpaces(page);
  const out: CodeAction[] = [];
  for (const d of mine) {
    const offset = page.lines.offsetAt(d.range.start);
    const s = all.find((x) => x.offset === offset);
    if (!s) continue;
    out.push({
      title: s.replacement === '' ? `Remove the ${s.name}` : `Replace the ${s.name} with a space`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d as Diagnostic],
      isPreferred: true,
      edit: { changes: { [ctx.doc.uri]: [{ range: page.lines.range(s.offset, s.offset + 1), newText: s.replacement }] } },
    });
  }
  if (out.length > 0 && all.length > 1) {
    out.push({
      title: `Fix all ${all.length} irregular spaces on this page`,
      kind: CodeActionKind.QuickFix,
      diagnostics: mine as Diagnostic[],
      edit: { changes: { [ctx.doc.uri]: all.map((s) => ({ range: page.lines.range(s.offset, s.offset + 1), newText: s.replacement })) } },
    });
  }
  return out;
}
