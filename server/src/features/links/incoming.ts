// Every link in the workspace that points to a page (from the index summaries, which hold the open pages' live
// versions): for references, rename and the heading-slug code action.
import type { SummaryLink } from '../../index/summary';
import { classifyUrl } from './urls';
import { resolveLinkUri, type LinkResolver } from './resolve';

export interface IncomingLink {
  /** The page holding the link. */
  uri: string;
  link: SummaryLink;
  /** The anchor as docs-builder reads it (after `#`, trimmed), when there is one. */
  anchor?: string;
}

export async function linksTo(resolver: LinkResolver, targetUri: string): Promise<IncomingLink[]> {
  const out: IncomingLink[] = [];
  for (const [uri, summary] of resolver.env.index.pages) {
    let docset: Awaited<ReturnType<typeof resolver.env.docsetOf>> | null = null;
    for (const link of summary.links) {
      const kind = classifyUrl(link.url, undefined);
      if (kind.kind !== 'internal') continue;
      if (docset === null) docset = await resolver.env.docsetOf(uri);
      if (resolveLinkUri(uri, kind.path, docset, resolver.roots) !== targetUri) continue;
      out.push(kind.anchor ? { uri, link, anchor: kind.anchor } : { uri, link });
    }
  }
  return out;
}

/** Links to one anchor of a page (ids compared case-insensitively, as docs-builder does). */
export async function linksToAnchor(resolver: LinkResolver, targetUri: string, id: string): Promise<IncomingLink[]> {
  const key = id.toLowerCase();
  return (await linksTo(resolver, targetUri)).filter((l) => l.anchor !== undefined && l.anchor.toLowerCase() === key && l.link.fragmentRange);
}
