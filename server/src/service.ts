// The language service: one factory, everything a host needs. Text in, results out — no LSP connection,
// no Node built-ins. The node server, the CLI, the tests (and later a web worker) each give it a Workspace.
import { DEFAULT_CONFIG, type DocsConfig } from './config';
import { DocsetStore } from './docset/store';
import { WorkspaceIndex } from './index/workspaceIndex';
import { lazySummary } from './index/summary';
import { substitutionScope, type SubScope } from './docset/substitutions';
import type { Docset } from './docset/docset';
import { applySeverities, joined, ruleLists, ruleMemo, withSeverities } from './diagnostics/index';
import { capDiagnostics } from './diagnostics/cap';
import { byPosition } from './diagnostics/order';
import type { RuleContext, RuleMemo } from './diagnostics/context';
import { parsePage, PageCache } from './model/page';
import type { Page } from './model/types';
import type { DocDiagnostic } from './types';
import { silentLogger, type Logger, type Workspace } from './workspace';

import { RenameRefused, type BatchEnv, type TextDoc, type FeatureContext, type Features, type CompletionContextInfo } from './features/types';
import { FEATURES, WORKSPACE_FEATURES } from './features/registry';
import { snippetDiagnostics } from './features/files/snippetScope';
import { outsideDocsets } from './checkScope';
import { moveEdits, type FileMove, type MoveEdits } from './features/links/moveFiles';
import { RemovedPages } from './features/links/removedPages';
import { limitCompletions, MAX_COMPLETION_ITEMS, type CompletionListResult } from './features/completionLimit';
import type {
  CodeAction, CodeLens, CompletionItem, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location,
  MarkupContent, Position, Range, SelectionRange, SymbolInformation, WorkspaceEdit,
} from 'vscode-languageserver-types';
export type { TextDoc } from './features/types';

export interface LanguageServiceOptions {
  workspace: Workspace;
  logger?: Logger;
  config?: DocsConfig;
  /** Whether parsing a document also refreshes its index summary (the editor: yes; `check` indexed the disk already). */
  indexDocuments?: boolean;
}

export function isMarkdownUri(uri: string): boolean {
  return /\.md$/i.test(uri) || uri.startsWith('untitled:');
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
  /** Pages deleted in this session (`redirect.missing`). */
  readonly removedPages = new RemovedPages();
  config: DocsConfig;
  private readonly indexDocuments: boolean;
  private pages = new Map<string, { version: number; text: string; page: Page; cache: PageCache; rules: RuleMemo; features: Record<string, unknown> }>();

  constructor(options: LanguageServiceOptions) {
    this.workspace = options.workspace;
    this.logger = options.logger ?? silentLogger;
    this.config = options.config ?? DEFAULT_CONFIG;
    this.indexDocuments = options.indexDocuments ?? true;
    this.docsets = new DocsetStore(this.workspace, this.logger);
    this.index = new WorkspaceIndex(this.workspace, this.docsets, this.logger, () => this.config);
  }

  /** The page model of a document version (cached per document: a new version is parsed from the last). */
  page(doc: TextDoc): Page {
    const cached = this.pages.get(doc.uri);
    if (cached && cached.version === doc.version && cached.text === doc.text) return cached.page;
    const cache = cached?.cache ?? new PageCache();
    const page = parsePage(doc.text, doc.uri, doc.version, { cache });
    this.pages.set(doc.uri, { version: doc.version, text: doc.text, page, cache, rules: cached?.rules ?? ruleMemo(), features: cached?.features ?? {} });
    if (this.indexDocuments && isMarkdownUri(doc.uri)) this.index.set(doc.uri, lazySummary(page));
    return page;
  }

  /** Drops what was kept for a closed document. */
  forget(uri: string): void {
    this.pages.delete(uri);
    if (this.indexDocuments) void this.index.refresh(uri);
  }

  async context(doc: TextDoc): Promise<{ page: Page; docset: Docset | undefined; subs: SubScope }> {
    const page = this.page(doc);
    const docset = await this.docsets.docsetFor(doc.uri);
    return { page, docset, subs: substitutionScope(page, docset) };
  }

  /**
   * A page's diagnostics, in position order. With `quick`, the rules that need the whole workspace index (links,
   * migration sources) are left out: the server shows those first, while the index is still being built. With
   * `max`, at most that many as the editor shows them (diagnostics/cap.ts: a page of 100,000 problems is not sorted).
   */
  async diagnostics(doc: TextDoc, options: { quick?: boolean; max?: number } = {}): Promise<DocDiagnostic[]> {
    if (await outsideDocsets(doc.uri, this.docsets, this.config)) return [];
    const limit = pageLimit(doc.text, this.config);
    if (limit) return this.limitDiagnostic(limit, doc.text.length);
    const fctx = await this.featureContext(doc);
    const ctx: RuleContext = { page: fctx.page, docset: fctx.docset, subs: fctx.subs, config: this.config, memo: this.pages.get(doc.uri)?.rules };
    const lists = ruleLists(ctx);
    for (const f of this.features) {
      if (!f.diagnostics || (options.quick && f.diagnosticsNeedIndex)) continue;
      lists.push(await this.guard(doc.uri, 'diagnostics', [], () => f.diagnostics!(fctx)));
    }
    // Before the index is built nothing is known of who includes a snippet: as if no page did (no error).
    const out = await snippetDiagnostics(doc.uri, withSeverities(joined(lists), this.config), this.env(), fctx.docset, { indexReady: !options.quick });
    return options.max !== undefined && out.length > options.max ? capDiagnostics(out, options.max) : byPosition(out);
  }

  /** Diagnostics of a docset file (docset.yml): its own problems plus the areas' docset rules. */
  async docsetDiagnostics(docsetUri: string): Promise<DocDiagnostic[]> {
    const docset = (await this.docsets.all()).find((d) => d.uri === docsetUri);
    if (!docset) return [];
    const out: DocDiagnostic[] = docset.problems.map((p) => ({ code: p.code, severity: p.severity, message: p.message, range: p.range, ...(p.uri ? { uri: p.uri } : {}) }));
    const env = this.env();
    for (const f of WORKSPACE_FEATURES) if (f.docsetDiagnostics) out.push(...(await this.guard(docsetUri, 'docset diagnostics', [], () => f.docsetDiagnostics!(docset, this.index, this.config, env))));
    out.push(...(await this.guard(docsetUri, 'removed pages', [], () => this.removedPages.diagnostics(docset, env))));
    return applySeverities(out, this.config);
  }

  /** The edits that moving or renaming these files and folders needs (links, images, includes, ToC, redirects). */
  async moveEdits(moves: readonly FileMove[]): Promise<MoveEdits> {
    for (const m of moves) this.removedPages.moving(m.oldUri, m.newUri);
    return moveEdits(this.env(), moves);
  }

  readonly features: Features[] = FEATURES;
  private otherPages = new Map<string, Page>();

  /** The model of any page: an open document's, or one read from the workspace (the last 8 kept; the index keeps only summaries). */
  async pageOf(uri: string): Promise<Page | undefined> {
    const open = this.pages.get(uri);
    if (open) return open.page;
    const cached = this.otherPages.get(uri);
    if (cached) return cached;
    const text = await this.workspace.readFile(uri).catch(() => undefined);
    if (text === undefined || pageLimit(text, this.config)) return undefined;
    const page = parsePage(text, uri, 0);
    if (this.otherPages.size >= 8) this.otherPages.delete(this.otherPages.keys().next().value as string);
    this.otherPages.set(uri, page);
    return page;
  }

  /** Forgets what was read of a file that changed on disk. */
  fileChanged(uri: string): void {
    this.otherPages.delete(uri);
  }

  /** The workspace as features see it, without a document. */
  env(): BatchEnv {
    return {
      index: this.index, workspace: this.workspace, config: this.config, logger: this.logger,
      pageOf: (uri) => this.pageOf(uri), docsetOf: (uri) => this.docsets.docsetFor(uri),
    };
  }

  async featureContext(doc: TextDoc): Promise<FeatureContext> {
    const { page, docset, subs } = await this.context(doc);
    return { doc, page, docset, subs, ...this.env(), memo: this.pages.get(doc.uri)?.features };
  }

  private async collect<T>(doc: TextDoc, call: (f: Features, ctx: FeatureContext) => T[] | undefined | Promise<T[] | undefined>): Promise<T[]> {
    if (pageLimit(doc.text, this.config)) return [];
    const ctx = await this.featureContext(doc);
    const out: T[] = [];
    for (const f of this.features) {
      const r = await this.guard(doc.uri, 'feature', undefined, () => call(f, ctx));
      if (r) out.push(...r);
    }
    return out;
  }

  /** One area failing must not take the others down: log with the URI, answer `empty`. Refusals pass. */
  private async guard<T>(uri: string, what: string, empty: T, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof RenameRefused) throw e;
      this.logger.error(`${what} failed for ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return empty;
    }
  }

  private async first<T>(doc: TextDoc, call: (f: Features, ctx: FeatureContext) => T | undefined | Promise<T | undefined>): Promise<T | undefined> {
    if (pageLimit(doc.text, this.config)) return undefined;
    const ctx = await this.featureContext(doc);
    for (const f of this.features) {
      const r = await this.guard(doc.uri, 'feature', undefined, () => call(f, ctx));
      if (r !== undefined) return r;
    }
    return undefined;
  }

  /** The offset of a position; never parses a page over the size limit (its features answer nothing). */
  private offset(doc: TextDoc, pos: Position): number {
    if (pageLimit(doc.text, this.config)) return 0;
    return this.page(doc).lines.offsetAt(pos);
  }

  async hover(doc: TextDoc, pos: Position): Promise<Hover | undefined> {
    const o = this.offset(doc, pos);
    const hovers = await this.collect(doc, async (f, c) => { const h = await f.hover?.(c, o); return h ? [h] : undefined; });
    if (hovers.length === 0) return undefined;
    if (hovers.length === 1) return hovers[0];
    const value = hovers.map((h) => (typeof h.contents === 'object' && 'value' in h.contents ? (h.contents as MarkupContent).value : String(h.contents))).join('\n\n---\n\n');
    return { contents: { kind: 'markdown', value }, range: hovers[0].range };
  }

  async completion(doc: TextDoc, pos: Position, info: CompletionContextInfo = {}): Promise<CompletionItem[]> {
    const o = this.offset(doc, pos);
    return this.collect(doc, (f, c) => f.completion?.(c, o, info));
  }

  /** Completion as the editor gets it: at most `max` items, matched to what is typed, marked incomplete when cut. */
  async completionList(doc: TextDoc, pos: Position, info: CompletionContextInfo = {}, max = MAX_COMPLETION_ITEMS): Promise<CompletionListResult> {
    const ask: CompletionContextInfo = { ...info, max, cut: false };
    const items = await this.completion(doc, pos, ask);
    if (items.length === 0) return { isIncomplete: ask.cut === true, items };
    return limitCompletions(items, this.page(doc).lines.lineText(pos.line), pos.line, pos.character, max, ask.cut);
  }

  async definition(doc: TextDoc, pos: Position): Promise<Location[]> {
    const o = this.offset(doc, pos);
    return this.collect(doc, (f, c) => f.definition?.(c, o));
  }

  async references(doc: TextDoc, pos: Position, includeDeclaration: boolean): Promise<Location[]> {
    const o = this.offset(doc, pos);
    return this.collect(doc, (f, c) => f.references?.(c, o, includeDeclaration));
  }

  async prepareRename(doc: TextDoc, pos: Position): Promise<{ range: Range; placeholder: string } | undefined> {
    const o = this.offset(doc, pos);
    return this.first(doc, (f, c) => f.prepareRename?.(c, o));
  }

  async rename(doc: TextDoc, pos: Position, newName: string): Promise<WorkspaceEdit | undefined> {
    const o = this.offset(doc, pos);
    return this.first(doc, (f, c) => f.rename?.(c, o, newName));
  }

  async documentHighlights(doc: TextDoc, pos: Position): Promise<DocumentHighlight[]> {
    const o = this.offset(doc, pos);
    return this.collect(doc, (f, c) => f.documentHighlights?.(c, o));
  }

  async documentSymbols(doc: TextDoc): Promise<DocumentSymbol[]> {
    return this.collect(doc, (f, c) => f.documentSymbols?.(c));
  }

  async documentLinks(doc: TextDoc): Promise<DocumentLink[]> {
    return this.collect(doc, (f, c) => f.documentLinks?.(c));
  }

  async foldingRanges(doc: TextDoc): Promise<FoldingRange[]> {
    return this.collect(doc, (f, c) => f.foldingRanges?.(c));
  }

  async selectionRanges(doc: TextDoc, positions: Position[]): Promise<SelectionRange[]> {
    const offsets = positions.map((p) => this.offset(doc, p));
    return (await this.first(doc, (f, c) => f.selectionRanges?.(c, offsets))) ?? [];
  }

  async codeActions(doc: TextDoc, range: Range, diagnostics: { code?: string | number; range: Range; data?: unknown; message: string }[]): Promise<CodeAction[]> {
    return this.collect(doc, (f, c) => f.codeActions?.(c, range, diagnostics));
  }

  async codeLenses(doc: TextDoc): Promise<CodeLens[]> {
    return this.collect(doc, (f, c) => f.codeLenses?.(c));
  }

  async workspaceSymbols(query: string): Promise<SymbolInformation[]> {
    // Complete answers only: wait for the index (a cancelled request is answered at once by the server).
    await this.index.whenReady();
    const out: SymbolInformation[] = [];
    for (const f of WORKSPACE_FEATURES) {
      const r = await f.workspaceSymbols?.(this.index, query);
      if (r) out.push(...r);
    }
    return out;
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
