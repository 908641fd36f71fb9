// `npm run bench`: the figures the issues ask for, as medians of several runs (min–max). Never a test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../server/src/config';
import { scanSummary } from '../server/src/index/summary';
import { parsePage } from '../server/src/model/page';
import { fileUri, NodeWorkspace } from '../server/src/node/nodeWorkspace';
import { LanguageService } from '../server/src/service';
import { BIG_PAGE, CORPUS, corpusTexts, pageNear } from './corpus';
import { fmt, line, median, timeRuns } from './stats';

const gc = (globalThis as { gc?: () => void }).gc;

async function throughput(): Promise<void> {
  const texts = corpusTexts();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  line('corpus', `${texts.length} pages, ${(bytes / 1e6).toFixed(2)} MB`);
  const full = await timeRuns(3, () => { for (const t of texts) parsePage(t.text, t.path); });
  line('full model (block pass + remark per segment)', fmt(full.map((ms) => bytes / 1e6 / (ms / 1000)), 'MB/s'));
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
  const text0 = readFileSync(path, 'utf8');
  const root = fileUri(join(path, '..'));
  const ls = new LanguageService({ workspace: new NodeWorkspace([root]), config: DEFAULT_CONFIG });
  const uri = fileUri(path);
  const t0 = performance.now();
  await ls.diagnostics({ uri, version: 0, text: text0 });
  const open = performance.now() - t0;
  let text = text0;
  const times: number[] = [];
  for (let v = 1; v <= 30; v++) {
    // Type one character in the middle of the page (a different line each time).
    const at = text.indexOf('\n', Math.floor((text.length * ((v * 37) % 100)) / 100)) + 1 || 0;
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    const t = performance.now();
    await ls.diagnostics({ uri, version: v, text });
    times.push(performance.now() - t);
  }
  line(`didChange→diagnostics, ${name} (${(text0.length / 1024).toFixed(0)} KB)`, fmt(times, 'ms', 2), target);
  line(`  first open of that page (full parse)`, `${open.toFixed(0)} ms`);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const want = (s: string) => only.length === 0 || only.includes(s);
  process.stdout.write(`node ${process.version}, ${new Date().toISOString()}\n`);
  if (want('parse')) await throughput();
  if (want('index')) await coldIndex();
  if (want('change')) {
    await didChange('1.1 MB page', BIG_PAGE, '< 30 ms');
    await didChange('~20 KB page', pageNear(20_000).path, '< 5 ms');
  }
  void median;
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
