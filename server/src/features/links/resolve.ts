// Where an internal link or include path points, as docs-builder resolves it (spec §3.2): a leading `/` from the
// docset root, anything else from the page's folder; an empty path is the page itself. What is there comes from
// the workspace index first (Markdown pages), then the generated CLI pages, then a `stat` (images, excluded
// files). Targets outside the workspace folders are never touched.
import { URI } from 'vscode-uri';
import type { Docset } from '../../docset/docset';
import { globMatcher } from '../../glob';
import { summarizePage, type PageSummary } from '../../index/summary';
import type { WorkspaceIndex } from '../../index/workspaceIndex';
import type { Page } from '../../model/types';
import { basenameUri, dirnameUri, isSimpleFolder, joinUri, relativeUri, resolvePath, type FileStat, type Workspace } from '../../workspace';
import { cliPages, cliPagesNow, type CliPages } from './cliPages';

/** What link features need from the host: a FeatureContext has all of it. */
export interface LinkEnv {
  index: WorkspaceIndex;
  workspace: Workspace;
  pageOf(uri: string): Promise<Page | undefined>;
  docsetOf(uri: string): Promise<Docset | undefined>;
}

export type Target =
  /** A Markdown page of the index. */
  | { kind: 'page'; uri: string; summary: PageSummary }
  /** A Markdown file on disk the index does not hold (excluded, too large, or the index is not built). */
  | { kind: 'unindexed-page'; uri: string; excluded: boolean }
  /** A page docs-builder generates from a CLI schema; `supplemental` is the file that adds to it. */
  | { kind: 'generated'; uri: string; supplemental?: string }
  /** Any other existing file (images, YAML, …). */
  | { kind: 'file'; uri: string }
  | { kind: 'missing'; uri: string }
  | { kind: 'outside'; uri: string };

/** The URI a path written in `fromUri` points to. */
export function resolveLinkUri(fromUri: string, path: string, docset: Docset | undefined, roots: readonly string[]): string {
  if (path.trim() === '') return fromUri;
  if (path.startsWith('/')) {
    const root = docset?.root ?? roots.find((r) => relativeUri(r, fromUri) !== undefined) ?? dirnameUri(fromUri);
    return joinUri(root, path.replace(/^\/+/, ''));
  }
  return resolvePath(dirnameUri(fromUri), path);
}

/** The file-system path shown in messages (docs-builder prints the absolute path it resolved). */
export function displayPath(uri: string): string {
  const u = URI.parse(uri);
  return u.scheme === 'file' ? u.fsPath : uri;
}

/** A page's path relative to its docset root (docs-builder's `RelativePath`), or its file name. */
export function docsetRelative(uri: string, docset: Docset | undefined): string {
  const rel = docset ? relativeUri(docset.root, uri) : undefined;
  return rel ?? uri.slice(uri.lastIndexOf('/') + 1);
}

/** Files docs-builder does not treat as pages: anything in a folder whose name starts with `_` (snippets). */
export function inUnderscoreFolder(uri: string, docset: Docset | undefined): boolean {
  const rel = (docset && relativeUri(docset.root, uri)) ?? URI.parse(uri).path;
  // A folder segment starting with `_`: the first segment when a `/` follows, or one after a `/` that is not the
  // last segment (asked for every link target and image: no split).
  const last = rel.lastIndexOf('/');
  if (last < 0) return false;
  if (rel.startsWith('_')) return true;
  const k = rel.indexOf('/_');
  return k >= 0 && k < last;
}

/** The last segment of a URI, decoded (without parsing the URI when nothing is encoded). */
function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  return last.includes('%') || uri.includes('?') || uri.includes('#') ? basenameUri(uri) : last;
}

/** After this many lookups in one folder, the folder is listed once and names not in it are known missing. */
const LIST_AFTER = 16;

/** What `statNow` answers when only the file system can tell. */
export const PENDING: unique symbol = Symbol('pending');

interface Folder {
  lookups: number;
  names?: Promise<Set<string> | undefined>;
  /** `names` once it has come: the entry names (lower case), or null when the folder could not be listed. */
  listed?: Set<string> | null;
}

/** Resolves targets for one batch of work, with a stat cache so each file is looked up once. */
export class LinkResolver {
  private stats = new Map<string, Promise<FileStat | undefined>>();
  /** The stats that have come (what `statNow` answers at once). */
  private statsDone = new Map<string, FileStat | undefined>();
  /** Per folder: lookups so far, then its entry names (lower case) once listed. */
  private folders = new Map<string, Folder>();
  private excluded = new Map<string, (rel: string) => boolean>();
  /** The URIs this resolver asked the workspace to stat (not those a folder listing answered). */
  private statted = new Set<string>();
  /** The roots a plain prefix test answers for (`root/`), made once per roots list. */
  private prefixes: { roots: readonly string[]; prefixes: string[] } | undefined;

  constructor(readonly env: LinkEnv) {}

  get roots(): readonly string[] {
    return this.env.workspace.roots();
  }

  stat(uri: string): Promise<FileStat | undefined> {
    let p = this.stats.get(uri);
    if (!p) {
      p = this.lookup(uri);
      this.stats.set(uri, p);
      void p.then((st) => this.statsDone.set(uri, st));
    }
    return p;
  }

  /**
   * A `stat` answered without waiting when it can be: one that has come, or a name the listing of its folder
   * (`dir`, listed already) does not hold. Otherwise PENDING (then `stat` answers).
   */
  statNow(uri: string, dir: string): FileStat | undefined | typeof PENDING {
    if (this.statsDone.has(uri)) return this.statsDone.get(uri);
    const names = this.folders.get(dir)?.listed;
    if (names && !names.has(fileName(uri).toLowerCase())) return undefined;
    return PENDING;
  }

  /** A `stat`, unless the folder's listing already says there is nothing of that name (in any case). */
  private async lookup(uri: string): Promise<FileStat | undefined> {
    const ws = this.env.workspace;
    if (ws.entryNames) {
      const dir = dirnameUri(uri);
      let f = this.folders.get(dir);
      if (!f) this.folders.set(dir, (f = { lookups: 0 }));
      if (++f.lookups > LIST_AFTER && !f.names) {
        const folder = f;
        folder.names = ws.entryNames(dir).then((n) => (n ? new Set(n.map((x) => x.toLowerCase())) : undefined), () => undefined);
        void folder.names.then((n) => (folder.listed = n ?? null));
      }
      const names = f.names && (await f.names);
      if (names && !names.has(fileName(uri).toLowerCase())) return undefined;
    }
    this.statted.add(uri);
    return ws.stat(uri).catch(() => undefined);
  }

  /**
   * What this resolver has read of the file system: each folder it listed (its entry names, lower case; null when
   * it could not be listed) and the type of each file it stat'ed (undefined: none). What it answered depends on
   * nothing else on disk.
   */
  fsFacts(): { listings: Map<string, Set<string> | null>; stats: Map<string, string | undefined> } {
    const listings = new Map<string, Set<string> | null>();
    for (const [dir, f] of this.folders) if (f.listed !== undefined) listings.set(dir, f.listed);
    const stats = new Map<string, string | undefined>();
    for (const uri of this.statted) if (this.statsDone.has(uri)) stats.set(uri, this.statsDone.get(uri)?.type);
    return { listings, stats };
  }

  /** Whether lookups are still under way (their facts are not all in `fsFacts`). */
  get busy(): boolean {
    for (const uri of this.stats.keys()) if (!this.statsDone.has(uri)) return true;
    for (const f of this.folders.values()) if (f.names && f.listed === undefined) return true;
    return false;
  }

  isOutside(uri: string): boolean {
    const roots = this.roots;
    if (roots.length === 0) return false;
    // A URI that starts with a plain root and `/` is inside it (what relativeUri says, without parsing).
    if (this.prefixes?.roots !== roots) this.prefixes = { roots, prefixes: roots.filter(isSimpleFolder).map((r) => `${r}/`) };
    for (const p of this.prefixes.prefixes) if (uri.startsWith(p)) return false;
    return !roots.some((r) => relativeUri(r, uri) !== undefined);
  }

  /** The CLI pages of a docset if they have been read (`cli` reads them), else PENDING. */
  cliNow(docset: Docset | undefined): CliPages | undefined | typeof PENDING {
    if (!docset) return undefined;
    return cliPagesNow(docset) ?? PENDING;
  }

  async cli(docset: Docset | undefined): Promise<CliPages | undefined> {
    return docset ? cliPages(docset, this.env.workspace) : undefined;
  }

  async target(uri: string, docset: Docset | undefined): Promise<Target> {
    const now = this.targetNow(uri, docset);
    if (now !== PENDING) return now;
    const summary = this.env.index.get(uri);
    if (summary) return { kind: 'page', uri, summary };
    const cli = await this.cli(docset);
    if (cli?.pages.has(uri)) return { kind: 'generated', uri, supplemental: cli.pages.get(uri) };
    if (this.isOutside(uri)) return { kind: 'outside', uri };
    return this.fileTarget(uri, docset, await this.stat(uri));
  }

  /**
   * `target` without waiting, when what it needs is known already (the CLI pages read, the file's stat come or
   * its folder listed), else PENDING. `dir`: the folder of `uri` when the caller knows it.
   */
  targetNow(uri: string, docset: Docset | undefined, dir?: string): Target | typeof PENDING {
    const summary = this.env.index.get(uri);
    if (summary) return { kind: 'page', uri, summary };
    const cli = this.cliNow(docset);
    if (cli === PENDING) return PENDING;
    if (cli?.pages.has(uri)) return { kind: 'generated', uri, supplemental: cli.pages.get(uri) };
    if (this.isOutside(uri)) return { kind: 'outside', uri };
    const st = this.statNow(uri, dir ?? dirnameUri(uri));
    return st === PENDING ? PENDING : this.fileTarget(uri, docset, st);
  }

  private fileTarget(uri: string, docset: Docset | undefined, st: FileStat | undefined): Target {
    if (st?.type !== 'file') return { kind: 'missing', uri };
    if (!uri.toLowerCase().endsWith('.md')) return { kind: 'file', uri };
    return { kind: 'unindexed-page', uri, excluded: this.docsetExcludes(docset, uri) };
  }

  /** Whether a file exists (an indexed page, a generated page or a file on disk inside the workspace). */
  async exists(uri: string, docset: Docset | undefined): Promise<boolean> {
    const t = await this.target(uri, docset);
    return t.kind !== 'missing' && t.kind !== 'outside';
  }

  /** The summary of any Markdown page: the index's, or one made from the page read from the workspace. */
  async summaryOf(uri: string): Promise<PageSummary | undefined> {
    const s = this.env.index.get(uri);
    if (s) return s;
    if (this.isOutside(uri)) return undefined;
    const page = await this.env.pageOf(uri);
    return page ? summarizePage(page) : undefined;
  }

  private docsetExcludes(docset: Docset | undefined, uri: string): boolean {
    if (!docset || docset.exclude.length === 0) return false;
    let m = this.excluded.get(docset.uri);
    if (!m) {
      m = globMatcher(docset.exclude);
      this.excluded.set(docset.uri, m);
    }
    const rel = relativeUri(docset.root, uri);
    return rel !== undefined && m(rel);
  }
}
