// The files of one docset as docs-builder's file lookups see them, for the ToC and redirects checks: paths are
// docset-relative with `/`, `.` and `..` resolved (Path.Join + FileInfo), and a documentation file is found by
// its relative path compared case-insensitively (MarkdownFileFactory's `FilePath`, StringComparison.OrdinalIgnoreCase),
// while `File.Exists` / `Directory.Exists` (toc.yml, listing and CLI paths) compare exactly, as on Linux CI.
import type { Docset } from '../../docset/docset';
import { globMatcher } from '../../glob';
import { joinUri, type FileType, type Workspace } from '../../workspace';

/** An empty, `.` or `..` segment: what normalizeRel changes (a path without one is its own normal form). */
const ODD_SEGMENT = /(^|\/)\.{0,2}(\/|$)/;

/** `a/./b/../c.md` → `a/c.md`; undefined when it climbs out of the docset. A leading `/` is kept out. */
export function normalizeRel(path: string): string | undefined {
  // Most ToC and redirect paths are normal already (it runs several times per ToC entry): no split, no join.
  if (!ODD_SEGMENT.test(path)) return path;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.join('/');
}

/** `parent/child` as docs-builder writes it (`$"{parentPath}/{path}"`, or the path alone at the top). */
export function joinRel(parent: string, path: string): string {
  return parent === '' ? path : `${parent}/${path}`;
}

export function dirnameRel(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

const IMAGE = /\.(jpg|jpeg|gif|svg|png)$/;

export type PageLookup =
  | { kind: 'page'; rel: string; uri: string }
  /** On disk but not a Markdown page docs-builder builds (not `.md`, excluded, a snippet, in a `_` folder). */
  | { kind: 'not-a-page'; rel: string; uri: string }
  | { kind: 'missing' };

// DocumentationGenerator.IsValidFileName: the output path must be lower-case, with a few historical exceptions.
const FILE_PATH = /^[a-z0-9\s\-_./\\+]*[a-z0-9_\-+]\.([a-z]+)$/;
const FILE_NAME = /^[a-z0-9_][a-z0-9_\-\s.+]*?\.([a-z]+)$/;
const VALID_EXCEPTIONS = new Set([
  'reference/security/prebuilt-rules/audit_policies/windows/README.md', 'audit_policies/windows/README.md',
  'extend/integrations/developer-workflow-fleet-UI.md', 'extend/developer-workflow-fleet-UI.md',
  'reference/elasticsearch/clients/ruby/Helpers.md', 'reference/Helpers.md', 'explore-analyze/ai-features/llm-guides/connect-to-vLLM.md',
]);

/** Whether docs-builder accepts a file's docset-relative path as an output name (`IsValidFileName`). */
export function isValidFileName(rel: string): boolean {
  if (rel.startsWith('release-notes/elastic-agent/_snippets/') || rel.startsWith('reference/query-languages/esql/_snippets/')) return true;
  if (/\.(svg|gif|png)$/.test(rel) || VALID_EXCEPTIONS.has(rel)) return true;
  return FILE_PATH.test(rel) && FILE_NAME.test(rel.slice(rel.lastIndexOf('/') + 1));
}

export const FILE_NAME_MESSAGE = (rel: string): string =>
  `File name ${rel} is not valid needs to be lowercase and contain only alphanumeric characters, spaces, dashes, dots, underscores, and plus signs`;

/** A folder's entries by exact name, and by lower-cased name (the first entry of each). */
interface FolderNames {
  exact: Map<string, FileType>;
  lower: Map<string, [string, FileType]>;
}

export class DocsetFs {
  private dirs = new Map<string, Promise<[string, FileType][]>>();
  private names = new Map<string, Promise<FolderNames>>();
  private readonly excluded: (rel: string) => boolean;

  constructor(readonly ws: Workspace, readonly docset: Docset) {
    this.excluded = globMatcher(docset.exclude);
  }

  uri(rel: string): string {
    return rel === '' ? this.docset.root : joinUri(this.docset.root, ...rel.split('/'));
  }

  /** The entries of a docset folder (empty when it is not one), read once. */
  list(rel: string): Promise<[string, FileType][]> {
    let p = this.dirs.get(rel);
    if (!p) {
      p = this.ws.readDirectory(this.uri(rel)).catch(() => []);
      this.dirs.set(rel, p);
    }
    return p;
  }

  /** The entries of a folder by name, made once: a ToC looks up every page of a folder in it. */
  private folderNames(rel: string): Promise<FolderNames> {
    let p = this.names.get(rel);
    if (!p) {
      p = this.list(rel).then((entries) => {
        const exact = new Map<string, FileType>();
        const lower = new Map<string, [string, FileType]>();
        for (const [n, t] of entries) {
          if (!exact.has(n)) exact.set(n, t);
          const l = n.toLowerCase();
          if (!lower.has(l)) lower.set(l, [n, t]);
        }
        return { exact, lower };
      });
      this.names.set(rel, p);
    }
    return p;
  }

  /** The entry at an exact path. */
  async type(rel: string): Promise<FileType | undefined> {
    const norm = normalizeRel(rel);
    if (norm === undefined) return undefined;
    if (norm === '') return 'directory';
    const dir = dirnameRel(norm);
    const name = norm.slice(dir === '' ? 0 : dir.length + 1);
    return (await this.folderNames(dir)).exact.get(name);
  }

  /** The path as it is on disk, each segment matched exactly or else case-insensitively. */
  async find(rel: string): Promise<{ rel: string; type: FileType } | undefined> {
    const norm = normalizeRel(rel);
    if (norm === undefined || norm === '') return undefined;
    let at = '';
    let type: FileType = 'directory';
    for (const seg of norm.split('/')) {
      if (type !== 'directory') return undefined;
      const names = await this.folderNames(at);
      const exact = names.exact.get(seg);
      const hit = exact !== undefined ? [seg, exact] as const : names.lower.get(seg.toLowerCase());
      if (!hit) return undefined;
      at = joinRel(at, hit[0]);
      type = hit[1];
    }
    return { rel: at, type };
  }

  /**
   * What docs-builder makes of a file (MarkdownFileFactory, in its order): hidden files are skipped, a `.md` file
   * matching the docset `exclude:` globs or in a `_` folder is excluded, one under `_snippets` is a snippet, other
   * `.md` files are pages; images are kept as images; any other file is excluded.
   */
  classify(rel: string): 'page' | 'snippet' | 'image' | 'excluded' {
    if (rel.split('/').some((s) => s.startsWith('.'))) return 'excluded';
    if (IMAGE.test(rel)) return 'image';
    if (!rel.endsWith('.md') || this.excluded(rel)) return 'excluded';
    if (rel.includes('_snippets')) return 'snippet';
    const dir = dirnameRel(rel);
    return dir.startsWith('_') || dir.includes('/_') ? 'excluded' : 'page';
  }

  isPage(rel: string): boolean {
    return this.classify(rel) === 'page';
  }

  /** A ToC file reference looked up as docs-builder's navigation does. */
  async page(rel: string): Promise<PageLookup> {
    const hit = await this.find(rel);
    if (!hit || hit.type !== 'file') return { kind: 'missing' };
    return { kind: this.isPage(hit.rel) ? 'page' : 'not-a-page', rel: hit.rel, uri: this.uri(hit.rel) };
  }
}
