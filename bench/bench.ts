// `npm run bench`: the figures the issues ask for, as medians of several runs (min–max). Never a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../server/src/config';
import { scanSummary } from '../server/src/index/summary';
import { parsePage } from '../server/src/model/page';
import { fileUri, NodeWorkspace } from '../server/src/node/nodeWorkspace';
import { LanguageService } from '../server/src/service';
import { BIG_PAGE, CORPUS, corpusTexts, pageNear } from './corpus';
import { fmt, line, timeRuns } from './stats';
import { hostile } from './hostile';
import { yamlBench } from './yaml';
import { serverLatency } from './serverLatency';
import { checkInProcess, checkProcess, completionLatency, editLatency, firstDiagnostics, indexed, largeWorkspace, markdownFilesCount, renameLatency, workspaceSymbols } from './scale';

const gc = (globalThis as { gc?: () => void }).gc;

async function throughput(): Promise<void> {
  const texts = corpusTexts();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  line('corpus', `${texts.length} pages, ${(bytes / 1e6).toFixed(2)} MB`);
  const full = await timeRuns(3, () => { for (const t of texts) parsePage(t.text, t.path); });
  line('full page model (blocks, inline, front matter YAML)', fmt(full.map((ms) => bytes / 1e6 / (ms / 1000)), 'MB/s'));
  const scan = await timeRuns(7, () => { for (const t of texts) scanSummary(t.path, t.text); });
  line('summary scanner (index, check)', fmt(scan.map((ms) => bytes / 1e6 / (ms / 1000)), 'MB/s'), '>= 50 MB/s');
}

async function coldIndex(): Promise<void> {
  const roots = ['docs-builder', 'ecs', 'elasticsearch-js'].map((s) => fileUri(join(CORPUS, s, 'docs')));
  let heap = 0;
  const runs = await timeRuns(5, async () => {
    const ls = new LanguageService({ workspace: new NodeWorkspace(roots), config: DEFAULT_CONFIG });
    await ls.index.build();
    gc?.();
    heap = process.memoryUsage().heapUsed;
    return ls;
  });
  line('cold index of the corpus (list, read, scan)', fmt(runs, 'ms'), '< 500 ms');
  line('heap after indexing the corpus', `${(heap / 1e6).toFixed(1)} MB${gc ? '' : ' (no --expose-gc)'}`);
}

async function didChange(name: string, path: string, target: string): Promise<void> {
  const ls = new LanguageService({ workspace: new NodeWorkspace([fileUri(join(path, '..'))]), config: DEFAULT_CONFIG });
  const t0 = performance.now();
  await ls.diagnostics({ uri: fileUri(path), version: 0, text: readFileSync(path, 'utf8') });
  line(`first open of the ${name} (full parse, diagnostics)`, `${(performance.now() - t0).toFixed(0)} ms`);
  await editLatency(ls, name, path, target);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const want = (s: string) => only.length === 0 || only.includes(s);
  process.stdout.write(`node ${process.version}, ${new Date().toISOString()}\n`);
  if (want('parse')) await throughput();
  if (want('index')) await coldIndex();
  if (want('change')) {
    await didChange('1.1 MB page', BIG_PAGE, 'p50 < 30 ms');
    await didChange('~20 KB page', pageNear(20_000).path, 'p50 < 5 ms');
  }
  if (want('hostile')) await hostile();
  if (want('yaml')) await yamlBench();
  if (want('rename')) {
    await renameLatency(50, '< 200 ms');
    await renameLatency(500, '');
  }
  if (want('links')) await warmCheck();
  if (want('scale')) {
    const root = largeWorkspace(10);
    line('large workspace', `${markdownFilesCount(root)} pages in ${root}`);
    checkProcess(root);
    await checkInProcess(root);
    const ls = await indexed(root);
    await firstDiagnostics(root, join(root, 'copy-9', 'docs-builder', 'docs', 'syntax', 'links.md'));
    await editLatency(ls, 'typical page (~20 KB) with the workspace indexed', pageNear(20_000).path, 'p95 < 5 ms');
    await editLatency(ls, '1.1 MB page with the workspace indexed', BIG_PAGE, 'p95 < 20 ms');
    await completionLatency(ls, join(root, 'copy-0', 'docs-builder', 'docs', 'syntax', 'links.md'));
    await workspaceSymbols(ls);
  }
  if (want('server')) {
    const root = largeWorkspace(10);
    line('live server over stdio', `${markdownFilesCount(root)} pages in ${root}`);
    await serverLatency(root);
  }
}

/** Every page of the corpus checked with the workspace indexed (every link validated), warm. */
async function warmCheck(): Promise<void> {
  const roots = ['docs-builder', 'ecs', 'elasticsearch-js'].map((s) => fileUri(join(CORPUS, s, 'docs')));
  const ws = new NodeWorkspace(roots);
  const ls = new LanguageService({ workspace: ws, config: DEFAULT_CONFIG });
  await ls.index.build();
  const docs = await Promise.all((await ls.index.listMarkdown()).map(async (uri) => ({ uri, version: 0, text: (await ws.readFile(uri))! })));
  let n = 0;
  const times = await timeRuns(5, async () => {
    n = 0;
    for (const d of docs) n += (await ls.diagnostics(d)).filter((x) => x.code.startsWith('link.')).length;
  });
  line(`all ${docs.length} corpus pages checked, every link validated (warm)`, fmt(times.slice(1), 'ms', 0), '< 1000 ms');
  line('  link diagnostics found', String(n));
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
