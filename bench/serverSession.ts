// The built language server (dist/server.js) as the editor runs it: a child process spoken to over stdio. For
// the start-up, cold index and memory figures, measured on the real server process.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER_EXEC_ARGV } from '../server/src/node/launchFlags';

export interface IndexReady {
  /** When the log line came, from the spawn (ms). */
  at: number;
  /** The build time the server logged (ms). */
  buildMs: number;
  /** The server's heap when it logged it (MB), if it said. */
  heapMB?: number;
  message: string;
}

export class ServerSession {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  /** performance.now() when the process was spawned. */
  readonly spawnedAt = performance.now();
  readonly indexReady: Promise<IndexReady>;
  private waiting = new Map<string, () => void>();
  /** Called on every publishDiagnostics notification (the bench's latency and size figures). */
  readonly publishListeners = new Set<(p: { uri: string; version?: number; diagnostics: unknown[] }) => void>();

  constructor(dist: string) {
    // Started as the desktop client starts it (its flags), plus SERVER_NODE_ARGS: extra node flags for the server
    // process (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, or a flag to compare with).
    const flags = process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    this.proc = spawn(process.execPath, [...SERVER_EXEC_ARGV, ...flags, join(dist, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      for (const l of this.publishListeners) l(p);
      const w = this.waiting.get(p.uri);
      this.waiting.delete(p.uri);
      w?.();
    });
    this.indexReady = new Promise((resolve) => {
      this.conn.onNotification('window/logMessage', (p: { message: string }) => {
        if (!p.message.startsWith('index ready')) return;
        const heap = /heap (\d+) MB/.exec(p.message);
        resolve({ at: this.elapsed(), buildMs: Number(/ in (\d+) ms/.exec(p.message)?.[1] ?? NaN), heapMB: heap ? Number(heap[1]) : undefined, message: p.message });
      });
    });
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.listen();
  }

  elapsed(): number {
    return performance.now() - this.spawnedAt;
  }

  async initialize(root: string, initializationOptions?: Record<string, unknown>): Promise<void> {
    const rootUri = pathToFileURL(root).toString();
    await this.conn.sendRequest('initialize', {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }], initializationOptions,
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.conn.sendNotification('initialized', {});
  }

  /** Opens a page and resolves when its first diagnostics arrive. */
  async open(path: string): Promise<void> {
    const uri = pathToFileURL(path).toString();
    const published = new Promise<void>((resolve) => this.waiting.set(uri, resolve));
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(path, 'utf8') } });
    await published;
  }

  /** Resident memory of the server process now and at its peak (MB), from /proc (Linux). */
  memory(): { rssMB: number; peakMB: number } | undefined {
    try {
      const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
      return { rssMB: kb('VmRSS') / 1024, peakMB: kb('VmHWM') / 1024 };
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    const exited = new Promise((resolve) => this.proc.once('exit', resolve));
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch { /* already gone */ }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    this.conn.dispose();
    this.proc.kill();
  }
}
