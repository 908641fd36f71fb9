// A minimal LSP client for protocol tests: starts the built server (dist/server.js) over stdio.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { code: string; message: string; severity: number; source: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[];
}

export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly published = new Map<string, PublishedDiagnostics>();
  /** Every publish, in order. */
  readonly history: PublishedDiagnostics[] = [];
  private waiters: (() => void)[] = [];
  settings: Record<string, unknown> = {};
  stderr = '';
  logs: string[] = [];

  constructor() {
    this.proc = spawn(process.execPath, [join(__dirname, '..', '..', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => (this.stderr += String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.set(p.uri, p);
      this.history.push(p);
      for (const w of this.waiters.splice(0)) w();
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => { this.logs.push(p.message); });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.listen();
  }

  async initialize(rootUri: string): Promise<unknown> {
    const r = await this.conn.sendRequest('initialize', {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }],
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.conn.sendNotification('initialized', {});
    return r;
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Waits (bounded) until `pred` holds for the diagnostics published for `uri`. */
  async diagnostics(uri: string, pred: (p: PublishedDiagnostics) => boolean = () => true, timeoutMs = 10000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.published.get(uri);
      if (p && pred(p)) return p;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(p?.diagnostics.map((d) => d.code))}\n${this.stderr}`);
      await new Promise<void>((res) => {
        const t = setTimeout(res, left);
        this.waiters.push(() => { clearTimeout(t); res(); });
      });
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch { /* already gone */ }
    this.conn.dispose();
    this.proc.kill();
  }
}
