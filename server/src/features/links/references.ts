// Find references: to a heading, an anchor (`$$$…$$$`, `:name:`, step), a whole page (from its H1 title), or to
// what a link points to — every link in the workspace that reaches it, from the index.
import type { Location } from 'vscode-languageserver-types';
import type { FeatureContext } from '../types';
import { definitionAt, linkAt, titleAt } from './at';
import { linksTo, linksToAnchor } from './incoming';
import { linkTarget } from './linkTarget';
import { LinkResolver } from './resolve';

export async function references(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Promise<Location[] | undefined> {
  await ctx.index.whenReady();
  const resolver = new LinkResolver(ctx);
  const { page } = ctx;
  const def = definitionAt(page, offset);
  if (def && !(def.heading && def.heading.level === 1)) {
    const refs = (await linksToAnchor(resolver, page.uri, def.target.id)).map((l) => ({ uri: l.uri, range: l.link.fragmentRange ?? l.link.range }));
    const decl = { uri: page.uri, range: page.lines.range(def.target.span.start, def.target.span.end) };
    return includeDeclaration ? [decl, ...refs] : refs;
  }
  if (titleAt(page, offset)) return pageRefs(resolver, page.uri);
  const link = linkAt(page, offset);
  if (!link) return undefined;
  const t = await linkTarget(ctx, link, resolver);
  if (!t) return undefined;
  if (t.anchorRef) {
    // An anchor from an included snippet is linked through the including page (and maybe the snippet itself).
    const pages = t.anchorRef.uri === t.uri ? [t.uri] : [t.uri, t.anchorRef.uri];
    const refs: Location[] = [];
    for (const uri of pages) refs.push(...(await linksToAnchor(resolver, uri, t.anchorRef.id)).map((l) => ({ uri: l.uri, range: l.link.fragmentRange ?? l.link.range })));
    return includeDeclaration ? [{ uri: t.anchorRef.uri, range: t.anchorRef.range }, ...refs] : refs;
  }
  if (t.anchor) return undefined;
  return pageRefs(resolver, t.uri);
}

async function pageRefs(resolver: LinkResolver, uri: string): Promise<Location[]> {
  // Same-page `#x` links name an anchor, not the page.
  return (await linksTo(resolver, uri)).filter((l) => l.link.path.trim() !== '').map((l) => ({ uri: l.uri, range: l.link.range }));
}
