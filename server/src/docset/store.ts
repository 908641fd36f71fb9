// Finds and caches the docset of each page: the nearest ancestor folder holding `docset.yml` or
// `_docset.yml` (spec §7.3), with its redirects file. Re-read when any of those files change.
import { parseDocset, parseRedirects, type Docset } from './docset';
import { dirnameUri, joinUri, type Logger, type Workspace } from '../workspace';

export const DOCSET_FILES = ['docset.yml', '_docset.yml'];

/** Folders no docset lives in (tooling, dependencies, build output). */
export const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'dist', 'out']);

export class DocsetStore {
  /** Folder URI → URI of the docset file that governs it (null: none). */
  private folderDocset = new Map<string, string | null>();
  private docsets = new Map<string, Promise<Docset>>();
  private anyDocset: Promise<boolean> | undefined;

  constructor(private readonly ws: Workspace, private readonly logger: Logger) {}

  /** The docset governing a page, or undefined for a page outside every docset. */
  async docsetFor(pageUri: string): Promise<Docset | undefined> {
    const file = await this.findDocsetFile(dirnameUri(pageUri));
    return file ? this.load(file) : undefined;
  }

  async all(): Promise<Docset[]> {
    return Promise.all([...this.docsets.values()]);
  }

  /** Forgets cached docsets after a docset, redirects or toc file changed (or any file was created/deleted). */
  invalidate(changedUri?: string): void {
    if (!changedUri || /(^|\/)_?(docset|redirects)\.yml$/.test(changedUri)) {
      this.folderDocset.clear();
      this.docsets.clear();
      this.anyDocset = undefined;
    }
  }

  /**
   * Whether the workspace has a docset at all: below one of its folders, or above one (the folder is part of a
   * docset). Markdown outside every docset of such a workspace is not an Elastic Docs page.
   */
  hasDocsets(): Promise<boolean> {
    this.anyDocset ??= this.findAnyDocset().catch(() => false);
    return this.anyDocset;
  }

  private async findAnyDocset(): Promise<boolean> {
    const roots = this.ws.roots();
    for (const r of roots) if (await this.findDocsetFile(r)) return true;
    const walk = async (dir: string, depth: number): Promise<boolean> => {
      if (depth > 40) return false;
      const entries = await this.ws.readDirectory(dir).catch(() => [] as [string, 'file' | 'directory'][]);
      if (entries.some(([name, type]) => type === 'file' && DOCSET_FILES.includes(name))) return true;
      for (const [name, type] of entries) {
        if (type === 'directory' && !SKIP_DIRS.has(name) && !name.startsWith('.') && (await walk(joinUri(dir, name), depth + 1))) return true;
      }
      return false;
    };
    for (const r of roots) if ((await this.ws.stat(r).catch(() => undefined))?.type === 'directory' && (await walk(r, 0))) return true;
    return false;
  }

  private async findDocsetFile(folder: string): Promise<string | null> {
    const visited: string[] = [];
    let dir = folder;
    let found: string | null = null;
    for (let depth = 0; depth < 64; depth++) {
      const cached = this.folderDocset.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      for (const name of DOCSET_FILES) {
        const candidate = joinUri(dir, name);
        const st = await this.ws.stat(candidate).catch(() => undefined);
        if (st?.type === 'file') {
          found = candidate;
          break;
        }
      }
      if (found) break;
      const parent = dirnameUri(dir);
      if (parent === dir) break;
      dir = parent;
    }
    for (const v of visited) this.folderDocset.set(v, found);
    return found;
  }

  /** The docset of a docset file (read once). */
  load(file: string): Promise<Docset> {
    let p = this.docsets.get(file);
    if (!p) {
      p = this.read(file);
      this.docsets.set(file, p);
    }
    return p;
  }

  private async read(file: string): Promise<Docset> {
    const root = dirnameUri(file);
    const text = (await this.ws.readFile(file).catch(() => undefined)) ?? '';
    const docset = parseDocset(file, root, text);
    const redirectsName = file.endsWith('/_docset.yml') ? '_redirects.yml' : 'redirects.yml';
    for (const name of [redirectsName, redirectsName === 'redirects.yml' ? '_redirects.yml' : 'redirects.yml']) {
      const uri = joinUri(root, name);
      const r = await this.ws.readFile(uri).catch(() => undefined);
      if (r === undefined) continue;
      const parsed = parseRedirects(uri, r);
      docset.redirects = parsed.redirects;
      docset.redirectsUri = uri;
      docset.problems.push(...parsed.problems.map((p) => ({ ...p, uri })));
      break;
    }
    this.logger.info(`docset ${file}: ${docset.subs.size} subs, ${docset.redirects.size} redirects`);
    return docset;
  }
}
