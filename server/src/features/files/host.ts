// What the file checks read of the workspace, once per run: file stats (cached), the snippets a file includes
// (from its index summary or page model, cached), the ToC scope folder of a page, settings files read and parsed. Files outside the workspace folders are never
// touched (as for links: features/links/resolve.ts).
import type { Docset } from '../../docset/docset';
import { globMatcher } from '../../glob';
import { dirnameUri, joinUri, relativeUri, type FileStat } from '../../workspace';
import { inUnderscoreFolder } from '../links/resolve';
import { includeDirectives } from '../links/targetAnchors';
import type { BatchEnv } from '../types';
import { targetUri } from './paths';

export class FileHost {
  private stats = new Map<string, Promise<FileStat | undefined>>();
  private includes = new Map<string, Promise<string[]>>();
  private scopes = new Map<string, Promise<string>>();
  private settings = new Map<string, Promise<string | undefined | null>>();
  private excluders = new WeakMap<Docset, (rel: string) => boolean>();

  constructor(readonly env: BatchEnv) {}

  get roots(): readonly string[] {
    return this.env.workspace.roots();
  }

  /** Outside every workspace folder (with folders open): not looked at. */
  isOutside(uri: string): boolean {
    const roots = this.roots;
    return roots.length > 0 && !roots.some((r) => relativeUri(r, uri) !== undefined);
  }

  stat(uri: string): Promise<FileStat | undefined> {
    let p = this.stats.get(uri);
    if (!p) {
      p = this.isOutside(uri) ? Promise.resolve(undefined) : this.env.workspace.stat(uri).catch(() => undefined);
      this.stats.set(uri, p);
    }
    return p;
  }

  /** Whether a file is there; undefined when it cannot be told (outside the workspace folders). */
  async fileExists(uri: string): Promise<boolean | undefined> {
    if (this.isOutside(uri)) return undefined;
    return (await this.stat(uri))?.type === 'file';
  }

  /** The Markdown includes of a file (not literal ones), resolved, in order; [] when it cannot be read. */
  includesOf(uri: string): Promise<string[]> {
    let p = this.includes.get(uri);
    if (!p) {
      p = (async () => {
        if (this.isOutside(uri)) return [];
        // An indexed page's summary holds its include paths as its model has them (summary.ts): no second parse.
        const summary = this.env.index.get(uri);
        const paths = summary ? summary.includes : (await this.env.pageOf(uri).then((page) => page && includeDirectives(page).map((d) => d.argument)));
        if (!paths) return [];
        const docset = await this.env.docsetOf(uri);
        return paths.map((path) => targetUri(uri, path, docset, this.roots));
      })().catch(() => []);
      this.includes.set(uri, p);
    }
    return p;
  }

  /** `check(text)` of a file read once per run (null when it cannot be read): several `{settings}` may name one file. */
  settingsFile(uri: string, check: (text: string) => string | undefined): Promise<string | undefined | null> {
    let p = this.settings.get(uri);
    if (!p) {
      p = this.env.workspace.readFile(uri).then((text) => (text === undefined ? null : check(text)), () => null);
      this.settings.set(uri, p);
    }
    return p;
  }

  /**
   * Whether docs-builder reads the page as a `MarkdownFile` (the image scope checks run only there): not a snippet
   * (a file in a `_` folder) and not excluded by the docset.
   */
  isMarkdownFile(uri: string, docset: Docset | undefined): boolean {
    if (inUnderscoreFolder(uri, docset)) return false;
    if (!docset || docset.exclude.length === 0) return true;
    let m = this.excluders.get(docset);
    if (!m) this.excluders.set(docset, (m = globMatcher(docset.exclude)));
    const rel = relativeUri(docset.root, uri);
    return rel === undefined || !m(rel);
  }

  /**
   * The ToC scope folder of a page (`MarkdownFile.ScopeDirectory`): the folder of the nearest `toc.yml` above the
   * page, up to the docset root; the docset root when there is none.
   */
  scopeOf(uri: string, docset: Docset): Promise<string> {
    const start = dirnameUri(uri);
    let p = this.scopes.get(start);
    if (!p) {
      p = (async () => {
        let dir = start;
        for (let i = 0; i < 64; i++) {
          const rel = relativeUri(docset.root, dir);
          if (rel === undefined || rel === '') break;
          if ((await this.stat(joinUri(dir, 'toc.yml')))?.type === 'file') return dir;
          dir = dirnameUri(dir);
        }
        return docset.root.replace(/\/$/, '');
      })();
      this.scopes.set(start, p);
    }
    return p;
  }
}
