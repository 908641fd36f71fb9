// Soak: drives the built server over stdio through many random edits across 50 corpus pages, each edit
// waited for until its diagnostics arrive; prints the server's memory after warm-up and at the end, and the
// latency percentiles. `npm run soak` (EDITS=10000 by default; PAGES=50).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { CORPUS, markdownFiles } from './corpus';
import { line, median, percentile } from './stats';

const EDITS = Number(process.env.EDITS ?? 10_000);
const PAGES = Number(process.env.PAGES ?? 50);

function rssMB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** Deterministic pseudo-random numbers (the same soak every run). */
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

async function main(): Promise<void> {
  const files = markdownFiles(CORPUS).filter((f) => !f.endsWith('api-reference.md')).slice(0, PAGES);
  const proc = spawn(process.execPath, [join(__dirname, '..', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const waiting = new Map<string, { version: number; resolve: () => void }>();
  conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number }) => {
    const w = waiting.get(p.uri);
    if (w && p.version === w.version) w.resolve();
  });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.listen();
  const rootUri = pathToFileURL(CORPUS).toString();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'corpus' }], capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }, initializationOptions: { debounceMs: 0 } });
  await conn.sendNotification('initialized', {});
  const docs = files.map((f) => ({ uri: pathToFileURL(f).toString(), text: readFileSync(f, 'utf8'), version: 1 }));
  for (const d of docs) await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: d.uri, languageId: 'markdown', version: 1, text: d.text } });
  const rand = rng(42);
  const snippets = ['x', ' {{ech}} ', '\n', '[l](other.md#a)', '$$$a$$$', ':::{note}\n', '\n:::\n', '% - [ ] a.md\n', '`', '|', ''];
  const latencies: number[] = [];
  let warm = 0;
  for (let i = 0; i < EDITS; i++) {
    const d = docs[Math.floor(rand() * docs.length)];
    const at = Math.floor(rand() * d.text.length);
    const del = rand() < 0.5 ? 0 : Math.floor(rand() * 10);
    const ins = snippets[Math.floor(rand() * snippets.length)];
    const before = d.text.slice(0, at);
    const startLine = before.split('\n').length - 1;
    const startChar = at - (before.lastIndexOf('\n') + 1);
    const removed = d.text.slice(at, at + del);
    const endLine = startLine + removed.split('\n').length - 1;
    const endChar = removed.includes('\n') ? removed.length - removed.lastIndexOf('\n') - 1 : startChar + removed.length;
    d.text = before + ins + d.text.slice(at + del);
    d.version++;
    const t = performance.now();
    const done = new Promise<void>((resolve) => waiting.set(d.uri, { version: d.version, resolve }));
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri: d.uri, version: d.version }, contentChanges: [{ range: { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } }, text: ins }] });
    await done;
    latencies.push(performance.now() - t);
    if (i === Math.floor(EDITS / 10)) warm = rssMB(proc.pid!);
  }
  const end = rssMB(proc.pid!);
  line('soak', `${EDITS} edits across ${docs.length} pages`);
  line('  server RSS after warm-up (10% of edits) → at the end', `${warm.toFixed(0)} MB → ${end.toFixed(0)} MB (${(((end - warm) / warm) * 100).toFixed(1)}%)`, 'growth <= 10%');
  line('  edit → diagnostics latency', `p50 ${median(latencies).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);
  conn.dispose();
  proc.kill();
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
