// Issue 8's figures: a ~3,000-page workspace (the corpus ×10), whole-process `check`, server start → first
// diagnostics, index build, memory, latencies while everything is indexed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { DEFAULT_CONFIG } from '../server/src/config';
import { fileUri, NodeWorkspace } from '../server/src/node/nodeWorkspace';
import { LanguageService } from '../server/src/service';
import { BIG_PAGE, largeWorkspace, markdownFiles } from './corpus';
import { fmt, line, median, percentile, timeRuns } from './stats';

const DIST = join(__dirname, '..');

/** Whole-process wall times of `argv` (median of `runs`), with the last run's output. */
function processTimes(argv: string[], runs: number): { times: number[]; stdout: string; stderr: string } {
  const times: number[] = [];
  let stdout = '';
  let stderr = '';
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
    times.push(performance.now() - t);
    stdout = r.stdout;
    stderr = r.stderr;
  }
  return { times, stdout, stderr };
}

/**
 * Cold `check` of the workspace as a whole process (worker threads, and in one thread), then VS Code's Markdown
 * link validation (vscode-markdown-languageservice) on the same files, also as a whole process: the ratio.
 */
export function checkProcess(root: string, runs = 5): void {
  const cli = join(DIST, 'cli.js');
  const threaded = processTimes([cli, 'check', root, '--format', 'text', '--stats'], runs);
  line('cold `check` of the workspace, whole process', fmt(threaded.times, 'ms', 0), '< 1000 ms');
  line('  last run', `${threaded.stdout.trim().split('\n').pop()} | ${threaded.stderr.trim().split('\n').pop()}`);
  const single = processTimes([cli, 'check', root, '--format', 'text', '--stats', '--jobs', '0'], 3);
  line('  the same in one thread (--jobs 0)', fmt(single.times, 'ms', 0));
  line('  last run', single.stderr.trim().split('\n').pop() ?? '');
  const vs = processTimes([join(DIST, 'bench', 'markdownServiceMain.js'), root], Number(process.env.MD_RUNS ?? 3));
  const last = vs.stdout.trim() ? (JSON.parse(vs.stdout.trim().split('\n').pop()!) as { files: number; diagnostics: number; ms: number }) : undefined;
  line("VS Code's Markdown service, link validation, whole process", fmt(vs.times, 'ms', 0));
  if (last) line('  last run', `${last.files} files, ${last.diagnostics} diagnostics, ${last.ms.toFixed(0)} ms inside the process`);
  line('  ratio (median, Markdown service / `check`)', `${(median(vs.times) / median(threaded.times)).toFixed(1)}×`, '>= 10×');
}

/** Spawns the server, opens one page right after `initialized`, times until its first diagnostics. */
export async function firstDiagnostics(root: string, page: string, runs = 3): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const proc = spawn(process.execPath, [join(DIST, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const uri = pathToFileURL(page).toString();
    const got = new Promise<void>((res) => conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => { if (p.uri === uri) res(); }));
    conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('client/registerCapability', () => null);
    conn.listen();
    const rootUri = pathToFileURL(root).toString();
    await conn.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }], capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } } });
    await conn.sendNotification('initialized', {});
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(page, 'utf8') } });
    await got;
    times.push(performance.now() - t);
    conn.dispose();
    proc.kill();
  }
  line('server start → first diagnostics of an opened page', fmt(times, 'ms', 0), '< 300 ms');
}

export async function indexed(root: string): Promise<LanguageService> {
  const times: number[] = [];
  let ls: LanguageService | undefined;
  for (let i = 0; i < 3; i++) {
    ls = new LanguageService({ workspace: new NodeWorkspace([fileUri(root)]), config: DEFAULT_CONFIG });
    const t = performance.now();
    await ls.index.build();
    times.push(performance.now() - t);
  }
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  line(`index build (${ls!.index.pages.size} pages)`, fmt(times, 'ms', 0));
  line('heap / RSS with the workspace indexed (this process)', `${(m.heapUsed / 1e6).toFixed(0)} MB heap, ${(m.rss / 1e6).toFixed(0)} MB RSS`, 'RSS < 150 MB');
  return ls!;
}

export async function editLatency(ls: LanguageService, name: string, path: string, target: string): Promise<void> {
  const uri = fileUri(path);
  let text = readFileSync(path, 'utf8');
  await ls.diagnostics({ uri, version: 0, text });
  const times: number[] = [];
  for (let v = 1; v <= 60; v++) {
    // Type one character inside a line (after its first space), a different line each time.
    const lineStart = text.indexOf('\n', Math.floor((text.length * ((v * 37) % 100)) / 100)) + 1 || 0;
    const space = text.indexOf(' ', lineStart);
    const at = space > 0 && space < text.indexOf('\n', lineStart) ? space + 1 : lineStart;
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    const t = performance.now();
    await ls.diagnostics({ uri, version: v, text });
    times.push(performance.now() - t);
  }
  line(`didChange→diagnostics p50/p95, ${name}`, `p50 ${median(times).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}, n=${times.length})`, target);
}

export async function completionLatency(ls: LanguageService, path: string): Promise<void> {
  const uri = fileUri(path);
  const base = readFileSync(path, 'utf8');
  for (const [label, typed] of [['after `{{`', 'See {{'], ['after `](other.md#`', 'See [x](index.md#'], ['after `](#`', 'See [x](#']] as const) {
    const text = `${base}\n${typed}`;
    const doc = { uri, version: 1, text };
    const pos = ls.page(doc).lines.positionAt(text.length);
    let count = 0;
    const times = await timeRuns(20, async () => { count = (await ls.completion(doc, pos, {})).length; });
    line(`completion ${label} (${count} items)`, fmt(times.slice(1), 'ms', 2), '< 20 ms');
  }
}

export async function workspaceSymbols(ls: LanguageService): Promise<void> {
  let n = 0;
  const times = await timeRuns(10, async () => { n = (await ls.workspaceSymbols('instal')).length; });
  line(`workspace symbols 'instal' (${n} results)`, fmt(times, 'ms', 1));
}

/** A docset of `pages` pages that all use `{{product-name}}`: rename it. */
export async function renameLatency(pages: number, target: string): Promise<void> {
  const dir = join(tmpdir(), `edls-bench-rename-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'docset.yml'), 'subs:\n  product-name: "Elastic Docs"\n  other: x\n');
  for (let i = 0; i < pages; i++) writeFileSync(join(dir, `p${i}.md`), `# Page ${i}\n\n${'Use {{product-name}} here and {{ Product-Name | lc }} there.\n\n'.repeat(5)}`);
  const ls = new LanguageService({ workspace: new NodeWorkspace([fileUri(dir)]), config: DEFAULT_CONFIG });
  await ls.index.build();
  const path = join(dir, 'p0.md');
  const text = readFileSync(path, 'utf8');
  const doc = { uri: fileUri(path), version: 1, text };
  const pos = ls.page(doc).lines.positionAt(text.indexOf('product-name') + 2);
  let edits = 0;
  const times = await timeRuns(7, async () => {
    const e = await ls.rename(doc, pos, 'product-title');
    edits = Object.values(e?.changes ?? {}).reduce((n, x) => n + x.length, 0) + (e?.documentChanges?.length ?? 0);
  });
  line(`rename a substitution used in ${pages} pages (${edits} edits)`, fmt(times, 'ms', 1), target);
}

export function markdownFilesCount(root: string): number {
  return markdownFiles(root).length;
}

export { BIG_PAGE, largeWorkspace };
