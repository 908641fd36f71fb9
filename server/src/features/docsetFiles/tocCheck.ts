// ToC diagnostics of a docset: its `toc:` and every nested `toc.yml`, each on the line of the entry it is about.
// Mirrors docs-builder's two passes over the ToC, with their wording and severity:
// - loading (src/Elastic.Documentation.Configuration/Toc/DocumentationSetFile.cs, `LoadAndResolve`): how paths are
//   resolved (`folder`/`toc` paths with a `/` are relative to the file that holds them, others to the parent; a
//   file's children resolve beside it), nested toc.yml files, folder `sort`, folder+file hints, listings, CLI refs;
// - navigation (src/Elastic.Documentation.Navigation/Isolated/Node/DocumentationSetNavigation.cs): every file
//   must be a page docs-builder builds (`File navigation '…' could not be created.`), and an entry whose children
//   all fail fails too.
// docs-builder reports most of these on the docset file without a line; here they sit on the entry. One message
// is left out: for a missing toc.yml, docs-builder adds "Table of contents navigation '<p>' has no children
// defined" to "Table of contents file not found"; the first says it all.
import type { Docset } from '../../docset/docset';
import { parseTocFile, type TocFile, type TocItem, type TocValue } from '../../docset/toc';
import type { DocDiagnostic, Range, Severity } from '../../types';
import type { Workspace } from '../../workspace';
import { displayPath } from '../links/resolve';
import { DocsetFs, FILE_NAME_MESSAGE, dirnameRel, isValidFileName, joinRel, normalizeRel } from './docsetFs';

/** docs-builder's `SortOrderExtensions.TryParse` values. */
const SORT_ORDERS = new Set(['asc', 'ascending', 'desc', 'descending']);

interface Scope {
  uri: string;
  toc: TocFile;
  /** The folder of the file, relative to the docset root (`''` for the docset file). */
  dir: string;
  suppress: Set<string>;
}

interface Counts {
  /** Items the loader keeps (docs-builder's resolved `TableOfContents`). */
  loaded: number;
  /** Items that become navigation. */
  created: number;
}

export interface TocCheck {
  diagnostics: DocDiagnostic[];
  /** Docset-relative paths (lower-cased) of the files and folders the ToC names, for completion. */
  referenced: Set<string>;
}

export class TocChecker {
  readonly diagnostics: DocDiagnostic[] = [];
  readonly referenced = new Set<string>();
  private readonly fs: DocsetFs;
  private readonly open = new Set<string>();

  /** `fs`: the docset's folders as already read by another check of the same run, if any. */
  constructor(ws: Workspace, readonly docset: Docset, fs?: DocsetFs) {
    this.fs = fs ?? new DocsetFs(ws, docset);
  }

  private report(scope: Scope, code: string, severity: Severity, message: string, range: Range): void {
    this.diagnostics.push({ code, severity, message, range, uri: scope.uri });
  }

  private suppressed(scope: Scope, hint: string): boolean {
    return scope.suppress.has(hint.toLowerCase());
  }

  /** `nav: false` only loads (no page lookups): enough for the paths the ToC names. */
  async run(nav = true): Promise<TocCheck> {
    const text = (await this.fs.ws.readFile(this.docset.uri).catch(() => undefined)) ?? '';
    const toc = parseTocFile(text);
    const scope: Scope = { uri: this.docset.uri, toc, dir: '', suppress: new Set(toc.suppress.map((s) => s.toLowerCase())) };
    const counts = await this.items(toc.items, '', scope, nav);
    if (!nav) return { diagnostics: this.diagnostics, referenced: this.referenced };
    if (counts.created === 0) {
      const name = this.docset.project ?? 'unnamed';
      const where = toc.tocKey ?? toc.lines.range(0, 0);
      const message = counts.loaded > 0
        ? `Documentation set '${name}' (${displayPath(this.docset.uri)}) table of contents has items defined but none could be created`
        : `Documentation set '${name}' (${displayPath(this.docset.uri)}) has no table of contents defined`;
      this.report(scope, counts.loaded > 0 ? 'toc.none-created' : 'toc.empty', 'error', message, where);
    }
    return { diagnostics: this.diagnostics, referenced: this.referenced };
  }

  /** Resolves a list of items; `nav`: the navigation pass reaches them (their parent was built). */
  private async items(items: TocItem[], parent: string, scope: Scope, nav: boolean): Promise<Counts> {
    const total: Counts = { loaded: 0, created: 0 };
    for (const item of items) {
      const c = await this.item(item, parent, scope, nav);
      total.loaded += c.loaded;
      total.created += c.created;
    }
    return total;
  }

  private item(item: TocItem, parent: string, scope: Scope, nav: boolean): Promise<Counts> {
    switch (item.kind) {
      case 'file':
      case 'hidden':
        // A childless `file: x/index.md` is read as `folder: x, file: index.md`.
        if (item.kind === 'file' && item.children.length === 0 && item.path.value.endsWith('/index.md')) {
          const folder = item.path.value.slice(0, -'/index.md'.length);
          return this.folder(item, folder, { ...item.path, value: 'index.md' }, parent, scope, nav, false);
        }
        return this.file(item, parent, scope, nav);
      case 'folder':
        return this.folder(item, item.path.value, item.file, parent, scope, nav, true);
      case 'toc':
        return this.toc(item, parent, scope, nav);
      case 'listing':
        return this.listing(item, parent, scope, nav);
      case 'cli':
        return this.cli(item, parent, scope, nav);
      default:
        // crosslink (needs links.json), detection_rules (an extension): nothing checked.
        return Promise.resolve({ loaded: 1, created: 1 });
    }
  }

  /** Path rule of folders, tocs and listings: with a `/`, relative to the file holding the entry. */
  private scoped(path: string, parent: string, scope: Scope): string {
    return path.includes('/') ? joinRel(scope.dir, path) : joinRel(parent, path);
  }

  /** A page reference: the navigation pass needs a page docs-builder builds. */
  private async pageRef(full: string, at: TocValue, scope: Scope): Promise<boolean> {
    const norm = normalizeRel(full);
    if (norm !== undefined) this.referenced.add(norm.toLowerCase());
    const hit = await this.fs.page(full);
    if (hit.kind !== 'page') {
      this.report(scope, 'toc.not-found', 'error', `File navigation '${norm ?? full}' could not be created. ${full}`, at.range);
      return false;
    }
    if (!isValidFileName(hit.rel)) this.report(scope, 'toc.file-name', 'error', FILE_NAME_MESSAGE(hit.rel), at.range);
    return true;
  }

  private async file(item: TocItem, parent: string, scope: Scope, nav: boolean): Promise<Counts> {
    const path = item.path.value;
    const full = joinRel(parent, path);
    this.referenced.add((normalizeRel(full) ?? full).toLowerCase());
    if (path.includes('/') && item.children.length > 0 && !this.suppressed(scope, 'DeepLinkingVirtualFile')) {
      this.report(scope, 'toc.deep-link-children', 'hint', `File '${path}' uses deep-linking with children. Consider using 'folder' instead of 'file' for better navigation structure. Virtual files are primarily intended to group sibling files together.`, item.path.range);
    }
    const exists = nav ? await this.pageRef(full, item.path, scope) : false;
    const childParent = parent === '' ? dirnameRel(full) : parent;
    const children = await this.items(item.children, childParent, scope, nav && exists);
    if (!nav || !exists) return { loaded: 1, created: 0 };
    if (children.loaded > 0 && children.created === 0) {
      this.report(scope, 'toc.none-created', 'error', `File navigation '${full}' has children defined but none could be created`, item.path.range);
      return { loaded: 1, created: 0 };
    }
    return { loaded: 1, created: 1 };
  }

  private async folder(item: TocItem, path: string, file: TocValue | undefined, parent: string, scope: Scope, nav: boolean, explicit: boolean): Promise<Counts> {
    const full = this.scoped(path, parent, scope);
    const norm = normalizeRel(full);
    if (norm !== undefined) this.referenced.add(norm.toLowerCase());
    if (explicit && item.sort && !SORT_ORDERS.has(item.sort.value.toLowerCase())) {
      this.report(scope, 'toc.sort', 'error', `Unknown sort order '${item.sort.value}' for folder '${path}'. Valid values are: asc, ascending, desc, descending.`, item.sort.range);
    }
    let created = 0;
    // docs-builder auto-discovers when the folder has no children as written (before any is resolved).
    const explicitChildren = (file ? 1 : 0) + item.children.length;
    if (file) {
      const name = file.value;
      if (explicit && name.includes('/')) {
        this.report(scope, 'toc.folder-file-deep-link', 'error', `Deep linking on folder 'file' is not supported. Found file path '${name}' with '/'. Use simple file name only.`, file.range);
      }
      if (explicit && name !== 'index.md' && !this.suppressed(scope, 'FolderFileNameMismatch')) {
        const folderName = full.includes('/') ? full.split('/').pop()! : full;
        const squash = (s: string) => s.replace(/-/g, '').replace(/_/g, '').toLowerCase();
        if (squash(name.replace('.md', '')) !== squash(folderName)) {
          this.report(scope, 'toc.folder-file-name', 'hint', `File name '${name}' does not match folder name '${folderName}'. Best practice is to name the file the same as the folder (e.g., 'folder: ${folderName}, file: ${folderName}.md').`, file.range);
        }
      }
      if (nav && (await this.pageRef(joinRel(full, name), file, scope))) created++;
    }
    created += (await this.items(item.children, full, scope, nav)).created;
    if (explicitChildren === 0 && nav) created += await this.discover(item, full, scope);
    if (!nav) return { loaded: 1, created: 0 };
    if (created === 0) {
      this.report(scope, 'toc.none-created', 'error', `Folder navigation '${full}' has children defined but none could be created (${displayPath(scope.uri)}:)`, item.path.range);
      return { loaded: 1, created: 0 };
    }
    return { loaded: 1, created: 1 };
  }

  /** A folder without children: its `.md` files (not `_`/`.` ones, not in its `exclude:`), as docs-builder finds them. */
  private async discover(item: TocItem, full: string, scope: Scope): Promise<number> {
    if ((await this.fs.type(full)) !== 'directory') return 0;
    const skip = new Set(item.exclude.map((e) => e.toLowerCase()));
    const norm = normalizeRel(full) ?? full;
    let created = 0;
    for (const [name, type] of await this.fs.list(norm)) {
      if (type !== 'file' || !name.endsWith('.md') || name.startsWith('_') || name.startsWith('.') || skip.has(name.toLowerCase())) continue;
      if (await this.pageRef(joinRel(norm, name), item.path, scope)) created++;
    }
    return created;
  }

  private async toc(item: TocItem, parent: string, scope: Scope, nav: boolean): Promise<Counts> {
    const p = this.scoped(item.path.value, parent, scope);
    if (item.children.length > 0) {
      this.report(scope, 'toc.toc-children', 'error', `TableOfContents '${p}' may not contain children, define children in '${p}/toc.yml' instead.`, item.path.range);
      return { loaded: 0, created: 0 };
    }
    const tocRel = joinRel(p, 'toc.yml');
    const norm = normalizeRel(tocRel);
    if (norm === undefined || (await this.fs.type(norm)) !== 'file') {
      this.report(scope, 'toc.toc-not-found', 'error', `Table of contents file not found: ${p}/toc.yml`, item.path.range);
      return { loaded: 1, created: 0 };
    }
    const uri = this.fs.uri(norm);
    // A toc.yml that (through others) names itself: docs-builder would not finish; read it once.
    if (this.open.has(uri)) return { loaded: 1, created: 1 };
    this.open.add(uri);
    this.referenced.add(dirnameRel(norm).toLowerCase());
    const toc = parseTocFile((await this.fs.ws.readFile(uri).catch(() => undefined)) ?? '');
    const inner: Scope = { uri, toc, dir: p, suppress: new Set(toc.suppress.map((s) => s.toLowerCase())) };
    const children = await this.items(toc.items, p, inner, nav);
    this.open.delete(uri);
    if (children.loaded === 0) {
      this.report(inner, 'toc.empty', 'error', `Table of contents '${p}' has no children defined`, toc.tocKey ?? toc.lines.range(0, 0));
    }
    if (!nav) return { loaded: 1, created: 0 };
    if (children.created === 0) {
      const message = children.loaded === 0
        ? `Table of contents navigation '${p}' has no children defined (${displayPath(scope.uri)}:)`
        : `Table of contents navigation '${p}' has children defined but none could be created (${displayPath(scope.uri)}:)`;
      this.report(scope, children.loaded === 0 ? 'toc.empty' : 'toc.none-created', 'error', message, item.path.range);
      return { loaded: 1, created: 0 };
    }
    return { loaded: 1, created: 1 };
  }

  private async listing(item: TocItem, parent: string, scope: Scope, nav: boolean): Promise<Counts> {
    const full = this.scoped(item.path.value, parent, scope);
    const glob = item.glob?.value ?? '**/*.md';
    const lower = glob.toLowerCase();
    if (!lower.endsWith('.md') && !lower.endsWith('/*.md') && lower !== '**/*.md' && !item.extension?.value) {
      this.report(scope, 'toc.listing-glob', 'error', `Listing '${full}': glob '${glob}' may match non-.md files — 'extension:' is required to handle them.`, (item.glob ?? item.path).range);
    }
    const norm = normalizeRel(full);
    if (norm === undefined || (await this.fs.type(norm)) !== 'directory') {
      this.report(scope, 'toc.listing-not-found', 'error', `Listing folder not found: ${full}`, item.path.range);
      return { loaded: 0, created: 0 };
    }
    this.referenced.add(norm.toLowerCase());
    await this.items(item.children, full, scope, nav);
    return { loaded: 1, created: 1 };
  }

  private async cli(item: TocItem, parent: string, scope: Scope, nav: boolean): Promise<Counts> {
    const schema = item.path.value;
    const full = schema.includes('/') ? joinRel(scope.dir, schema) : joinRel(parent, schema);
    const norm = normalizeRel(full);
    if (norm === undefined || (await this.fs.type(norm)) !== 'file') {
      this.report(scope, 'toc.cli-schema-not-found', 'error', `CLI schema file not found: ${schema}`, item.path.range);
      return { loaded: 0, created: 0 };
    }
    const folder = item.folder?.value;
    if (item.folder && folder !== undefined) {
      const f = normalizeRel(folder);
      if (f === undefined || (await this.fs.type(f)) !== 'directory') {
        this.report(scope, 'toc.cli-folder-not-found', 'warning', `CLI supplemental docs folder not found: ${folder}`, item.folder.range);
      }
    }
    const root = folder !== undefined ? folder.replace(/\/+$/, '') : full.replace(/\.[^./]*$/, '');
    await this.items(item.children, joinRel(parent, root), scope, nav);
    return { loaded: 1, created: 1 };
  }
}

/** The ToC diagnostics of a docset (on docset.yml and its toc.yml files) and the paths its ToC names. */
export function checkToc(ws: Workspace, docset: Docset, fs?: DocsetFs): Promise<TocCheck> {
  return new TocChecker(ws, docset, fs).run();
}

/** The docset-relative paths (lower-cased) of the files and folders a docset's ToC names, without checking them. */
export async function tocPaths(ws: Workspace, docset: Docset): Promise<Set<string>> {
  return (await new TocChecker(ws, docset).run(false)).referenced;
}
