// Go to definition (a use → the key in docset.yml or the page's `sub:`), find references (every use across the
// docset, from a use, a front-matter key or a docset.yml key), and document highlights (the key in this page).
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver-types';
import type { FeatureContext } from '../types';
import { declarationOf, symbolUses } from './occurrences';
import { symbolAt } from './symbols';

export function substitutionDefinition(ctx: FeatureContext, offset: number): Location[] | undefined {
  const sym = symbolAt(ctx, offset);
  if (!sym) return undefined;
  const decl = declarationOf(ctx, sym);
  return decl ? [decl] : [];
}

export async function substitutionReferences(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Promise<Location[] | undefined> {
  const sym = symbolAt(ctx, offset);
  if (!sym) return undefined;
  const out: Location[] = [];
  if (includeDeclaration) {
    const decl = declarationOf(ctx, sym);
    if (decl) out.push(decl);
  }
  for (const [uri, ranges] of await symbolUses(ctx, sym)) for (const range of ranges) out.push({ uri, range });
  return out;
}

export function substitutionHighlights(ctx: FeatureContext, offset: number): DocumentHighlight[] | undefined {
  const sym = symbolAt(ctx, offset);
  if (!sym || sym.kind === 'docset') return undefined;
  const L = ctx.page.lines;
  const out: DocumentHighlight[] = [];
  for (const d of ctx.page.frontMatter?.subs ?? []) {
    if (d.key === sym.key) out.push({ range: L.range(d.keySpan.start, d.keySpan.end), kind: DocumentHighlightKind.Write });
  }
  for (const u of ctx.page.subs) {
    if (u.key === sym.key) out.push({ range: L.range(u.keySpan.start, u.keySpan.end), kind: DocumentHighlightKind.Read });
  }
  return out;
}
