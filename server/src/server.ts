// The language server: wiring only, for any host. Gets the document, bails out if missing, delegates to the
// language service, and turns its results into LSP. Every handler is safe (logs with the URI, answers empty);
// long workspace requests answer a cancellation at once. The Node entry (node/main.ts) and the web worker
// entry give it a connection and a workspace (and the Node one a page scanner on worker threads). At start, the
// open pages get their page-local diagnostics first, then the index is built, then they get the rest; later a
// changed page re-validates only the open pages whose diagnostics can depend on it (index/dependencies.ts).
import {
  DidChangeConfigurationNotification, ErrorCodes, FileChangeType, LSPErrorCodes, ResponseError, TextDocuments, type TextDocumentsConfiguration,
  type CancellationToken, type Connection, type Diagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckScheduler } from './checkScheduler';
import { capDiagnostics, MAX_DIAGNOSTICS_PER_PAGE } from './diagnostics/cap';
import { DiagnosticsPublisher } from './diagnosticsPublisher';
import { resolveConfig } from './config';
import { OpenPageDependencies } from './index/dependencies';
import type { PageScanner } from './index/workspaceIndex';
import { buildIndex, closedPagesOnly } from './indexing';
import { OverlayWorkspace } from './overlayWorkspace';
import { serverCapabilities } from './serverCapabilities';
import { LanguageService } from './service';
import { RenameRefused } from './features/types';
import { handleMigrationItems, handleMigrationTarget, handleMigrationToggle } from './features/migration/requests';
import { handlePreviewContext } from './features/preview/requests';
import { MIGRATION_ITEMS, MIGRATION_TARGET, MIGRATION_TOGGLE, MOVE_EDITS, PREVIEW_CONTEXT, type RequestParams } from './protocol';
import { handleMoveEdits, handleWillRename } from './features/links/moveRequests';
import { DIAGNOSTIC_SOURCE, type DocDiagnostic } from './types';
import type { Logger, Workspace } from './workspace';

/** The host's file access: a workspace whose roots the server sets from the client's folders. */
export interface ServerHost {
  workspace: Workspace & { setRoots(roots: string[]): void };
  /** Reads many closed pages at once for the cold index (the Node host: on worker threads). */
  scanner?: PageScanner;
  /** The process's memory, for the log line that says the index is ready. */
  memory?(): { heapUsed: number; rss: number };
  /** How open documents keep their texts (the Node host: large ones outside the JS heap); the library's by default. */
  documents?: TextDocumentsConfiguration<TextDocument>;
}

/** Docset files are synced as documents too (their diagnostics; references and rename from their keys). */
export function isDocsetUri(uri: string): boolean {
  return /\/_?docset\.yml$/.test(uri);
}

/** The docset's other YAML files, synced for ToC completion and live diagnostics: toc.yml and the redirects file. */
export function isDocsetYamlUri(uri: string): boolean {
  return /\/(toc|_?redirects)\.yml$/.test(uri);
}

/** Settles with the work, or rejects as cancelled the moment the client cancels (the work's result is dropped). */
export function cancellable<T>(token: CancellationToken, work: Promise<T>): Promise<T> {
  if (token.isCancellationRequested) return Promise.reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled'));
  return new Promise<T>((resolve, reject) => {
    const sub = token.onCancellationRequested(() => reject(new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled')));
    work.then((v) => { sub.dispose(); resolve(v); }, (e) => { sub.dispose(); reject(e); });
  });
}

export function startServer(connection: Connection, host: ServerHost): void {
  /** Quiet time before re-checking pages for other reasons than a keystroke (a keystroke's adapts: checkScheduler.ts). */
  let DEBOUNCE_MS = 60;

  const documents = new TextDocuments(host.documents ?? TextDocument);
  const logger: Logger = {
    info: (m) => connection.console.info(m),
    warn: (m) => connection.console.warn(m),
    error: (m) => connection.console.error(m),
  };
  const workspace = host.workspace;
  const overlay = new OverlayWorkspace(workspace, (uri) => documents.get(uri)?.getText(), () => documents.keys());
  const service = new LanguageService({ workspace: overlay, logger });
  const dependencies = new OpenPageDependencies(service);
  const checks = new CheckScheduler((uri) => void validate(uri));
  // Once per version and content, at most 1,000 per file (diagnostics/cap.ts).
  const publisher = new DiagnosticsPublisher<Diagnostic>((p) => connection.sendDiagnostics(p));
  let canPullConfig = false;
  let canWatchFolders = false;
  let docsetTimer: ReturnType<typeof setTimeout> | undefined;
  let indexReady = false;
  let building: { isCancellationRequested: boolean } | undefined;
  if (host.scanner) service.index.scanner = closedPagesOnly(host.scanner, (uri) => !!documents.get(uri));

  function invalidateDocset(uri?: string): void {
    service.docsets.invalidate(uri);
  }

  const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

  function toLsp(d: DocDiagnostic): Diagnostic {
    return { range: d.range, severity: SEVERITY[d.severity], code: d.code, source: DIAGNOSTIC_SOURCE, message: d.message, data: d.data };
  }

  /** Runs a handler; on an exception logs it with the URI and returns `empty`. */
  async function runSafe<T>(uri: string, what: string, empty: T, fn: () => T | Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      logger.error(`${what} failed for ${uri}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return empty;
    }
  }

  function docOf(uri: string) {
    const d = documents.get(uri);
    return d ? { uri: d.uri, version: d.version, text: d.getText() } : undefined;
  }

  async function validate(uri: string): Promise<void> {
    const doc = docOf(uri);
    if (!doc) return;
    if (isDocsetUri(uri)) {
      // An edited docset.yml: read again (the overlay gives its unsaved text), recheck everything. (Its own
      // diagnostics wait for the index: the index build must not wait for them.)
      checks.checked(uri);
      invalidateDocset(uri);
      await service.docsets.docsetFor(uri.replace(/[^/]+$/, 'x.md'));
      for (const d of documents.all()) if (d.uri !== uri) schedule(d.uri, DEBOUNCE_MS * 2);
      return validateDocsets();
    }
    if (isDocsetYamlUri(uri)) {
      // An edited toc.yml or redirects file: its diagnostics come with the docset's (read through the overlay).
      checks.checked(uri);
      if (/redirects\.yml$/.test(uri)) invalidateDocset(uri);
      return validateDocsets();
    }
    // While the index is being built, the page-local rules answer at once; the rest follow when it is ready.
    const ready = indexReady;
    const t0 = Date.now();
    // At most 1,000, as the editor shows them (diagnostics/cap.ts).
    const diags = await runSafe(uri, 'diagnostics', [] as DocDiagnostic[], () => (service.config.enable ? service.diagnostics(doc, { quick: !ready, max: MAX_DIAGNOSTICS_PER_PAGE }) : []));
    // Drop stale results: the document changed (or closed) while we worked.
    const now = documents.get(uri);
    if (!now || now.version !== doc.version) return checks.checked(uri);
    await publisher.publish(uri, doc.version, diags.map(toLsp));
    checks.checked(uri, Date.now() - t0);
  }

  function schedule(uri: string, delay = DEBOUNCE_MS): void {
    checks.schedule(uri, delay);
  }

  /** Re-validates the open pages whose diagnostics can depend on `changed` (a page or file). */
  function revalidateDependents(changed: string): void {
    for (const d of documents.all()) {
      if (d.uri === changed || isDocsetUri(d.uri) || isDocsetYamlUri(d.uri)) continue;
      const doc = { uri: d.uri, version: d.version, text: d.getText() };
      void dependencies.affected(doc, changed).then((yes) => { if (yes) schedule(d.uri, DEBOUNCE_MS * 4); }, () => schedule(d.uri, DEBOUNCE_MS * 4));
    }
  }

  function revalidateAll(delay = DEBOUNCE_MS): void {
    for (const d of documents.all()) schedule(d.uri, delay);
  }

  async function pullConfig(): Promise<void> {
    if (!canPullConfig) return;
    const raw = await connection.workspace.getConfiguration({ section: 'elasticDocs' }).catch(() => undefined);
    service.config = resolveConfig(raw);
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspace.setRoots(roots);
    // Requests that want the whole index wait for the first build (it starts once the open pages are checked).
    service.index.expectBuild();
    canPullConfig = !!params.capabilities.workspace?.configuration;
    canWatchFolders = !!params.capabilities.workspace?.workspaceFolders;
    service.config = resolveConfig(params.initializationOptions?.settings);
    const debounce = params.initializationOptions?.debounceMs;
    if (typeof debounce === 'number' && debounce >= 0 && debounce <= 5000) DEBOUNCE_MS = checks.fixedDelay = debounce;
    return { capabilities: serverCapabilities(canWatchFolders), serverInfo: { name: 'elastic-docs-language-server', version: '0.1.0' } };
  });

  connection.onInitialized(async () => {
    if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'elasticDocs' }).catch(() => undefined);
    if (canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const roots = new Set(workspace.roots());
        for (const r of e.removed) roots.delete(r.uri);
        for (const a of e.added) roots.add(a.uri);
        workspace.setRoots([...roots]);
        // A build still running for the old folders is stale: cancel it.
        if (building) building.isCancellationRequested = true;
        const token = (building = { isCancellationRequested: false });
        void runSafe('workspace', 'index', undefined, () => service.index.build(undefined, token));
      });
    }
    await pullConfig();
    // The pages open at start come first: the index build would slow their first diagnostics down.
    await checks.openPagesChecked(2000);
    const token = (building = { isCancellationRequested: false });
    const done = await runSafe('workspace', 'index', 'index ready (the build failed)', () => buildIndex(connection, service, token, host.memory));
    indexReady = true;
    logger.info(done);
    revalidateAll(0);
    void validateDocsets();
    // Pages depend on the pages they link to: when a summary changes, the open pages that can see it are checked again.
    service.index.onDidChange((uri) => {
      revalidateDependents(uri);
      if (docsetTimer) clearTimeout(docsetTimer);
      docsetTimer = setTimeout(() => void validateDocsets(), 1000);
    });
  });

  connection.onDidChangeConfiguration(async (change) => {
    if (canPullConfig) await pullConfig();
    else service.config = resolveConfig(change.settings?.elasticDocs);
    revalidateAll();
  });

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    let docsetChanged = false;
    let otherChanged = false;
    for (const c of changes) {
      service.fileChanged(c.uri);
      // Pages deleted in this session: `redirect.missing` on the docset's redirects file while links still reach them.
      if (c.type === FileChangeType.Deleted) service.removedPages.removed(c.uri);
      else if (c.type === FileChangeType.Created) service.removedPages.created(c.uri);
      // Docset, ToC and redirect files; other YAML (a `{settings}` file) is one of the other files below.
      if (/(^|\/)(_?docset|toc|_?redirects)\.ya?ml$/.test(c.uri)) {
        invalidateDocset(c.uri);
        docsetChanged = true;
        continue;
      }
      if (!/\.md$/i.test(c.uri)) {
        // Images, CSV, settings YAML, …: not pages, so not indexed.
        otherChanged = true;
        continue;
      }
      if (documents.get(c.uri)) continue;
      // The index tells the dependents of a page whose summary changed; a page it does not hold (excluded)
      // may still be a link target.
      if (c.type === FileChangeType.Deleted) service.index.remove(c.uri);
      else await service.index.refresh(c.uri);
      if (indexReady) revalidateDependents(c.uri);
    }
    if (docsetChanged) void validateDocsets();
    // Other files (images, …) and docset changes: every open page, as a page's dependencies do not list them all.
    if (docsetChanged || otherChanged) revalidateAll();
  });

  // ---- requests: get the document, bail out if missing, delegate.
  connection.onHover((p) => { const d = docOf(p.textDocument.uri); return d ? runSafe(d.uri, 'hover', null, async () => (await service.hover(d, p.position)) ?? null) : null; });
  connection.onCompletion((p) => { const d = docOf(p.textDocument.uri); return d ? runSafe(d.uri, 'completion', { isIncomplete: false, items: [] }, () => service.completionList(d, p.position, { triggerCharacter: p.context?.triggerCharacter })) : null; });
  connection.onDefinition((p) => { const d = docOf(p.textDocument.uri); return d ? runSafe(d.uri, 'definition', [], () => service.definition(d, p.position)) : []; });
  connection.onReferences((p, token) => { const d = docOf(p.textDocument.uri); return d ? cancellable(token, runSafe(d.uri, 'references', [], () => service.references(d, p.position, p.context.includeDeclaration))) : []; });
  connection.onPrepareRename(async (p) => {
    const d = docOf(p.textDocument.uri);
    if (!d) return null;
    try {
      return (await service.prepareRename(d, p.position)) ?? null;
    } catch (e) {
      if (e instanceof RenameRefused) throw new ResponseError(ErrorCodes.InvalidRequest, e.message);
      logger.error(`prepareRename failed for ${d.uri}: ${e instanceof Error ? e.stack : String(e)}`);
      return null;
    }
  });
  connection.onRenameRequest(async (p, token) => {
    const d = docOf(p.textDocument.uri);
    if (!d) return null;
    try {
      return (await cancellable(token, service.rename(d, p.position, p.newName))) ?? null;
    } catch (e) {
      if (e instanceof RenameRefused) throw new ResponseError(ErrorCodes.InvalidRequest, e.message);
      if (e instanceof ResponseError) throw e;
      logger.error(`rename failed for ${d.uri}: ${e instanceof Error ? e.stack : String(e)}`);
      return null;
    }
  });
  connection.onDocumentHighlight((p) => { const d = docOf(p.textDocument.uri); return d ? runSafe(d.uri, 'highlights', [], () => service.documentHighlights(d, p.position)) : []; });
  connection.onDocumentSymbol((p) => { const d = docOf(p.textDocument.uri); return d ? runSafe(d.uri, 'symbols', [], () => service.documentSymbols(d)) : []; });
  connection.onWorkspaceSymbol((p, token) => cancellable(token, runSafe('workspace', 'workspace symbols', [], () => service.workspaceSymbols(p.query))));
  connection.onDocumentLinks((p) => { const d = docOf(p.textDocument.uri); return d ? runSafe(d.uri, 'links', [], () => service.documentLinks(d)) : []; });
  connection.onFoldingRanges((p) => { const d = docOf(p.textDocument.uri); return d ? runSafe(d.uri, 'folding', [], () => service.foldingRanges(d)) : []; });
  connection.onSelectionRanges((p) => { const d = docOf(p.textDocument.uri); return d ? runSafe(d.uri, 'selection ranges', [], () => service.selectionRanges(d, p.positions)) : []; });
  connection.onCodeAction((p) => { const d = docOf(p.textDocument.uri); return d ? runSafe(d.uri, 'code actions', [], () => service.codeActions(d, p.range, p.context.diagnostics.map((x) => ({ code: x.code, range: x.range, data: x.data, message: typeof x.message === 'string' ? x.message : x.message.value })))) : []; });
  connection.onCodeLens((p) => { const d = docOf(p.textDocument.uri); return d ? runSafe(d.uri, 'code lens', [], () => service.codeLenses(d)) : []; });
  // Custom requests (server/src/protocol.ts).
  connection.onRequest(MIGRATION_ITEMS, (p: RequestParams<typeof MIGRATION_ITEMS>) => runSafe('workspace', 'migration items', { pages: [], open: 0, total: 0 }, () => handleMigrationItems(service, p)));
  connection.onRequest(MIGRATION_TARGET, (p: RequestParams<typeof MIGRATION_TARGET>) => runSafe(p.uri ?? 'workspace', 'migration target', null, () => handleMigrationTarget(service, p, p.uri ? docOf(p.uri) : undefined)));
  connection.onRequest(MOVE_EDITS, (p: RequestParams<typeof MOVE_EDITS>, token) => cancellable(token, runSafe(p.files?.[0]?.oldUri ?? 'workspace', 'move edits', { links: null, withRedirects: null, linkCount: 0, pageCount: 0, redirects: [] }, () => handleMoveEdits(service, p))));
  connection.workspace.onWillRenameFiles((p, token) => cancellable(token, runSafe(p.files[0]?.oldUri ?? 'workspace', 'willRenameFiles', null, () => handleWillRename(service, p.files))));
  connection.onRequest(MIGRATION_TOGGLE, (p: RequestParams<typeof MIGRATION_TOGGLE>) => { const d = docOf(p.uri); return d ? runSafe(d.uri, 'migration toggle', null, () => handleMigrationToggle(service, p, d)) : null; });
  connection.onRequest(PREVIEW_CONTEXT, (p: RequestParams<typeof PREVIEW_CONTEXT>) => runSafe(p?.uri ?? 'workspace', 'preview context', { subs: [], snippets: {} }, () => handlePreviewContext(service, p)));

  /** Files other than docset.yml that got docset diagnostics last time (toc.yml, redirects): cleared when they have none. */
  let docsetYamlPublished = new Set<string>();

  /** Publishes the diagnostics of each docset's own files (YAML problems, unused substitutions, ToC, redirects). */
  async function validateDocsets(): Promise<void> {
    const published = new Set<string>();
    for (const docset of await service.docsets.all()) {
      const diags = await runSafe(docset.uri, 'docset diagnostics', [] as DocDiagnostic[], () => service.docsetDiagnostics(docset.uri));
      const byFile = new Map<string, DocDiagnostic[]>([[docset.uri, []]]);
      for (const d of diags) {
        const file = d.uri ?? docset.uri;
        let list = byFile.get(file);
        if (!list) byFile.set(file, (list = []));
        list.push(d);
      }
      for (const [uri, list] of byFile) {
        if (uri !== docset.uri) published.add(uri);
        await publisher.publish(uri, undefined, capDiagnostics(list).map(toLsp));
      }
    }
    for (const uri of docsetYamlPublished) if (!published.has(uri)) await publisher.publish(uri, undefined, []);
    docsetYamlPublished = published;
  }

  // An opened page is checked at once; TextDocuments reports the opening as a content change too, which must not
  // start the quiet time of a keystroke.
  let opening: string | undefined;
  documents.onDidOpen((e) => {
    opening = e.document.uri;
    checks.opened(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    if (opening === e.document.uri) opening = undefined;
    else checks.keystroke(e.document.uri);
  });
  documents.onDidClose((e) => {
    checks.closed(e.document.uri);
    dependencies.forget(e.document.uri);
    service.forget(e.document.uri);
    if (isDocsetYamlUri(e.document.uri)) {
      // Its diagnostics stay, now from the file on disk.
      if (/redirects\.yml$/.test(e.document.uri)) invalidateDocset(e.document.uri);
      void validateDocsets();
      return;
    }
    void publisher.clear(e.document.uri);
  });

  documents.listen(connection);
  connection.listen();
}
