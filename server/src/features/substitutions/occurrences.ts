// Every place a key is used: in this page (its live model) and, for a global key, in every other page of the
// same docset (the workspace index's summaries, so closed pages are not parsed again).
import type { Location, Range } from 'vscode-languageserver-types';
import type { SubValue } from '../../docset/substitutions';
import type { FeatureContext } from '../types';
import { definitionLocation } from './origin';
import { isSubstitution, type SubSymbol } from './symbols';

const isMarkdown = (uri: string): boolean => uri.toLowerCase().endsWith('.md');

/** The key ranges of the uses of `key` in this page (as the model reads them, guard included). */
export function pageUses(ctx: FeatureContext, key: string): Range[] {
  const L = ctx.page.lines;
  return ctx.page.subs.filter((u) => u.key === key && isSubstitution(u, ctx.subs)).map((u) => L.range(u.keySpan.start, u.keySpan.end));
}

/**
 * The pages of the docset `docsetUri` that use `key`, with the key ranges of the uses, this page first when it
 * belongs to the docset. Pages are sorted by URI.
 */
export async function docsetUses(ctx: FeatureContext, key: string, docsetUri: string): Promise<Map<string, Range[]>> {
  await ctx.index.whenReady();
  const out = new Map<string, Range[]>();
  if (isMarkdown(ctx.doc.uri) && ctx.docset?.uri === docsetUri) {
    const own = pageUses(ctx, key);
    if (own.length) out.set(ctx.doc.uri, own);
  }
  const others: [string, Range[]][] = [];
  for (const [uri, summary] of ctx.index.pages) {
    if (uri === ctx.doc.uri || !isMarkdown(uri)) continue;
    let ranges: Range[] | undefined;
    for (const s of summary.subs) if (s.key === key) (ranges ??= []).push(s.keyRange);
    if (!ranges) continue;
    if ((await ctx.docsetOf(uri))?.uri !== docsetUri) continue;
    others.push([uri, ranges]);
  }
  others.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [uri, ranges] of others) out.set(uri, ranges);
  return out;
}

/** Whose uses a symbol stands for: one page (a front-matter key, an undefined key) or a whole docset. */
export function symbolScope(ctx: FeatureContext, sym: SubSymbol): { docsetUri: string } | { page: true } {
  if (sym.kind === 'docset') return { docsetUri: sym.docset.uri };
  const v: SubValue | undefined = sym.value;
  if (!v || v.origin.kind === 'frontmatter' || !ctx.docset) return { page: true };
  return { docsetUri: ctx.docset.uri };
}

/** The declaration a symbol resolves to: the docset key, the front-matter key; none for built-in keys. */
export function declarationOf(ctx: FeatureContext, sym: SubSymbol): Location | undefined {
  if (sym.kind === 'docset') return { uri: ctx.doc.uri, range: sym.sub.keyRange };
  return sym.value ? definitionLocation(sym.value, ctx.page) : undefined;
}

/** Every use of the symbol's key it stands for, by page. */
export async function symbolUses(ctx: FeatureContext, sym: SubSymbol): Promise<Map<string, Range[]>> {
  const scope = symbolScope(ctx, sym);
  if ('docsetUri' in scope) return docsetUses(ctx, sym.key, scope.docsetUri);
  const own = pageUses(ctx, sym.key);
  return new Map(own.length ? [[ctx.doc.uri, own]] : []);
}
