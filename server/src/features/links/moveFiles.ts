// Moving or renaming pages, images and folders: the edits that keep everything pointing where it pointed. For each
// page that can name a moved file (the moved pages themselves, the pages whose links or `{include}`s reach one, and
// the pages whose text names a moved file's name, for image and other file directives), every internal link,
// image and file-directive path (`{include}`, `{literalinclude}`, `{image}`, `{figure}`, `{csv-include}`,
// `{settings}`) that resolves (docs-builder's way: ./resolve.ts) into a moved file is written again for its new
// place, in its own style: a `/`-rooted path stays rooted at the docset root, a relative one is recomputed from the
// page's (new) folder, a `./` prefix and the `#fragment` are kept. Relative paths in a moved page are rewritten so
// they still reach the same files. Links in code are not links in the page model: they stay. Then the ToC entries
// (../docsetFiles/tocMove.ts) and redirect targets naming a moved file, and, offered apart, one redirect per moved
// page from its old docset-relative path to the new one (../docsetFiles/redirectEntry.ts). Edits are keyed by the
// URI each file has before the move (LSP applies `willRenameFiles` edits before the rename).
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import type { Page, Span } from '../../model/types';
import { SKIP_DIRS } from '../../docset/store';
import { basenameUri, dirnameUri, joinUri, relativeUri } from '../../workspace';
import { redirectAdditions, redirectTargetEdits, type RedirectAddition } from '../docsetFiles/redirectEntry';
import { tocMoveEdits } from '../docsetFiles/tocMove';
import { httpUri } from '../files/paths';
import type { BatchEnv } from '../types';
import { inUnderscoreFolder, resolveLinkUri } from './resolve';
import { redirectFor } from './redirects';
import { classifyUrl } from './urls';

export interface FileMove {
  oldUri: string;
  newUri: string;
}

export interface MoveEdits {
  /** Link, image, directive, ToC and redirect-target edits, by the URI of each file before the move. */
  changes: Record<string, TextEdit[]>;
  /** How many links and directive paths change (ToC and redirect lines not counted). */
  links: number;
  /** The pages whose links change (before the move), for the prompt. */
  pages: string[];
  /** Redirects that can be added, one file each (an existing redirects file, or one to create next to the docset file). */
  redirects: RedirectAddition[];
}

/** Directives whose argument is a path docs-builder reads (files/paths.ts resolves them like links). */
const FILE_DIRECTIVES = new Set(['include', 'literalinclude', 'image', 'figure', 'figure-md', 'csv-include', 'settings']);

function trimSlash(u: string): string {
  return u.endsWith('/') ? u.slice(0, -1) : u;
}

/** Where a URI is after the moves: itself, a moved file's new URI, or its place under a moved folder. */
export function moveMapper(moves: readonly FileMove[]): (uri: string) => string {
  const list = moves.map((m) => ({ from: trimSlash(m.oldUri), to: trimSlash(m.newUri) }));
  return (uri) => {
    for (const m of list) {
      if (uri === m.from) return m.to;
      if (uri.startsWith(`${m.from}/`)) return m.to + uri.slice(m.from.length);
    }
    return uri;
  };
}

/** The relative path from the folder of `fromUri` to `toUri`, segments decoded (as an author writes them). */
export function relativePath(fromUri: string, toUri: string): string {
  const a = dirnameUri(fromUri).split('/');
  const b = toUri.split('/');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].map((s) => { try { return decodeURIComponent(s); } catch { return s; } }).join('/');
}

/** The path to write for `path` (written on `pageUri`, which goes to `newPageUri`) once the files have moved. */
function rewrite(path: string, pageUri: string, newPageUri: string, docset: Docset | undefined, roots: readonly string[], map: (u: string) => string): string | undefined {
  if (path.trim() === '' || /^[A-Za-z][A-Za-z0-9+.-]+:/.test(path)) return undefined;
  const target = resolveLinkUri(pageUri, path, docset, roots);
  const moved = map(target);
  if (path.startsWith('/')) {
    if (moved === target) return undefined;
    const root = docset?.root ?? roots.find((r) => relativeUri(r, pageUri) !== undefined);
    const rel = root === undefined ? undefined : relativeUri(root, moved);
    if (rel === undefined) return undefined;
    const decoded = rel.split('/').map((s) => { try { return decodeURIComponent(s); } catch { return s; } }).join('/');
    return `/${decoded}${path.endsWith('/') && !decoded.endsWith('/') ? '/' : ''}`;
  }
  if (moved === target && newPageUri === pageUri) return undefined;
  let out = relativePath(newPageUri, moved);
  if (path.startsWith('./') && !out.startsWith('.')) out = `./${out}`;
  if (path.endsWith('/') && !out.endsWith('/')) out += '/';
  if (path.includes('%20')) out = out.replace(/ /g, '%20');
  return out === path ? undefined : out;
}

/** The path spans of a page that can name a file: internal links and images, file directives' arguments. */
function pathsOf(page: Page): { path: string; span: Span }[] {
  const out: { path: string; span: Span }[] = [];
  for (const l of page.links) {
    if (l.bare || l.autolink) continue;
    const kind = classifyUrl(l.url, undefined);
    if (kind.kind !== 'internal' || l.path.startsWith('!')) continue;
    out.push({ path: l.path, span: l.pathSpan });
  }
  for (const d of page.directives) {
    if (!FILE_DIRECTIVES.has(d.name) || d.argument === '' || httpUri(d.argument)) continue;
    out.push({ path: d.argument, span: d.argumentSpan });
  }
  return out;
}

/** Whether the index summary of a page shows a link or include reaching a moved file. */
function summaryHits(env: BatchEnv, uri: string, docset: Docset | undefined, map: (u: string) => string): boolean {
  const s = env.index.get(uri);
  if (!s) return false;
  const roots = env.workspace.roots();
  const hits = (path: string) => {
    if (path.trim() === '' || /^[A-Za-z][A-Za-z0-9+.-]+:/.test(path)) return false;
    const t = resolveLinkUri(uri, path, docset, roots);
    return map(t) !== t;
  };
  return s.links.some((l) => hits(l.path)) || s.includes.some(hits);
}

/** Every edit a move needs; `moves` may name files and folders. Reads the index and the pages it must rewrite. */
export async function moveEdits(env: BatchEnv, moves: readonly FileMove[]): Promise<MoveEdits> {
  await env.index.whenReady();
  const map = moveMapper(moves);
  const roots = env.workspace.roots();
  const names = moves.map((m) => { try { return decodeURIComponent(basenameUri(trimSlash(m.oldUri))).replace(/\.md$/i, ''); } catch { return basenameUri(m.oldUri); } }).filter((n) => n !== '');
  const changes: Record<string, TextEdit[]> = {};
  const pages: string[] = [];
  let links = 0;
  // The moved pages themselves, indexed or not (a page just created may not be yet), then every indexed page.
  const movedMd = await movedMarkdown(env, moves);
  for (const uri of [...new Set([...movedMd, ...env.index.pages.keys()])].sort()) {
    const newUri = map(uri);
    const docset = await env.docsetOf(uri);
    if (newUri === uri && !summaryHits(env, uri, docset, map)) {
      // Image and other file directives are not in the summary: only a page that names a moved file's name can hold one.
      const text = await env.workspace.readFile(uri).catch(() => undefined);
      if (text === undefined || !names.some((n) => text.includes(n))) continue;
    }
    const page = await env.pageOf(uri);
    if (!page) continue;
    const edits: TextEdit[] = [];
    const seen = new Set<number>();
    for (const { path, span } of pathsOf(page)) {
      if (seen.has(span.start)) continue;
      seen.add(span.start);
      const next = rewrite(path, uri, newUri, docset, roots, map);
      if (next !== undefined) edits.push({ range: page.lines.range(span.start, span.end), newText: next });
    }
    if (edits.length === 0) continue;
    changes[uri] = edits;
    pages.push(uri);
    links += edits.length;
  }
  // The docsets of the moved files (a folder's: the docset of a file in it).
  const docsets = new Map<string, Docset>();
  for (const m of moves) {
    const d = await env.docsetOf(`${trimSlash(m.oldUri)}/x.md`);
    if (d) docsets.set(d.uri, d);
  }
  const add = (more: Record<string, TextEdit[]>) => { for (const [u, list] of Object.entries(more)) (changes[u] ??= []).push(...list); };
  const redirects: RedirectAddition[] = [];
  for (const docset of docsets.values()) {
    add(await tocMoveEdits(env.workspace, docset, map));
    add(await redirectTargetEdits(env.workspace, docset, map));
    const entries = movedPages(movedMd, map, docset);
    const r = entries.length ? await redirectAdditions(env.workspace, docset, entries) : undefined;
    if (r) redirects.push(r);
  }
  return { changes, links, pages, redirects };
}

/** The Markdown files a move takes along: a moved `.md` file, every `.md` file under a moved folder (from the disk). */
async function movedMarkdown(env: BatchEnv, moves: readonly FileMove[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > 40) return;
    for (const [name, type] of await env.workspace.readDirectory(dir).catch(() => [] as [string, 'file' | 'directory'][])) {
      const child = joinUri(dir, name);
      if (type === 'directory' && !SKIP_DIRS.has(name)) await walk(child, depth + 1);
      else if (type === 'file' && /\.md$/i.test(name)) out.push(child);
    }
  };
  for (const m of moves) {
    const uri = trimSlash(m.oldUri);
    const st = await env.workspace.stat(uri).catch(() => undefined);
    if (st?.type === 'directory') await walk(uri, 0);
    else if (/\.md$/i.test(uri) && (st?.type === 'file' || env.index.get(uri))) out.push(uri);
  }
  return [...new Set(out)].sort();
}

/** The moved pages docs-builder publishes (not in a `_` folder), old and new docset-relative paths, without a redirect yet. */
function movedPages(moved: readonly string[], map: (u: string) => string, docset: Docset): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const uri of moved) {
    const fromRel = relativeUri(docset.root, uri);
    const toRel = relativeUri(docset.root, map(uri));
    if (!fromRel || !toRel || inUnderscoreFolder(uri, docset) || redirectFor(docset, decodeURIComponent(fromRel))) continue;
    out.push({ from: decodeURIComponent(fromRel), to: decodeURIComponent(toRel) });
  }
  return out;
}

/**
 * One WorkspaceEdit for the move: the link edits, and the redirect entries when `withRedirects`. A redirects file to
 * create makes it `documentChanges` (a create, then its text); otherwise plain `changes`.
 */
export function moveWorkspaceEdit(result: MoveEdits, withRedirects: boolean): WorkspaceEdit | undefined {
  const changes: Record<string, TextEdit[]> = {};
  for (const [u, list] of Object.entries(result.changes)) changes[u] = [...list];
  const created: RedirectAddition[] = [];
  if (withRedirects) {
    for (const r of result.redirects) {
      if (r.create) created.push(r);
      else (changes[r.uri] ??= []).push(r.edit);
    }
  }
  if (Object.keys(changes).length === 0 && created.length === 0) return undefined;
  if (created.length === 0) return { changes };
  const documentChanges: WorkspaceEdit['documentChanges'] = Object.entries(changes).map(([u, edits]) => ({ textDocument: { uri: u, version: null }, edits }));
  for (const r of created) {
    documentChanges.push({ kind: 'create', uri: r.uri, options: { ignoreIfExists: true } });
    documentChanges.push({ textDocument: { uri: r.uri, version: null }, edits: [r.edit] });
  }
  return { documentChanges };
}
