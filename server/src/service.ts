// The language service: one factory, everything a host needs. Text in, results out — no LSP connection,
// no Node built-ins. The node server, the CLI, the tests (and later a web worker) each give it a Workspace.
import { DEFAULT_CONFIG, type DocsConfig } from './config';
import { DocsetStore } from './docset/store';
import { WorkspaceIndex } from './index/workspaceIndex';
import { summarizePage } from './index/summary';
import { substitutionScope, type SubScope } from './docset/substitutions';
import type { Docset } from './docset/docset';
import { runRules } from './diagnostics/index';
import type { RuleContext } from './diagnostics/context';
import { parsePage, SegmentCache } from './model/page';
import type { Page } from './model/types';
import type { SegmentReader } from './model/segments';
import type { DocDiagnostic } from './types';
import { silentLogger, type Logger, type Workspace } from './workspace';

export interface TextDoc {
  uri: string;
  version: number;
  text: string;
}

export interface LanguageServiceOptions {
  workspace: Workspace;
  logger?: Logger;
  config?: DocsConfig;
  /** How Markdown segments are read: CommonMark (remark, the default, for the editor) or the fast scanner (CLI). */
  reader?: SegmentReader;
}

/** Why a page gets only cheap features, if it does. */
export function pageLimit(text: string, config: DocsConfig): 'binary' | 'too-large' | undefined {
  if (text.length > config.maxPageSize) return 'too-large';
  if (text.slice(0, 8192).includes('\u0000')) return 'binary';
  return undefined;
}

export class LanguageService {
  readonly workspace: Workspace;
  readonly logger: Logger;
  readonly docsets: DocsetStore;
  readonly index: WorkspaceIndex;
  config: DocsConfig;
  private readonly reader: SegmentReader | undefined;
  private pages = new Map<string, { version: number; text: string; page: Page; cache: SegmentCache }>();

  constructor(options: LanguageServiceOptions) {
    this.workspace = options.workspace;
    this.logger = options.logger ?? silentLogger;
    this.config = options.config ?? DEFAULT_CONFIG;
    this.reader = options.reader;
    this.docsets = new DocsetStore(this.workspace, this.logger);
    this.index = new WorkspaceIndex(this.workspace, this.docsets, this.logger, () => this.config);
  }

  /** The page model of a document version (CommonMark segments, cached per document and segment). */
  page(doc: TextDoc): Page {
    const cached = this.pages.get(doc.uri);
    if (cached && cached.version === doc.version && cached.text === doc.text) return cached.page;
    const cache = cached?.cache ?? new SegmentCache();
    const page = parsePage(doc.text, doc.uri, doc.version, { cache, reader: this.reader });
    this.pages.set(doc.uri, { version: doc.version, text: doc.text, page, cache });
    this.index.set(doc.uri, summarizePage(page));
    return page;
  }

  /** Drops what was kept for a closed document. */
  forget(uri: string): void {
    this.pages.delete(uri);
    void this.index.refresh(uri);
  }

  async context(doc: TextDoc): Promise<{ page: Page; docset: Docset | undefined; subs: SubScope }> {
    const page = this.page(doc);
    const docset = await this.docsets.docsetFor(doc.uri);
    return { page, docset, subs: substitutionScope(page, docset) };
  }

  async diagnostics(doc: TextDoc): Promise<DocDiagnostic[]> {
    const limit = pageLimit(doc.text, this.config);
    if (limit) return this.limitDiagnostic(limit, doc.text.length);
    const { page, docset, subs } = await this.context(doc);
    const ctx: RuleContext = { page, docset, subs, config: this.config };
    return runRules(ctx);
  }

  private limitDiagnostic(limit: 'binary' | 'too-large', size: number): DocDiagnostic[] {
    const message = limit === 'binary'
      ? 'This file looks binary (it contains NUL characters): it is not checked.'
      : `This page is ${Math.round(size / 1024)} KB, over the ${Math.round(this.config.maxPageSize / 1024)} KB limit (setting elasticDocs.maxPageSize): only cheap features are on.`;
    const d: DocDiagnostic = { code: limit === 'binary' ? 'page.binary' : 'page.too-large', severity: 'information', message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
    return this.config.severity[d.code] === 'off' ? [] : [d];
  }
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  return new LanguageService(options);
}
