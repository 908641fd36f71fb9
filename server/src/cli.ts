// `elastic-docs check|anchors|migration` (dist/cliMain.js, run by dist/cli.js in a worker thread: node/cliLauncher.ts):
// the language server's rules on the command line, for CI. Reads files, never writes them. Exit codes: 0 no errors,
// 1 errors found, 2 bad usage.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'vscode-uri';
import { DEFAULT_CONFIG, type DocsConfig } from './config';
import { checkScope, outsideDocsets } from './checkScope';
import { pageAnchors } from './model/anchors';
import { parsePage } from './model/page';
import { fileUri, NodeWorkspace } from './node/nodeWorkspace';
import { checkFiles, serveCheck, type CheckOutcome, type CheckWorkerContext } from './node/checkRun';
import { availableParallelism } from 'node:os';
import { limitHeapGrowth, noPretenuring } from './node/heapGrowth';
import { stderrIsTTY } from './node/cliThread';
import { workerRole, WorkerPool } from './node/workerPool';

type CheckPool = Parameters<typeof checkFiles>[3];
import { LanguageService } from './service';
import { formatJson, formatText, migrationReport } from './features/migration/report';
import { handleMigrationItems } from './features/migration/requests';
import type { DocDiagnostic } from './types';
import type { Docset } from './docset/docset';
import { missingRedirects } from './features/docsetFiles/redirectMissing';
import { baseFiles } from './node/baseFiles';
import type { Logger } from './workspace';

const USAGE = `Usage:
  elastic-docs check [--format text|json] [--stats] [--jobs N] [--outside-docsets] [paths...]
      check Markdown pages (default: .); a page or folder inside a docset is checked with its whole docset
      (the nearest docset.yml / _docset.yml upwards) and only what was given is reported;
      --outside-docsets: also check Markdown outside every docset (README.md…) when there are docsets;
      --jobs: worker threads (default: with 4 cores or more, one per core but one, at most 4; else none; 0 or 1: none);
      --base REV: pages of each docset with a redirects file that existed where HEAD branched off REV (the
      merge base; default main, else master, else origin/HEAD, as docs-builder diff validate) and are gone now
      without a redirect: redirect.missing (read from .git, no git process); --base none: off;
      --stats: files, bytes, time per phase and peak memory on stderr
  elastic-docs anchors --format json <file>                 list a page's link targets
  elastic-docs migration [--format text|json] [paths...]    list open migration checklist items (default: .)`;

interface Row extends DocDiagnostic {
  file: string;
}

const quiet: Logger = { info() {}, warn: (m) => process.stderr.write(`warning: ${m}\n`), error: (m) => process.stderr.write(`error: ${m}\n`) };

function usage(message?: string): never {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

function checkService(ws: NodeWorkspace, config: DocsConfig = DEFAULT_CONFIG): LanguageService {
  return new LanguageService({ workspace: ws, logger: quiet, config, indexDocuments: false });
}

/**
 * Worker threads by default only with 4 cores or more: on 2 cores, two workers each warming up their own code and
 * sharing the cores with V8's background threads were slower than one thread (see the benchmark).
 */
function checkWorkers(): number {
  const cores = availableParallelism();
  return cores >= 4 ? Math.min(4, cores - 1) : 0;
}

/** Below this many files, workers cost more than they save. */
const MIN_FILES_FOR_WORKERS = 150;

/** `redirect.missing` for a docset with a redirects file: its pages at the base that are gone without a redirect. */
async function baseRedirectDiagnostics(docset: Docset, ws: NodeWorkspace, base: string | undefined, files: string[]): Promise<DocDiagnostic[]> {
  if (!docset.redirectsUri) return [];
  const text = await ws.readFile(docset.redirectsUri);
  if (text === undefined) return [];
  const root = URI.parse(docset.root).fsPath;
  const inDocset = () => files.filter((f) => f.startsWith(`${docset.root}/`)).map((f) => URI.parse(f).fsPath);
  const found = baseFiles(root, base, inDocset);
  if ('skipped' in found) {
    // Asked for by name: say why nothing was compared; by default, silent (most runs are not on a branch).
    if (base) quiet.warn(`--base ${base}: not compared for ${relative(process.cwd(), root) || '.'}: ${found.skipped}`);
    return [];
  }
  return missingRedirects(docset, text, found);
}

async function check(args: string[]): Promise<number> {
  limitHeapGrowth();
  noPretenuring();
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string', default: 'text' }, stats: { type: 'boolean', default: false }, jobs: { type: 'string' }, 'outside-docsets': { type: 'boolean', default: false }, base: { type: 'string' } }, allowPositionals: true });
  if (values.format !== 'text' && values.format !== 'json') usage(`unknown format: ${values.format}`);
  const jobs = values.jobs === undefined ? checkWorkers() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 0 || jobs > 64) usage(`--jobs wants a number of worker threads (0 or 1: none): ${values.jobs}`);
  const paths = (positionals.length ? positionals : ['.']).map((p) => resolve(p));
  const t0 = performance.now();
  const given = paths.map(fileUri);
  const ws = new NodeWorkspace(given, { sync: true });
  for (const r of given) if (!(await ws.stat(r))) usage(`no such file or folder: ${URI.parse(r).fsPath}`);
  const config = { ...DEFAULT_CONFIG, checkOutsideDocsets: values['outside-docsets'] };
  const service = checkService(ws, config);
  // A page or subfolder of a docset is checked with its whole docset indexed; only what was given is reported.
  const scope = await checkScope(given, ws, service.docsets);
  const roots = scope.roots;
  ws.setRoots(roots);
  service.docsets.invalidate();
  // Workers start loading now, while this thread lists the files.
  let pool: CheckPool | undefined = jobs > 1 ? new WorkerPool({ script: __filename, role: 'check', context: { roots, config }, size: jobs }) : undefined;
  const files: string[] = [];
  for (const uri of await service.index.listMarkdown(roots)) if (!(await outsideDocsets(uri, service.docsets, config))) files.push(uri);
  const reported = files.filter((uri) => scope.reported(uri));
  const tList = performance.now();
  if (pool && files.length < MIN_FILES_FOR_WORKERS) {
    void pool.close();
    pool = undefined;
  }
  const tty = stderrIsTTY() && values.format === 'text' && files.length > 200;
  const progress = (done: number, total: number) => { if (tty && done % 50 === 0) process.stderr.write(`\rchecking ${done}/${total}`); };
  let outcome: CheckOutcome | undefined;
  if (pool) {
    outcome = await checkFiles(files, ws, service, pool, progress, scope.reported).catch((e) => {
      quiet.warn(`worker threads failed, checking in this thread: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    });
    void pool.close();
  }
  outcome ??= await checkFiles(files, ws, service, undefined, progress, scope.reported);
  if (values.base !== 'none') {
    for (const docset of await service.docsets.all()) {
      const diags = await baseRedirectDiagnostics(docset, ws, values.base, files);
      if (diags.length) outcome.docsetDiagnostics.set(docset.uri, [...(outcome.docsetDiagnostics.get(docset.uri) ?? []), ...diags]);
    }
  }
  const rows: Row[] = [];
  let bytes = 0;
  const display = (uri: string) => relative(process.cwd(), URI.parse(uri).fsPath) || URI.parse(uri).fsPath;
  for (const p of outcome.pages) {
    bytes += p.size;
    if (!scope.reported(p.uri)) continue;
    const file = display(p.uri);
    for (const d of p.diagnostics) rows.push({ ...d, file });
  }
  for (const [uri, ds] of outcome.docsetDiagnostics) {
    // A docset's diagnostics are on its docset file, or on the toc.yml / redirects file they name.
    for (const d of ds) if (scope.reported(d.uri ?? uri)) rows.push({ ...d, file: relative(process.cwd(), URI.parse(d.uri ?? uri).fsPath) });
  }
  const tResolve = performance.now();
  if (tty) process.stderr.write('\r\x1b[K');
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const count = (s: string) => rows.filter((r) => r.severity === s).length;
  const summary = { files: reported.length, errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint') };
  if (values.format === 'json') {
    const diagnostics = rows.map((r) => ({
      file: r.file, line: r.range.start.line + 1, column: r.range.start.character + 1, endLine: r.range.end.line + 1, endColumn: r.range.end.character + 1,
      severity: r.severity, code: r.code, message: r.message,
    }));
    process.stdout.write(`${JSON.stringify({ diagnostics, summary }, null, 2)}\n`);
  } else {
    const lines = rows.map((r) => `${r.file}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.severity} ${r.code} ${r.message}`);
    if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
    process.stdout.write(`${summary.errors} errors, ${summary.warnings} warnings, ${summary.information} information, ${summary.hints} hints in ${summary.files} files\n`);
  }
  if (values.stats) {
    const t2 = performance.now();
    const ms = (n: number) => `${n.toFixed(0)} ms`;
    const t = outcome.times;
    const where = outcome.workers ? `in ${outcome.workers} worker threads, summed` : 'in this thread';
    const heap = process.memoryUsage().heapUsed / 1e6;
    const peak = process.resourceUsage().maxRSS / 1e3;
    process.stderr.write(`stats: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB; list ${ms(tList - t0)}; read ${ms(t.readMs)} + scan ${ms(t.scanMs)} (${where}; ${ms(t.scanWall)} wall); resolve ${ms(t.resolveMs)} (of which index ${ms(t.indexMs)}; ${ms(t.resolveWall)} wall); report ${ms(t2 - tResolve)}; total ${ms(t2 - t0)}; peak RSS ${peak.toFixed(0)} MB, heap now ${heap.toFixed(0)} MB\n`);
  }
  return summary.errors > 0 ? 1 : 0;
}

/** Open migration checklist items per page and `N of M items open in P pages`; JSON lists every item. */
async function migration(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string', default: 'text' } }, allowPositionals: true });
  if (values.format !== 'text' && values.format !== 'json') usage(`unknown format: ${values.format}`);
  const roots = (positionals.length ? positionals : ['.']).map((p) => fileUri(resolve(p)));
  const ws = new NodeWorkspace(roots);
  for (const r of roots) if (!(await ws.stat(r))) usage(`no such file or folder: ${URI.parse(r).fsPath}`);
  const service = new LanguageService({ workspace: ws, logger: quiet, config: DEFAULT_CONFIG, indexDocuments: false });
  await service.index.build();
  const display = (uri: string) => relative(process.cwd(), URI.parse(uri).fsPath) || URI.parse(uri).fsPath;
  const report = migrationReport(await handleMigrationItems(service, {}), display);
  process.stdout.write(values.format === 'json' ? formatJson(report) : formatText(report));
  return 0;
}

async function anchors(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string', default: 'json' } }, allowPositionals: true });
  if (values.format !== 'json' || positionals.length !== 1) usage();
  const ws = new NodeWorkspace([]);
  const uri = fileUri(resolve(positionals[0]));
  const text = await ws.readFile(uri);
  if (text === undefined) usage(`cannot read ${positionals[0]}`);
  const page = parsePage(text, uri);
  const list = pageAnchors(page).map((a) => ({ id: a.id, line: page.lines.lineAt(a.span.start) + 1, kind: a.kind }));
  process.stdout.write(`${JSON.stringify({ anchors: list }, null, 2)}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest);
    if (command === 'anchors') return await anchors(rest);
    if (command === 'migration') return await migration(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    usage(command ? `unknown command: ${command}` : undefined);
  } catch (e) {
    if (e instanceof TypeError && /Unknown option|Unexpected argument/i.test(e.message)) usage(e.message);
    throw e;
  }
}

const role = workerRole<CheckWorkerContext>();
if (role?.role === 'check') {
  const ws = new NodeWorkspace(role.context.roots, { sync: true });
  serveCheck(ws, checkService(ws, role.context.config));
}
else {
  // Exit once stdout is flushed: a pipe takes writes asynchronously, and process.exit would cut them off.
  main(process.argv.slice(2)).then((code) => process.stdout.write('', () => process.exit(code)), (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(2);
  });
}
