// Go to definition: from a link (anywhere on it) to the heading or anchor its fragment names, else to the page or
// file; from an `{include}` path to the snippet.
import type { Location } from 'vscode-languageserver-types';
import type { FeatureContext } from '../types';
import { includeAt, linkAt } from './at';
import { linkTarget } from './linkTarget';
import { LinkResolver, resolveLinkUri } from './resolve';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export async function definition(ctx: FeatureContext, offset: number): Promise<Location[] | undefined> {
  const resolver = new LinkResolver(ctx);
  const inc = includeAt(ctx.page, offset);
  if (inc) {
    const uri = resolveLinkUri(ctx.page.uri, inc.argument.trim(), ctx.docset, resolver.roots);
    return (await resolver.exists(uri, ctx.docset)) ? [{ uri, range: TOP }] : undefined;
  }
  const link = linkAt(ctx.page, offset);
  if (!link) return undefined;
  const t = await linkTarget(ctx, link, resolver);
  if (!t) return undefined;
  if (t.anchorRef) return [{ uri: t.anchorRef.uri, range: t.anchorRef.range }];
  if (t.target === undefined) return undefined; // same page, unknown anchor
  switch (t.target.kind) {
    case 'page':
    case 'unindexed-page':
    case 'file':
      return [{ uri: t.uri, range: TOP }];
    case 'generated':
      return t.target.supplemental ? [{ uri: t.target.supplemental, range: TOP }] : undefined;
    default:
      return undefined;
  }
}
