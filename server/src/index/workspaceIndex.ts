// Every Markdown page of the workspace as a small summary, built in the background and kept current as
// files change, are created, deleted or renamed. Open documents replace their summary from the editor text.
import type { DocsConfig } from '../config';
import { globMatcher } from '../glob';
import { relativeUri, joinUri, type Logger, type Workspace } from '../workspace';
import { SKIP_DIRS, type DocsetStore } from '../docset/store';
import type { Docset } from '../docset/docset';
import { StringPool } from './strings';
import { scanSummary, type PageSummary } from './summary';


export interface Progress {
  report(done: number, total: number): void;
}

export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/**
 * Summaries of many closed pages at once, from the disk, e.g. on worker threads (the Node host gives one; the
 * browser and the tests do not). A page it answers undefined for (unreadable, too large, binary, open in the editor,
 * or anything it could not do) is read by the index itself, as without a scanner.
 */
export interface PageScanner {
  /** Called when a build starts, before the files are listed: the scanner may get its threads ready. */
  prepare?(options: { maxPageSize: number }): void;
  scan(uris: readonly string[], options: ScanOptions): Promise<(PageSummary | undefined)[]>;
}

export interface ScanOptions {
  /** Larger files are left to the index (which skips them with a warning). */
  maxPageSize: number;
  progress?: Progress;
  token?: Cancellation;
}

/** How the last build went (for the log). */
export interface BuildStats {
  files: number;
  listMs: number;
  scanMs: number;
  /** Pages the scanner answered (the rest were read in this thread). */
  scanned: number;
}

export class WorkspaceIndex {
  readonly pages = new Map<string, PageSummary>();
  private ready: Promise<void> | undefined;
  private listeners: ((uri: string) => void)[] = [];
  /** Set by the host to scan cold pages elsewhere (worker threads); without it, pages are read here in batches. */
  scanner: PageScanner | undefined;
  lastBuild: BuildStats | undefined;
  /** Goes up with every change of a summary: what is derived from all of them can be cached per generation. */
  generation = 0;

  constructor(private readonly ws: Workspace, private readonly docsets: DocsetStore, private readonly logger: Logger, private config: () => DocsConfig) {}

  /** Called with each page whose summary changed. */
  onDidChange(listener: (uri: string) => void): void {
    this.listeners.push(listener);
  }

  whenReady(): Promise<void> {
    return this.ready ?? Promise.resolve();
  }

  private coming: ((build: Promise<void>) => void) | undefined;

  /** Says a build will start soon (the server, before its first one): until it ends, `whenReady` waits. */
  expectBuild(): void {
    if (this.ready) return;
    this.ready = new Promise((resolve) => (this.coming = resolve));
  }

  build(progress?: Progress, token?: Cancellation): Promise<void> {
    const ready = this.doBuild(progress, token);
    this.ready = ready;
    this.coming?.(ready);
    this.coming = undefined;
    return ready;
  }

  private async doBuild(progress?: Progress, token?: Cancellation): Promise<void> {
    const t0 = Date.now();
    this.scanner?.prepare?.({ maxPageSize: this.config().maxPageSize });
    const files = await this.listMarkdown();
    const t1 = Date.now();
    let rest: readonly string[] = files;
    if (this.scanner && files.length > 0 && !token?.isCancellationRequested) {
      const scanned = await this.scanner.scan(files, { maxPageSize: this.config().maxPageSize, progress, token }).catch((e: unknown) => {
        if (!token?.isCancellationRequested) this.logger.warn(`index: the page scanner failed, reading pages in this thread: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      });
      if (token?.isCancellationRequested) return;
      if (scanned) {
        rest = files.filter((uri, i) => {
          const s = scanned[i];
          if (s) this.set(uri, s, false);
          return !s;
        });
      }
    }
    const batch = 32;
    // One copy of each string for the pages read here (the scanner's summaries share theirs already).
    const strings = new StringPool();
    for (let i = 0; i < rest.length; i += batch) {
      if (token?.isCancellationRequested) return;
      await Promise.all(rest.slice(i, i + batch).map((uri) => this.read(uri, false, strings)));
      if (rest === files) progress?.report(Math.min(files.length, i + batch), files.length);
    }
    if (token?.isCancellationRequested) return;
    this.lastBuild = { files: files.length, listMs: t1 - t0, scanMs: Date.now() - t1, scanned: files.length - rest.length };
    this.logger.info(`indexed ${this.pages.size} pages`);
  }

  /** Markdown files under the workspace roots, skipping tooling folders and excluded globs. */
  async listMarkdown(roots: string[] = this.ws.roots()): Promise<string[]> {
    const out: string[] = [];
    const excluded = globMatcher(this.config().exclude);
    const walk = async (root: string, dir: string, depth: number): Promise<void> => {
      if (depth > 40) return;
      let entries: [string, 'file' | 'directory'][] = [];
      try {
        entries = await this.ws.readDirectory(dir);
      } catch (e) {
        this.logger.warn(`skipped ${dir}: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      const subdirs: Promise<void>[] = [];
      for (const [name, type] of entries) {
        const uri = joinUri(dir, name);
        const rel = relativeUri(root, uri) ?? name;
        if (excluded(rel)) continue;
        if (type === 'directory') {
          if (!SKIP_DIRS.has(name) && !name.startsWith('.')) subdirs.push(walk(root, uri, depth + 1));
        } else if (name.toLowerCase().endsWith('.md')) out.push(uri);
      }
      await Promise.all(subdirs);
    };
    for (const r of roots) {
      const st = await this.ws.stat(r).catch(() => undefined);
      if (st?.type === 'file') {
        if (r.toLowerCase().endsWith('.md')) out.push(r);
      } else await walk(r, r, 0);
    }
    const kept: string[] = [];
    for (const uri of out.sort()) if (!(await this.docsetExcluded(uri))) kept.push(uri);
    return kept;
  }

  private excluders = new WeakMap<Docset, (rel: string) => boolean>();

  private async docsetExcluded(uri: string): Promise<boolean> {
    const docset = await this.docsets.docsetFor(uri);
    if (!docset || docset.exclude.length === 0) return false;
    const rel = relativeUri(docset.root, uri);
    if (rel === undefined) return false;
    let excluded = this.excluders.get(docset);
    if (!excluded) this.excluders.set(docset, (excluded = globMatcher(docset.exclude)));
    return excluded(rel);
  }

  /** Re-reads one file from the workspace (created or changed on disk). */
  refresh(uri: string, notify = true): Promise<void> {
    return this.read(uri, notify);
  }

  private async read(uri: string, notify: boolean, strings?: StringPool): Promise<void> {
    try {
      const st = await this.ws.stat(uri);
      if (!st || st.type !== 'file') return this.remove(uri);
      if (st.size > this.config().maxPageSize) {
        this.logger.warn(`index: skipped ${uri} (${st.size} bytes, over the size limit)`);
        return;
      }
      const text = await this.ws.readFile(uri);
      if (text === undefined) return this.remove(uri);
      if (text.slice(0, 8192).includes('\u0000')) {
        this.logger.warn(`index: skipped ${uri} (binary)`);
        return;
      }
      this.set(uri, scanSummary(uri, text, strings), notify);
    } catch (e) {
      this.logger.warn(`index: skipped ${uri}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Per URI: how many of the generation's steps were changes of its summary (`generationWithout`). */
  private own = new Map<string, number>();

  /**
   * The generation less the changes of `uri`'s own summary: the same while only that page changed (what is derived
   * from the other pages can be kept while a page is typed in).
   */
  generationWithout(uri: string): number {
    return this.generation - (this.own.get(uri) ?? 0);
  }

  set(uri: string, summary: PageSummary, notify = true): void {
    this.pages.set(uri, summary);
    this.generation++;
    this.own.set(uri, (this.own.get(uri) ?? 0) + 1);
    if (notify) for (const l of this.listeners) l(uri);
  }

  remove(uri: string): void {
    if (!this.pages.delete(uri)) return;
    this.generation++;
    this.own.set(uri, (this.own.get(uri) ?? 0) + 1);
    for (const l of this.listeners) l(uri);
  }

  get(uri: string): PageSummary | undefined {
    return this.pages.get(uri);
  }
}
