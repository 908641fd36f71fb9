// Where a checklist item's migrated page lives. Paths resolve from the page's folder and from the docset root
// (docs-content wrote `./raw-migrated-files/…` relative to the root); a leading `/` means the docset root. Pages
// outside every docset use the workspace folder that holds them as their root.
import type { WorkspaceIndex } from '../../index/workspaceIndex';
import { dirnameUri, relativeUri, resolvePath, type Workspace } from '../../workspace';

export interface SourceLookup {
  index: WorkspaceIndex;
  workspace: Workspace;
  /** The docset root (folder URI) of a page, if it has a docset. */
  rootOf(pageUri: string): Promise<string | undefined>;
}

export interface ResolvedSource {
  /** The first candidate that exists. */
  uri?: string;
  /** Every place looked at, in order. */
  candidates: string[];
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The workspace folder holding `uri` (the longest match), if any. */
export function workspaceRootOf(ws: Workspace, uri: string): string | undefined {
  let best: string | undefined;
  for (const r of ws.roots()) if (relativeUri(r, uri) !== undefined && (!best || r.length > best.length)) best = r;
  return best;
}

/** The places a path may name, in the order they are tried (pure). */
export function sourceCandidates(pageUri: string, path: string, root: string | undefined): string[] {
  const p = path.split('#')[0].split('?')[0].trim();
  if (!p || SCHEME.test(p)) return [];
  const out: string[] = [];
  if (p.startsWith('/')) {
    if (root) out.push(resolvePath(root, p.replace(/^\/+/, '')));
  } else {
    out.push(resolvePath(dirnameUri(pageUri), p));
    if (root) out.push(resolvePath(root, p.replace(/^\.\//, '')));
  }
  return [...new Set(out)];
}

export async function exists(lookup: SourceLookup, uri: string): Promise<boolean> {
  if (lookup.index.get(uri)) return true;
  const st = await lookup.workspace.stat(uri).catch(() => undefined);
  return st?.type === 'file';
}

/** The docset root of a page, or the workspace folder that holds it. */
export async function pageRoot(lookup: SourceLookup, pageUri: string): Promise<string | undefined> {
  return (await lookup.rootOf(pageUri)) ?? workspaceRootOf(lookup.workspace, pageUri);
}

export async function resolveSource(lookup: SourceLookup, pageUri: string, path: string): Promise<ResolvedSource> {
  const candidates = sourceCandidates(pageUri, path, await pageRoot(lookup, pageUri));
  for (const c of candidates) if (await exists(lookup, c)) return { uri: c, candidates };
  return { candidates };
}

/** A lookup over a feature context. */
export function lookupOf(ctx: { index: WorkspaceIndex; workspace: Workspace; docsetOf(uri: string): Promise<{ root: string } | undefined> }): SourceLookup {
  return { index: ctx.index, workspace: ctx.workspace, rootOf: async (uri) => (await ctx.docsetOf(uri))?.root };
}

/**
 * Other pages whose checklists name the same source (by resolved URI). Only items with the same file name are
 * resolved, so this stays cheap on large workspaces.
 */
export async function pagesNaming(lookup: SourceLookup, sourceCandidatesOfItem: string[], exceptPage: string): Promise<{ uri: string; line: number; checked: boolean }[]> {
  const wanted = new Set(sourceCandidatesOfItem);
  const names = new Set(sourceCandidatesOfItem.map(baseName));
  const out: { uri: string; line: number; checked: boolean }[] = [];
  for (const [uri, summary] of lookup.index.pages) {
    if (uri === exceptPage) continue;
    for (const item of summary.checklist) {
      if (!names.has(baseName(item.path))) continue;
      const root = await pageRoot(lookup, uri);
      if (sourceCandidates(uri, item.path, root).some((c) => wanted.has(c))) out.push({ uri, line: item.range.start.line, checked: item.checked });
    }
  }
  return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.line - b.line));
}

function baseName(path: string): string {
  const p = path.split('#')[0].split('?')[0];
  return p.slice(p.lastIndexOf('/') + 1).toLowerCase();
}
