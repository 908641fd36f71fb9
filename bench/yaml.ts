// `bench yaml`: the `yaml` library's parseDocument against the fast path (parseDocumentFast, falling back to
// parseDocument) over every front matter of the corpus (the text parseFrontMatter parses) and every docset /
// redirects file: MB/s as medians of several runs (min–max), warm, and how many fall back; then one cold pass over
// the 10× workspace's YAML in a fresh process each (what a `check` sees: every text parsed once).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { scanBlocks } from '../server/src/model/blocks';
import { parseDocumentFast } from '../server/src/model/yamlFast';
import { CORPUS, largeWorkspace, markdownFiles } from './corpus';
import { fmt, line, timeRuns } from './stats';

const FRONT_MATTER = { prettyErrors: false, uniqueKeys: false };
const DOCSET = { uniqueKeys: false };

function docsetFiles(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) docsetFiles(p, out);
    else if (/^_?(docset|redirects)\.yml$/.test(n)) out.push(p);
  }
  return out;
}

async function compare(name: string, texts: string[], options: typeof DOCSET): Promise<void> {
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  const fellBack = texts.filter((t) => parseDocumentFast(t, options) === undefined).length;
  line(name, `${texts.length} texts, ${(bytes / 1e3).toFixed(1)} KB, ${fellBack} fall back (${((100 * fellBack) / texts.length).toFixed(1)}%)`);
  const reps = Math.max(1, Math.round(2e6 / bytes)); // about 2 MB of YAML per run
  const mbs = (ms: number[]) => ms.map((t) => (bytes * reps) / 1e6 / (t / 1000));
  for (let w = 0; w < 2; w++) for (const t of texts) { parseDocument(t, options); parseDocumentFast(t, options); } // warm-up
  const slow = await timeRuns(7, () => { for (let r = 0; r < reps; r++) for (const t of texts) parseDocument(t, options); });
  const fast = await timeRuns(7, () => { for (let r = 0; r < reps; r++) for (const t of texts) parseDocumentFast(t, options) ?? parseDocument(t, options); });
  line('  parseDocument', fmt(mbs(slow), 'MB/s'));
  line('  fast path (with its fallbacks)', fmt(mbs(fast), 'MB/s'));
}

/** Front matters (as parseFrontMatter slices them) and docset / redirects files under `root`, with their options. */
function yamlTexts(root: string): { frontMatters: string[]; docsets: string[] } {
  const frontMatters: string[] = [];
  for (const p of markdownFiles(root)) {
    const text = readFileSync(p, 'utf8');
    const fm = scanBlocks(text).frontMatter;
    if (fm) frontMatters.push(text.slice(0, fm.content.end));
  }
  return { frontMatters, docsets: docsetFiles(root).map((f) => readFileSync(f, 'utf8')) };
}

/** In a child process: one pass over the workspace's YAML, printing `yaml-pass <ms> <bytes> <texts>`. */
function coldPass(mode: string): void {
  const { frontMatters, docsets } = yamlTexts(largeWorkspace(10));
  const all = [...frontMatters.map((t) => [t, FRONT_MATTER] as const), ...docsets.map((t) => [t, DOCSET] as const)];
  const t0 = performance.now();
  for (const [t, o] of all) if (mode === 'slow') parseDocument(t, o); else parseDocumentFast(t, o) ?? parseDocument(t, o);
  process.stdout.write(`yaml-pass ${performance.now() - t0} ${all.reduce((n, [t]) => n + t.length, 0)} ${all.length}\n`);
}

export async function yamlBench(): Promise<void> {
  const pass = process.env.BENCH_YAML_PASS;
  if (pass) return coldPass(pass);
  const { frontMatters, docsets } = yamlTexts(CORPUS);
  await compare('YAML: corpus front matters (warm)', frontMatters, FRONT_MATTER);
  await compare('YAML: corpus docset and redirects files (warm)', docsets, DOCSET);
  const runs: Record<string, number[]> = { slow: [], fast: [] };
  let what = '';
  for (let i = 0; i < 5; i++) {
    for (const mode of ['slow', 'fast']) {
      const r = spawnSync(process.execPath, [process.argv[1], 'yaml'], { encoding: 'utf8', env: { ...process.env, BENCH_YAML_PASS: mode } });
      const m = /yaml-pass (\S+) (\d+) (\d+)/.exec(r.stdout);
      if (!m) throw new Error(`cold YAML pass failed: ${r.stderr}`);
      runs[mode].push(Number(m[1]));
      what = `${m[3]} texts, ${(Number(m[2]) / 1e3).toFixed(0)} KB`;
    }
  }
  line('YAML: 10x workspace, one cold pass per process', what);
  line('  parseDocument', fmt(runs.slow, 'ms'));
  line('  fast path (with its fallbacks)', fmt(runs.fast, 'ms'));
}
