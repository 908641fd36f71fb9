// The language server for Node: wiring only. Gets the document, bails out if missing, delegates to the
// language service, and turns its results into LSP. Every handler is safe (logs with the URI, answers empty).
import {
  createConnection, DidChangeConfigurationNotification, FileChangeType, ProposedFeatures, TextDocuments,
  TextDocumentSyncKind, type Connection, type Diagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveConfig } from './config';
import { NodeWorkspace } from './node/nodeWorkspace';
import { LanguageService } from './service';
import { DIAGNOSTIC_SOURCE, type DocDiagnostic } from './types';
import type { Logger } from './workspace';

const DEBOUNCE_MS = 60;

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const logger: Logger = {
  info: (m) => connection.console.info(m),
  warn: (m) => connection.console.warn(m),
  error: (m) => connection.console.error(m),
};
const workspace = new NodeWorkspace([]);
const service = new LanguageService({ workspace, logger });
const timers = new Map<string, ReturnType<typeof setTimeout>>();
let canPullConfig = false;
let canWatchFolders = false;

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

function toLsp(d: DocDiagnostic): Diagnostic {
  return { range: d.range, severity: SEVERITY[d.severity], code: d.code, source: DIAGNOSTIC_SOURCE, message: d.message, data: d.data };
}

/** Runs a handler; on an exception logs it with the URI and returns `empty`. */
export async function runSafe<T>(uri: string, what: string, empty: T, fn: () => T | Promise<T>): Promise<T> {
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
  const diags = await runSafe(uri, 'diagnostics', [] as DocDiagnostic[], () => (service.config.enable ? service.diagnostics(doc) : []));
  // Drop stale results: the document changed (or closed) while we worked.
  const now = documents.get(uri);
  if (!now || now.version !== doc.version) return;
  await connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diags.map(toLsp) });
}

function schedule(uri: string, delay = DEBOUNCE_MS): void {
  const t = timers.get(uri);
  if (t) clearTimeout(t);
  timers.set(uri, setTimeout(() => {
    timers.delete(uri);
    void validate(uri);
  }, delay));
}

function revalidateAll(): void {
  for (const d of documents.all()) schedule(d.uri);
}

async function pullConfig(): Promise<void> {
  if (!canPullConfig) return;
  const raw = await connection.workspace.getConfiguration({ section: 'elasticDocs' }).catch(() => undefined);
  service.config = resolveConfig(raw);
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const roots = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace.setRoots(roots);
  canPullConfig = !!params.capabilities.workspace?.configuration;
  canWatchFolders = !!params.capabilities.workspace?.workspaceFolders;
  service.config = resolveConfig(params.initializationOptions?.settings);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      workspace: { workspaceFolders: { supported: true, changeNotifications: canWatchFolders } },
    },
    serverInfo: { name: 'elastic-docs-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'elasticDocs' }).catch(() => undefined);
  if (canWatchFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const roots = new Set(workspace.roots());
      for (const r of e.removed) roots.delete(r.uri);
      for (const a of e.added) roots.add(a.uri);
      workspace.setRoots([...roots]);
      void runSafe('workspace', 'index', undefined, () => service.index.build());
    });
  }
  await pullConfig();
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  progress?.begin('Elastic Docs: indexing', 0, 'listing pages', false);
  const started = Date.now();
  await runSafe('workspace', 'index', undefined, () =>
    service.index.build({ report: (done, total) => progress?.report(Math.round((done / Math.max(1, total)) * 100), `${done}/${total} pages`) }),
  );
  progress?.done();
  logger.info(`index ready: ${service.index.pages.size} pages in ${Date.now() - started} ms`);
  revalidateAll();
});

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfig) await pullConfig();
  else service.config = resolveConfig(change.settings?.elasticDocs);
  revalidateAll();
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  let docsetChanged = false;
  for (const c of changes) {
    if (/\.ya?ml$/.test(c.uri)) {
      service.docsets.invalidate(c.uri);
      docsetChanged = true;
      continue;
    }
    if (documents.get(c.uri)) continue;
    if (c.type === FileChangeType.Deleted) service.index.remove(c.uri);
    else await service.index.refresh(c.uri);
  }
  if (docsetChanged || changes.length) revalidateAll();
});

documents.onDidOpen((e) => schedule(e.document.uri, 0));
documents.onDidChangeContent((e) => schedule(e.document.uri));
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  service.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

process.on('uncaughtException', (e) => logger.error(`uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => logger.error(`unhandled rejection: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));

documents.listen(connection);
connection.listen();
