// Quick fixes: replace literal text with `{{key}}` (`sub.literal`, or a selection equal to a value); for an
// AsciiDoc attribute (`sub.asciidoc-attribute`): `{{key}}`; for an undefined key (`sub.undefined`, or one left in a link URL, `link.template-unresolved`): "Define in front matter" and "Did you mean `{{close-key}}`?".
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import type { SubScope, SubValue } from '../../docset/substitutions';
import type { FeatureContext } from '../types';
import { defineInFrontMatter } from './frontMatterEdit';
import { literalCandidates } from './literal';
import { excludedSpans, overlaps } from './plainText';
import { isBuiltinAlias } from './symbols';

type DiagnosticInfo = { code?: string | number; range: Range; data?: unknown; message: string };

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Keys in scope close to `key`: at most 3, nearest first (1 edit for short keys, up to 3 for long ones). */
export function closeKeys(key: string, scope: SubScope): SubValue[] {
  const max = key.length <= 3 ? 1 : key.length <= 6 ? 2 : 3;
  const kindRank = (v: SubValue): number => (v.origin.kind === 'builtin' ? 1 : 0);
  return scope.all()
    .filter((v) => v.key !== key && !isBuiltinAlias(v, scope) && Math.abs(v.key.length - key.length) <= max)
    .map((v) => ({ v, d: editDistance(key, v.key) }))
    .filter((x) => x.d <= max)
    .sort((x, y) => x.d - y.d || kindRank(x.v) - kindRank(y.v) || (x.v.key < y.v.key ? -1 : 1))
    .slice(0, 3)
    .map((x) => x.v);
}

function replaceAction(ctx: FeatureContext, title: string, kind: string, range: Range, newText: string, diagnostic?: DiagnosticInfo, preferred = false): CodeAction {
  const action: CodeAction = { title, kind, edit: { changes: { [ctx.doc.uri]: [{ range, newText }] } } };
  if (diagnostic) action.diagnostics = [diagnostic as Diagnostic];
  if (preferred) action.isPreferred = true;
  return action;
}

function undefinedActions(ctx: FeatureContext, d: DiagnosticInfo): CodeAction[] {
  const L = ctx.page.lines;
  const start = L.offsetAt(d.range.start);
  // `sub.undefined` sits on the key; `link.template-unresolved` on the URL that holds it.
  const use = d.code === 'sub.undefined'
    ? ctx.page.subs.find((u) => u.keySpan.start === start)
    : ctx.page.subs.find((u) => u.start >= start && u.end <= L.offsetAt(d.range.end) && !ctx.subs.get(u.key));
  if (!use) return [];
  const keyRange = L.range(use.keySpan.start, use.keySpan.end);
  const out: CodeAction[] = [];
  closeKeys(use.key, ctx.subs).forEach((v, i) => {
    out.push(replaceAction(ctx, `Did you mean \`{{${v.rawKey}}}\`?`, CodeActionKind.QuickFix, keyRange, v.rawKey, d, i === 0));
  });
  const edit = defineInFrontMatter(ctx.page, use.rawKey);
  if (edit) out.push({ title: `Define \`${use.rawKey}\` in front matter`, kind: CodeActionKind.QuickFix, diagnostics: [d as Diagnostic], edit: { changes: { [ctx.doc.uri]: [edit] } } });
  return out;
}

function literalActions(ctx: FeatureContext, d: DiagnosticInfo): CodeAction[] {
  const data = d.data as { keys?: unknown } | undefined;
  const keys = Array.isArray(data?.keys) ? data.keys.filter((k): k is string => typeof k === 'string') : [];
  return keys.map((k, i) => replaceAction(ctx, `Replace with \`{{${k}}}\``, CodeActionKind.QuickFix, d.range, `{{${k}}}`, d, i === 0));
}

/** `{es}` → `{{es}}`, the name kept as written. */
function attributeActions(ctx: FeatureContext, d: DiagnosticInfo): CodeAction[] {
  const data = d.data as { name?: unknown } | undefined;
  const name = typeof data?.name === 'string' ? data.name : ctx.page.text.slice(ctx.page.lines.offsetAt(d.range.start) + 1, ctx.page.lines.offsetAt(d.range.end) - 1);
  if (!/^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(name)) return [];
  return [replaceAction(ctx, `Replace with \`{{${name}}}\``, CodeActionKind.QuickFix, d.range, `{{${name}}}`, d, true)];
}

/** A selection that is exactly a substitution's value, in prose: offered whatever the setting. */
function selectionActions(ctx: FeatureContext, range: Range): CodeAction[] {
  const L = ctx.page.lines;
  const start = L.offsetAt(range.start);
  const end = L.offsetAt(range.end);
  if (end <= start || end - start > 200) return [];
  const keys = literalCandidates(ctx.subs).get(ctx.page.text.slice(start, end));
  if (!keys || overlaps(excludedSpans(ctx.page), start, end)) return [];
  return keys.map((k) => replaceAction(ctx, `Replace with \`{{${k}}}\``, CodeActionKind.RefactorRewrite, range, `{{${k}}}`));
}

export function substitutionCodeActions(ctx: FeatureContext, range: Range, diagnostics: DiagnosticInfo[]): CodeAction[] {
  const out: CodeAction[] = [];
  let literalFix = false;
  for (const d of diagnostics) {
    if (d.code === 'sub.undefined' || d.code === 'link.template-unresolved') out.push(...undefinedActions(ctx, d));
    if (d.code === 'sub.asciidoc-attribute') out.push(...attributeActions(ctx, d));
    if (d.code === 'sub.literal') {
      out.push(...literalActions(ctx, d));
      literalFix = true;
    }
  }
  if (!literalFix) out.push(...selectionActions(ctx, range));
  return out;
}
