// The links area's editor features, merged by ../registry.ts: link and anchor diagnostics, the bare-URL hint
// (./autolinks.ts), completion, navigation, hover, outline, document links, folding, selection ranges and code
// actions. One feature per file.
import type { DocDiagnostic } from '../../types';
import type { BatchDiagnostics, Features, WorkspaceFeatures } from '../types';
import { autolinkDiagnostics } from './autolinks';
import { codeActions } from './codeActions';
import { completion } from './completion';
import { definition } from './definition';
import { documentLinks } from './documentLinks';
import { gatherIncludes, includedDuplicates, type IncludesInput } from './duplicates';
import { folding } from './folding';
import { hover } from './hover';
import { references } from './references';
import { redirectMissingActions } from './removedPages';
import { prepareRename, rename } from './rename';
import { LinkResolver } from './resolve';
import { selectionRanges } from './selection';
import { slugChangeActions } from './slugChange';
import { documentSymbols } from './symbols';
import { checkLinks, gatherLinks, type GatheredLinks } from './gatheredLinks';
import { keepable, LinkMemo } from './linkMemo';
import { LinkChecker } from './validate';
import { workspaceSymbols } from './workspaceSymbols';

export { validateLinks, type LinkHost } from './validate';

interface Gathered {
  links: GatheredLinks;
  includes?: IncludesInput;
}

/** Link and anchor diagnostics: links gathered from the page, checked against the index (one resolver per run). */
const batch: BatchDiagnostics = {
  gather: (ctx): Gathered => ({ links: gatherLinks(ctx.page, true, false), includes: gatherIncludes(ctx.page, ctx.docset, ctx.workspace.roots()) }),
  resolver(env) {
    const resolver = new LinkResolver(env);
    const checker = new LinkChecker(resolver);
    return async (uri, data): Promise<DocDiagnostic[]> => {
      const g = data as Gathered;
      const out = await checkLinks(checker, env, uri, g.links);
      if (g.includes) out.push(...(await includedDuplicates(g.includes, uri, await env.docsetOf(uri), resolver)));
      return out;
    };
  },
};

export const linksFeatures: Features = {
  diagnosticsNeedIndex: true,
  batch,
  async diagnostics(ctx): Promise<DocDiagnostic[]> {
    await ctx.index.whenReady();
    // The page is checked at once: its links' strings need not be copied out of its text.
    const gathered: Gathered = { links: gatherLinks(ctx.page, false), includes: gatherIncludes(ctx.page, ctx.docset, ctx.workspace.roots()) };
    const uri = ctx.page.uri || ctx.doc.uri;
    if (!ctx.memo) return batch.resolver(ctx)(uri, gathered);
    // An open page: the answers of earlier checks that still hold are kept (linkMemo.ts).
    const memo = (ctx.memo.links ??= new LinkMemo()) as LinkMemo;
    await memo.prepare(ctx, uri);
    // The checker reads only `get` of the index: an index that counts what may not be kept, the rest inherited.
    let tainted = 0;
    const index = Object.create(ctx.index, {
      // An answer that read this page's own summary (a snippet this page is, included by its target) is not kept.
      get: { value: (u: string) => ((u === uri ? tainted++ : 0), ctx.index.get(u)) },
    }) as typeof ctx.index;
    const resolver = new LinkResolver({ ...ctx, index, pageOf: (u) => (tainted++, ctx.pageOf(u)) });
    const out = await checkLinks(new LinkChecker(resolver), ctx, uri, gathered.links, { seen: memo.seen, keep: (path) => keepable(uri, path), tainted: () => tainted, placed: memo.placed, text: ctx.page.text });
    memo.record(resolver);
    if (gathered.includes) out.push(...(await includedDuplicates(gathered.includes, uri, await ctx.docsetOf(uri), resolver)));
    return out;
  },
  hover,
  completion: (ctx, offset, info) => completion(ctx, offset, info),
  definition,
  references,
  prepareRename,
  rename,
  documentSymbols,
  documentLinks,
  foldingRanges: folding,
  selectionRanges,
  async codeActions(ctx, range, diagnostics) {
    return [...(await codeActions(ctx, range, diagnostics)), ...(await slugChangeActions(ctx, range)), ...(await redirectMissingActions(ctx, diagnostics))];
  },
};

/** The bare-URL hint reads only the page and its docset: it needs no index (so it runs while the index is built). */
export const autolinkFeatures: Features = {
  diagnostics: (ctx) => autolinkDiagnostics(ctx.page, ctx.docset),
};

export const linksWorkspaceFeatures: WorkspaceFeatures = {
  workspaceSymbols,
};
