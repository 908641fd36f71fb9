// The web build of the language server (dist/browser/server.js) in a real browser: headless Debian chromium,
// driven by playwright-core, loads a page from a local HTTP server; the page starts the server in a Worker and
// passes LSP messages between it (postMessage) and this test (the JSON-RPC client, here in Node). The test is
// the editor: it answers the server's elasticDocs/fs/* requests from an in-memory docset on a github.dev-like
// `vscode-vfs:` workspace, opens the seed page, and checks diagnostics, a hover, completion, link validation,
// navigation and the migration request. Env: CHROMIUM_PATH (default /usr/bin/chromium).
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import {
  AbstractMessageReader, AbstractMessageWriter, createMessageConnection,
  type DataCallback, type Disposable, type Message, type MessageConnection, type MessageReader, type MessageWriter,
} from 'vscode-jsonrpc/node';
import { FS_READ_DIRECTORY, FS_READ_FILE, FS_STAT, MIGRATION_ITEMS, type FsParams, type MigrationItemsResult } from '../../server/src/protocol';
import { MemoryWorkspace } from '../../server/src/workspace';
import { REPO, sharedFile } from '../paths';

const BROWSER_DIST = join(__dirname, '..', '..', 'browser');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ROOT = 'vscode-vfs://github/elastic/docs-content';
const PAGE = `${ROOT}/docs/security.md`;
const OTHER = `${ROOT}/docs/other.md`;
const DOCSET = `${ROOT}/docs/docset.yml`;

const HTML = `<!doctype html><meta charset="utf-8"><title>elastic-docs web worker</title><link rel="icon" href="data:,"><script>
const worker = new Worker('/browser/server.js');
worker.onmessage = (e) => window.fromWorker(e.data);
worker.onerror = (e) => window.workerError(String(e.message) + ' at ' + e.filename + ':' + e.lineno);
worker.onmessageerror = () => window.workerError('messageerror');
window.toWorker = (m) => worker.postMessage(m);
</script>`;

interface Pos { line: number; character: number }
interface Range { start: Pos; end: Pos }
interface Published { uri: string; version?: number; diagnostics: { code: string; message: string; range: Range }[] }

/** Messages from the worker, as the page hands them over. */
class PageReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  private early: Message[] = [];
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    for (const m of this.early.splice(0)) callback(m);
    return { dispose: () => { this.callback = undefined; } };
  }
  deliver(m: Message): void {
    if (this.callback) this.callback(m);
    else this.early.push(m);
  }
}

/** Messages to the worker, in order, through the page's postMessage. */
class PageWriter extends AbstractMessageWriter implements MessageWriter {
  private chain: Promise<void> = Promise.resolve();
  constructor(private readonly page: Page) { super(); }
  write(m: Message): Promise<void> {
    this.chain = this.chain.then(() => this.page.evaluate((msg) => (globalThis as unknown as { toWorker(x: unknown): void }).toWorker(msg), m as unknown as Record<string, unknown>));
    return this.chain;
  }
  end(): void {}
}

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(HTML);
    const m = /^\/browser\/(server\.js(?:\.map)?)$/.exec(path);
    if (m && existsSync(join(BROWSER_DIST, m[1]))) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(BROWSER_DIST, m[1])));
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function sizes(t: TestContext): void {
  for (const f of ['server.js', 'client.js']) {
    const p = join(BROWSER_DIST, f);
    const bytes = statSync(p).size;
    t.diagnostic(`bundle dist/browser/${f}: ${(bytes / 1024).toFixed(0)} KiB (${(gzipSync(readFileSync(p)).length / 1024).toFixed(0)} KiB gzipped)`);
  }
}

test('web worker: the browser bundle of the server answers LSP in headless chromium over an in-memory vscode-vfs: docset', { timeout: 90_000 }, async (t) => {
  assert.ok(existsSync(join(BROWSER_DIST, 'server.js')), `no browser bundle at ${BROWSER_DIST}: run scripts/build.mjs first`);
  sizes(t);
  assert.ok(existsSync(CHROMIUM), `no chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);

  const seed = sharedFile('samples/security.md');
  const files = new MemoryWorkspace({
    'docs/docset.yml': 'project: Security\nsubs:\n  ech: "Elastic Cloud Hosted"\n',
    'docs/security.md': seed,
    'docs/other.md': '# Other page\n\nIntro.\n\n## Encryption at rest\n\nText.\n',
  }, [ROOT]);

  const http = await serve();
  t.after(() => http.close());
  const { chromium } = createRequire(join(REPO, 'package.json'))('playwright-core') as typeof import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (e) {
    throw new Error(`chromium (${CHROMIUM}) did not start: ${e instanceof Error ? e.message : String(e)}`);
  }
  t.after(() => browser.close());
  const page = await browser.newPage();
  // Any error in the page or the worker fails the test at once (a broken bundle never answers).
  const errors: string[] = [];
  let broke: (e: Error) => void = () => undefined;
  const broken = new Promise<never>((_, reject) => { broke = reject; });
  broken.catch(() => undefined);
  const fail = (m: string) => { errors.push(m); broke(new Error(`${m}\n${errors.join('\n')}`)); };
  page.on('pageerror', (e) => fail(`page: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') fail(`console: ${m.text()}`); });

  const reader = new PageReader();
  await page.exposeFunction('fromWorker', (m: Message) => reader.deliver(m));
  await page.exposeFunction('workerError', (m: string) => fail(`worker: ${m}`));
  await page.goto(`http://127.0.0.1:${(http.address() as AddressInfo).port}/`);

  // ---- the editor's side: configuration, progress, and the files, from memory.
  const conn: MessageConnection = createMessageConnection(reader, new PageWriter(page));
  const published = new Map<string, Published>();
  const logs: string[] = [];
  const asked: string[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: Published) => { published.set(p.uri, p); });
  conn.onNotification('window/logMessage', (p: { message: string }) => { logs.push(p.message); });
  conn.onNotification('$/progress', () => undefined);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest(FS_READ_FILE, async (p: FsParams) => { asked.push(`readFile ${p.uri}`); return (await files.readFile(p.uri)) ?? null; });
  conn.onRequest(FS_STAT, async (p: FsParams) => { asked.push(`stat ${p.uri}`); return (await files.stat(p.uri)) ?? null; });
  conn.onRequest(FS_READ_DIRECTORY, async (p: FsParams) => {
    asked.push(`readDirectory ${p.uri}`);
    return (await files.stat(p.uri))?.type === 'directory' ? files.readDirectory(p.uri) : null;
  });
  conn.listen();
  t.after(() => conn.dispose());

  /** A request to the worker; rejects on a page or worker error, or after 20 s. */
  const ask = <T>(method: string, params: unknown): Promise<T> => Promise.race([
    conn.sendRequest<T>(method, params),
    broken,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer to ${method} in 20 s\nlogs: ${logs.join('\n')}`)), 20_000).unref()),
  ]);
  const until = async <T>(what: string, get: () => T | undefined, ms = 20_000): Promise<T> => {
    const end = Date.now() + ms;
    for (;;) {
      const v = get();
      if (v !== undefined) return v;
      if (errors.length > 0 || Date.now() > end) throw new Error(`timed out waiting for ${what}\nlogs: ${logs.join('\n')}\nerrors: ${errors.join('\n')}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };
  const diagnosticsOf = (uri: string, pred: (p: Published) => boolean) => until(`diagnostics of ${uri}`, () => { const p = published.get(uri); return p && pred(p) ? p : undefined; });

  const init = (await ask('initialize', {
    processId: null, rootUri: ROOT, workspaceFolders: [{ uri: ROOT, name: 'docs-content' }],
    capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  })) as { capabilities: { hoverProvider?: boolean }; serverInfo?: { name: string } };
  assert.equal(init.serverInfo?.name, 'elastic-docs-language-server');
  assert.equal(init.capabilities.hoverProvider, true);
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: PAGE, languageId: 'markdown', version: 1, text: seed } });
  await until('the index', () => logs.find((l) => l.startsWith('index ready')));

  // Diagnostics: the ten unchecked migration items; {{ech}} is defined by the docset read through the client.
  const first = await diagnosticsOf(PAGE, (p) => p.diagnostics.some((d) => d.code === 'migration.unchecked'));
  assert.equal(first.diagnostics.filter((d) => d.code === 'migration.unchecked').length, 10);
  assert.deepEqual(first.diagnostics.filter((d) => d.code === 'sub.undefined'), []);
  assert.ok(asked.includes(`readFile ${DOCSET}`), `the docset was read through the client: ${asked.join(', ')}`);
  assert.ok(asked.includes(`readDirectory ${ROOT}/docs`), 'the index listed the folder through the client');

  // Hover on {{ech}} (in the page's first comment).
  const lines = seed.split('\n');
  const echLine = lines.findIndex((l) => l.includes('{{ech}}'));
  const hover = (await ask('textDocument/hover', { textDocument: { uri: PAGE }, position: { line: echLine, character: lines[echLine].indexOf('{{ech}}') + 3 } })) as { contents: { value: string } } | null;
  assert.ok(hover, 'a hover on {{ech}}');
  assert.ok(hover.contents.value.includes('Elastic Cloud Hosted'), `hover: ${JSON.stringify(hover)}`);
  // The definition is linked on the virtual file system.
  assert.equal(hover.contents.value, `**ech** → \`Elastic Cloud Hosted\`\n\nDefined in [\`docset.yml\`](${DOCSET}#L3), line 3.`);

  // Completion after `{{` on a new last line.
  const last = lines.length - 1;
  await conn.sendNotification('textDocument/didChange', { textDocument: { uri: PAGE, version: 2 }, contentChanges: [{ range: { start: { line: last, character: 0 }, end: { line: last, character: 0 } }, text: '\n{{' }] });
  const items = (await ask('textDocument/completion', { textDocument: { uri: PAGE }, position: { line: last + 1, character: 2 }, context: { triggerKind: 2, triggerCharacter: '{' } })) as { label: string }[] | { items: { label: string }[] };
  const labels = (Array.isArray(items) ? items : items.items).map((i) => i.label);
  assert.ok(labels.includes('ech'), `completion labels: ${labels.join(', ')}`);

  // Link validation and navigation across the virtual workspace: a good and a broken anchor in other.md.
  const links = '[good](other.md#encryption-at-rest) and [bad](other.md#no-such-part)';
  await conn.sendNotification('textDocument/didChange', { textDocument: { uri: PAGE, version: 3 }, contentChanges: [{ range: { start: { line: last + 1, character: 0 }, end: { line: last + 1, character: 2 } }, text: links }] });
  const third = await diagnosticsOf(PAGE, (p) => p.version === 3);
  assert.deepEqual(third.diagnostics.filter((d) => d.range.start.line === last + 1).map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]), [
    ['link.no-such-anchor', last + 1, links.indexOf('no-such-part'), '`no-such-part` does not exist in other.md.'],
  ]);
  const def = (await ask('textDocument/definition', { textDocument: { uri: PAGE }, position: { line: last + 1, character: links.indexOf('encryption') } })) as { uri?: string; targetUri?: string; range?: Range; targetRange?: Range }[];
  assert.deepEqual(def.map((l) => [l.uri ?? l.targetUri, (l.range ?? l.targetRange)?.start.line]), [[OTHER, 4]]);

  // The migration view's data comes from the worker too.
  const migration = (await ask(MIGRATION_ITEMS, {})) as MigrationItemsResult;
  assert.deepEqual(migration.pages.map((p) => [p.uri, p.open, p.total]), [[PAGE, 10, 10]]);

  await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
  await conn.sendNotification('exit');
  assert.deepEqual(errors, []);
});
