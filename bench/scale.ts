// Issue 8's figures: a ~3,000-page workspace (the corpus ×10), whole-process `check`, server start → first
// diagnostics, index build, memory, latencies while everything is indexed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../server/src/config';
import { fileUri, NodeWorkspace } from '../server/src/node/nodeWorkspace';
import { LanguageService } from '../server/src/service';
import { checkFiles } from '../server/src/node/checkRun';
import { BIG_PAGE, largeWorkspace, markdownFiles } from './corpus';
import { ServerSession } from './serverSession';
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
 * Cold `check` of the workspace as a whole process (as run by default, then with two worker threads), then VS Code's
 * Markdown link validation (vscode-markdown-languageservice) on the same files, also as a whole process: the ratio.
 */
export function checkProcess(root: string, runs = 5): void {
  const cli = join(DIST, 'cli.js');
  const standard = processTimes([cli, 'check', root, '--format', 'text', '--stats'], runs);
  line('cold `check` of the workspace, whole process', fmt(standard.times, 'ms', 0), '< 1000 ms');
  line('  last run', `${standard.stdout.trim().split('\n').pop()} | ${standard.stderr.trim().split('\n').pop()}`);
  const threads = processTimes([cli, 'check', root, '--format', 'text', '--stats', '--jobs', '2'], 3);
  line('  the same with two worker threads (--jobs 2)', fmt(threads.times, 'ms', 0));
  line('  last run', threads.stderr.trim().split('\n').pop() ?? '');
  const vs = processTimes([join(DIST, 'bench', 'markdownServiceMain.js'), root], Number(process.env.MD_RUNS ?? 3));
  const last = vs.stdout.trim() ? (JSON.parse(vs.stdout.trim().split('\n').pop()!) as { files: number; diagnostics: number; ms: number }) : undefined;
  if (!last) {
    // (It needs vscode-markdown-languageservice from the repository's node_modules: run the bench from dist/.)
    line("VS Code's Markdown service, link validation, whole process", `could not run: ${vs.stderr.trim().split('\n')[0]}`);
    return;
  }
  line("VS Code's Markdown service, link validation, whole process", fmt(vs.times, 'ms', 0));
  for (const mode of ['markdown-it', 'floor']) {
    const r = processTimes([join(DIST, 'bench', 'floorMain.js'), mode, root], runs);
    const what = mode === 'floor' ? 'the floor: list, read, one regex per page' : 'markdown-it parsing every page (no checks)';
    line(`  ${what}, whole process`, `${fmt(r.times, 'ms', 0)}; \`check\` is ${(median(standard.times) / median(r.times)).toFixed(1)}× this`);
  }
  line('  last run', `${last.files} files, ${last.diagnostics} diagnostics, ${last.ms.toFixed(0)} ms inside the process`);
  line('  ratio (median, Markdown service / `check` as run by default)', `${(median(vs.times) / median(standard.times)).toFixed(1)}×`, '>= 10×');
}

/**
 * The same check in this process, three times over (a new service each time, the code already loaded): the first run
 * is as cold as the whole process's; the next ones show what V8's warm-up (interpreter → optimized code) costs.
 */
export async function checkInProcess(root: string): Promise<void> {
  const scans: number[] = [];
  const walls: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const ws = new NodeWorkspace([fileUri(root)], { sync: true });
    const service = new LanguageService({ workspace: ws, config: DEFAULT_CONFIG, indexDocuments: false });
    const t = performance.now();
    const files = await service.index.listMarkdown();
    const out = await checkFiles(files, ws, service, undefined);
    walls.push(performance.now() - t);
    scans.push(out.times.scanMs);
    bytes = out.pages.reduce((n, p) => n + p.size, 0);
  }
  const mbs = (ms: number) => `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;
  line('`check` in this process: first run (cold code)', `${walls[0].toFixed(0)} ms, scan ${scans[0].toFixed(0)} ms = ${mbs(scans[0])}`);
  line('  the same again, code warm (runs 2 and 3)', `${walls.slice(1).map((w) => w.toFixed(0)).join(' / ')} ms, scan ${scans.slice(1).map((s) => mbs(s)).join(' / ')}`, 'scan >= 60 MB/s');
}

/**
 * The real server process (dist/server.js over stdio), as the editor starts it on the workspace: spawn →
 * initialize → initialized → didOpen of one page, timed until that page's first diagnostics; the index build time
 * the server logs; its heap (logged) and resident memory (/proc) once the workspace is indexed, with that page
 * open. Then, in other runs, pages opened one after the other while the cold index builds: didOpen→diagnostics.
 */
export async function firstDiagnostics(root: string, page: string, runs = 5): Promise<void> {
  const first: number[] = [];
  const build: number[] = [];
  const rss: number[] = [];
  const peak: number[] = [];
  const heap: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = new ServerSession(DIST);
    await s.initialize(root);
    await s.open(page);
    first.push(s.elapsed());
    const ready = await s.indexReady;
    build.push(ready.buildMs);
    if (ready.heapMB !== undefined) heap.push(ready.heapMB);
    // Settle: the index workers end, the last diagnostics are published.
    await new Promise((r) => setTimeout(r, 2000));
    const m = s.memory();
    if (m) {
      rss.push(m.rssMB);
      peak.push(m.peakMB);
    }
    await s.stop();
  }
  line('server start → first diagnostics of an opened page', fmt(first, 'ms', 0), '< 300 ms');
  line('index build in the server (its log)', fmt(build, 'ms', 0));
  if (rss.length) line('server RSS, workspace indexed, 1 page open (+2 s)', fmt(rss, 'MB', 0), 'RSS < 150 MB');
  if (peak.length) line('  peak RSS of the server process', fmt(peak, 'MB', 0));
  if (heap.length) line('  server heap when the index is ready (its log)', fmt(heap, 'MB', 0));
  await openDuringIndex(root, 3);
}

/** Pages opened one after the other (50 ms apart) while the server builds its cold index: didOpen→diagnostics. */
export async function openDuringIndex(root: string, runs: number): Promise<void> {
  const files = markdownFiles(root).sort();
  const sample = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / 40)) === 0);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = new ServerSession(DIST);
    let ready = false;
    void s.indexReady.then(() => (ready = true));
    await s.initialize(root);
    for (const f of sample) {
      const t = performance.now();
      await s.open(f);
      if (ready) break;
      times.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
    await s.indexReady;
    await s.stop();
  }
  if (times.length) line('didOpen→diagnostics while the cold index builds', `p50 ${median(times).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, n=${times.length})`);
}

/** The pure service indexed in this process (3 builds), for the latency figures that follow. */
export async function indexed(root: string): Promise<LanguageService> {
  const times: number[] = [];
  let ls: LanguageService | undefined;
  for (let i = 0; i < 3; i++) {
    ls = new LanguageService({ workspace: new NodeWorkspace([fileUri(root)]), config: DEFAULT_CONFIG });
    const t = performance.now();
    await ls.index.build();
    times.push(performance.now() - t);
  }
  line(`index build in-process, no workers (${ls!.index.pages.size} pages)`, fmt(times, 'ms', 0));
  return ls!;
}

/**
 * didChange→diagnostics of an open page: one character typed at a time, on a different line each time (the whole
 * new text per version, as the editor sends it). Rounds of 60 timed edits after 5 untimed ones (the editor's
 * steady state: its code warm, the garbage the benchmark made before collected); p50 and p95 of each round, and
 * their median (min–max) over the rounds.
 */
export async function editLatency(ls: LanguageService, name: string, path: string, target: string, rounds = 3): Promise<void> {
  const uri = fileUri(path);
  let text = readFileSync(path, 'utf8');
  let version = 0;
  await ls.diagnostics({ uri, version, text });
  const edit = async (): Promise<number> => {
    // Type one character inside a line (after its first space), a different line each time.
    const v = ++version;
    const lineStart = text.indexOf('\n', Math.floor((text.length * ((v * 37) % 100)) / 100)) + 1 || 0;
    const space = text.indexOf(' ', lineStart);
    const at = space > 0 && space < text.indexOf('\n', lineStart) ? space + 1 : lineStart;
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    const t = performance.now();
    await ls.diagnostics({ uri, version: v, text });
    return performance.now() - t;
  };
  for (let i = 0; i < 5; i++) await edit();
  (globalThis as { gc?: () => void }).gc?.();
  const p50: number[] = [];
  const p95: number[] = [];
  const all: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const times: number[] = [];
    for (let i = 0; i < 60; i++) times.push(await edit());
    p50.push(median(times));
    p95.push(percentile(times, 95));
    all.push(...times);
  }
  const m = (xs: number[]) => `${median(xs).toFixed(2)} ms (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;
  line(`didChange→diagnostics p50/p95, ${name}`, `p50 ${m(p50)}, p95 ${m(p95)}; ${rounds}×60 edits, max ${Math.max(...all).toFixed(1)} ms`, target);
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
