// Completion inside a link's URL: page paths after `](` (relative to the page, or from the docset root after `/`),
// then the anchors of that page after `#` (headings by their text, `$$$anchors$$$`, `:name:`s, step anchors,
// and those of included snippets); `#` alone completes the current page's anchors. Not in an image's URL
// `![alt](`: the files area offers image files there (features/files/imageCompletion.ts).
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver-types';
import type { CompletionContextInfo, FeatureContext } from '../types';
import { bestCandidates } from '../completionLimit';
import { relativeLinkPath } from './redirects';
import { docsetRelative, inUnderscoreFolder, LinkResolver, resolveLinkUri } from './resolve';
import { AnchorLookup, type AnchorRef } from './targetAnchors';
import { isSimpleFolder } from '../../workspace';

/** The URL typed so far: from just after `](` to the cursor, on the cursor's line (the link may be unfinished). */
export function urlPrefix(line: string): string | undefined {
  const m = /\]\(<?([^()\s<>]*)$/.exec(line);
  return m ? m[1] : undefined;
}

/** The URL typed so far when the cursor is inside a Markdown image's `![alt](`, or undefined. */
export function imageUrlPrefix(line: string): string | undefined {
  const m = /!\[[^\]]*\]\(<?([^()\s<>]*)$/.exec(line);
  return m ? m[1] : undefined;
}

const KIND: Record<AnchorRef['kind'], CompletionItemKind> = {
  heading: CompletionItemKind.Reference, anchor: CompletionItemKind.Constant, directive: CompletionItemKind.Struct, step: CompletionItemKind.EnumMember,
};

function anchorLabel(a: AnchorRef): string {
  return a.kind === 'heading' ? a.label : a.id;
}

function anchorItem(a: AnchorRef, range: Range, index: number, snippet?: string): CompletionItem {
  const from = snippet ? ` (from ${snippet})` : '';
  const label = anchorLabel(a);
  const detail = a.kind === 'heading' ? `#${a.id}${from}` : a.kind === 'anchor' ? `$$$ anchor${a.inComment ? ' in a comment' : ''}${from}` : `${a.label}${from}`;
  return { label, kind: KIND[a.kind], detail, filterText: `${a.id} ${a.label}`, sortText: String(index).padStart(5, '0'), textEdit: { range, newText: a.id } };
}

export async function completion(ctx: FeatureContext, offset: number, info: CompletionContextInfo = {}): Promise<CompletionItem[] | undefined> {
  const { page } = ctx;
  const pos = page.lines.positionAt(offset);
  const lineText = page.lines.lineText(pos.line).slice(0, pos.character);
  const typed = urlPrefix(lineText);
  if (typed === undefined || /^[A-Za-z][A-Za-z0-9+.-]+:/.test(typed) || imageUrlPrefix(lineText) !== undefined) return undefined;
  await ctx.index.whenReady();
  const resolver = new LinkResolver(ctx);
  const hash = typed.indexOf('#');
  if (hash >= 0) {
    const path = typed.slice(0, hash);
    const uri = resolveLinkUri(page.uri, path, ctx.docset, resolver.roots);
    const range = { start: { line: pos.line, character: pos.character - (typed.length - hash - 1) }, end: pos };
    const anchors = await new AnchorLookup(resolver).all(uri, uri === page.uri ? page : undefined);
    const seen = new Set<string>();
    // The anchors offered (each id once, any case), by position in `anchors`: their sortText.
    const offered: number[] = [];
    anchors.forEach((a, i) => {
      const k = a.id.toLowerCase();
      if (!k || seen.has(k)) return;
      seen.add(k);
      offered.push(i);
    });
    const item = (i: number) => anchorItem(anchors[i], range, i, anchors[i].uri !== uri ? docsetRelative(anchors[i].uri, ctx.docset) : undefined);
    // Many anchors (a 1 MB page has 1,651) and a list of at most `max`: only the best become items (sortText is
    // the position padded to 5 digits, which orders as the position below 100,000).
    const best = info.max !== undefined && anchors.length < 100_000
      ? bestCandidates(offered.length, info.max, typed.slice(hash + 1), (k) => { const a = anchors[offered[k]]; return [`${a.id} ${a.label}`, anchorLabel(a)]; })
      : undefined;
    if (!best) return offered.map(item);
    info.cut = true;
    return best.map((k) => item(offered[k]));
  }
  const range = { start: { line: pos.line, character: pos.character - typed.length }, end: pos };
  const rooted = typed.startsWith('/');
  const items: CompletionItem[] = [];
  // Only pages under the docset's root can be its pages: told by a prefix when the root is a plain URI (most),
  // before the costlier checks (thousands of pages in a workspace of many docsets).
  const root = ctx.docset?.root;
  const prefix = root !== undefined && isSimpleFolder(root) ? `${root}/` : undefined;
  for (const [uri, summary] of ctx.index.pages) {
    if (prefix !== undefined && !uri.startsWith(prefix)) continue;
    if (uri === page.uri || inUnderscoreFolder(uri, ctx.docset)) continue;
    const docset = await ctx.docsetOf(uri);
    if (docset?.uri !== ctx.docset?.uri) continue;
    let path: string;
    if (rooted) {
      if (!ctx.docset) continue;
      path = `/${docsetRelative(uri, ctx.docset)}`;
    } else path = relativeLinkPath(page.uri, uri);
    const depth = path.split('/').length;
    items.push({
      label: path, kind: CompletionItemKind.File, detail: summary.title, filterText: path, sortText: `${String(depth).padStart(3, '0')}${path}`,
      textEdit: { range, newText: path },
    });
  }
  return items;
}
