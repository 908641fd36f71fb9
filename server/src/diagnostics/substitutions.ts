// Substitution rules with docs-builder's wording (spec §1.3–1.5, §8 rows 1–4).
import { isKnownMutation, MAX_MUTATIONS } from '../substitutions/mutations';
import { diag, type RuleContext } from './context';
import { pageTitle } from '../docset/substitutions';
import type { SubUse } from '../model/types';
import type { DocDiagnostic } from '../types';

/** Which of docs-builder's data files would define a built-in key (`version.*`, `product.*`, `.id`). */
function builtinSource(key: string): string | undefined {
  if (key.startsWith('version.')) return 'versions.yml';
  if (key.startsWith('product.') || (key.startsWith('.') && key.length > 1)) return 'products.yml';
  return undefined;
}

/** No diagnostics (shared: most uses have none). */
const NONE: DocDiagnostic[] = [];

export function substitutionRules(ctx: RuleContext): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  for (const d of ctx.subs.shadowed) {
    out.push(diag(ctx, 'sub.shadowed', 'error', `{${d.key}} can not be redeclared in front matter as its a global substitution`, d.keySpan.start, d.keySpan.end, { key: d.key }));
  }
  const page = ctx.page;
  if (ctx.memo) {
    // What the scope is made of (docset/substitutions.ts): the docset, the front matter, the title, the URI.
    const inputs = [ctx.docset, page.frontMatter, pageTitle(page), page.uri];
    return ctx.memo.subs.run(page.text, page.lines, page.subs, inputs, (use) => useDiagnostics(ctx, use), out);
  }
  for (const use of page.subs) for (const d of useDiagnostics(ctx, use)) out.push(d);
  return out;
}

/** Whether `b` is the use `a` moved by `d` (what `useDiagnostics` reads of it). */
export function sameUse(a: SubUse, b: SubUse, d: number): boolean {
  if (a.key !== b.key || a.rawKey !== b.rawKey || a.context !== b.context || a.end + d !== b.end || a.keySpan.start + d !== b.keySpan.start || a.keySpan.end + d !== b.keySpan.end) return false;
  if (a.mutations.length !== b.mutations.length) return false;
  for (let i = 0; i < a.mutations.length; i++) {
    const x = a.mutations[i];
    const y = b.mutations[i];
    if (x.name !== y.name || x.span.start + d !== y.span.start || x.span.end + d !== y.span.end) return false;
  }
  return true;
}

/** One use's diagnostics (inside its span: what ItemMemo needs). */
function useDiagnostics(ctx: RuleContext, use: SubUse): DocDiagnostic[] {
  const def = ctx.subs.get(use.key);
  if (!def) {
    // docs-builder's URL-template guard: one-character keys without mutations are not substitutions.
    if (use.key.length <= 1 && use.mutations.length === 0) return NONE;
    // A link URL keeps it: docs-builder reports the whole URL (features/substitutions/linkTemplates.ts).
    if (use.context === 'link-url') return NONE;
    if (use.context === 'title' || use.context === 'code' || use.context === 'frontmatter') {
      // docs-builder interpolates these silently and leaves `{{key}}` in the output: still worth a warning.
      return [diag(ctx, 'sub.undefined', 'warning', `Substitution key {${use.key}} is undefined (docs-builder leaves it as literal text here, without an error)`, use.keySpan.start, use.keySpan.end, { key: use.key })];
    }
    // In a `%` comment nothing is rendered: never an error there (a hint keeps the use visible).
    if (use.key.includes(' ') || use.context === 'comment') {
      return [diag(ctx, 'sub.undefined', 'hint', `Substitution key {${use.key}} is undefined`, use.keySpan.start, use.keySpan.end, { key: use.key })];
    }
    // Built-in keys come from docs-builder's versions.yml and products.yml, of which this extension holds a copy
    // that can be older than the docs-builder a docset builds with (a product added since): a warning, not an error.
    const builtin = builtinSource(use.key);
    const message = `Substitution key {${use.key}} is undefined${builtin ? ` (not in this extension's copy of docs-builder's ${builtin}, which may be older than docs-builder's: check the id)` : ''}`;
    return [diag(ctx, 'sub.undefined', builtin ? 'warning' : 'error', message, use.keySpan.start, use.keySpan.end, { key: use.key })];
  }
  if (use.context === 'title' || use.context === 'code' || use.context === 'frontmatter' || use.context === 'link-url') return NONE;
  const severity = use.context === 'comment' ? 'hint' : 'error';
  if (use.mutations.length >= MAX_MUTATIONS) {
    const last = use.mutations[use.mutations.length - 1];
    return [diag(ctx, 'sub.too-many-mutations', severity, `Substitution key {${use.key}} defines too many mutations, none will be applied`, use.mutations[0].span.start, last.span.end, { key: use.key })];
  }
  let out: DocDiagnostic[] | undefined;
  for (const m of use.mutations) {
    if (!isKnownMutation(m.name)) (out ??= []).push(diag(ctx, 'sub.mutation-unknown', severity, `Mutation '${m.name}' on {${use.key}} is undefined`, m.span.start, m.span.end, { key: use.key, mutation: m.name }));
  }
  return out ?? NONE;
}
