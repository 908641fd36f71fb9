// What an internal link of the open page points to: the page (or file), and the anchor its fragment names.
import type { Link } from '../../model/types';
import type { FeatureContext } from '../types';
import { classifyUrl, declaredCrossLinks } from './urls';
import { LinkResolver, resolveLinkUri, type Target } from './resolve';
import { AnchorLookup, type AnchorRef } from './targetAnchors';

export interface LinkTarget {
  uri: string;
  /** What is at `uri` (undefined for a same-page link: the page itself). */
  target?: Target;
  anchor?: string;
  /** The anchor the fragment names, when it exists. */
  anchorRef?: AnchorRef;
}

export async function linkTarget(ctx: FeatureContext, link: Link, resolver = new LinkResolver(ctx)): Promise<LinkTarget | undefined> {
  const kind = classifyUrl(link.url, ctx.docset ? declaredCrossLinks(ctx.docset.crossLinks) : undefined);
  if (kind.kind !== 'internal') return undefined;
  const uri = resolveLinkUri(ctx.page.uri, kind.path, ctx.docset, resolver.roots);
  const same = uri === ctx.page.uri;
  const target = same ? undefined : await resolver.target(uri, ctx.docset);
  const out: LinkTarget = { uri, target };
  if (kind.anchor) {
    out.anchor = kind.anchor;
    let anchorUri = uri;
    // A generated CLI page's hand-written anchors live in its supplemental file.
    if (target?.kind === 'generated') anchorUri = target.supplemental ?? uri;
    if (same || target?.kind === 'page' || target?.kind === 'unindexed-page' || target?.kind === 'generated') {
      out.anchorRef = await new AnchorLookup(resolver).find(anchorUri, kind.anchor, same ? ctx.page : undefined);
    }
  }
  return out;
}
