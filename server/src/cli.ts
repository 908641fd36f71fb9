#!/usr/bin/env node
// `elastic-docs check|anchors|migration`: the language server's rules on the command line, for CI. Reads files, never
// writes them. Exit codes: 0 no errors, 1 errors found, 2 bad usage.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'vscode-uri';
import { DEFAULT_CONFIG } from './config';
import { pageAnchors } from './model/anchors';
import { parsePage } from './model/page';
import { scanSegment } from './model/segments';
import { fileUri, NodeWorkspace } from './node/nodeWorkspace';
import { LanguageService } from './service';
import { formatJson, formatText, migrationReport } from './features/migration/report';
import { handleMigrationItems } from './features/migration/requests';
import type { DocDiagnostic } from './types';
import type { Logger } from './workspace';

const USAGE = `Usage:
  elastic-docs check [--format text|json] [--stats] [paths...]   check Markdown pages (default: .)
  elastic-docs anchors --format json <file>                    list a page's link targets
  elastic-docs migration [--format text|json] [paths...]       list open migration checklist items (default: .)`;

interface Row extends DocDiagnostic {
  file: string;
}

const quiet: Logger = { info() {}, warn: (m) => process.stderr.write(`warning: ${m}\n`), error: (m) => process.stderr.write(`error: ${m}\n`) };

function usage(message?: string): never {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { format: { type: 'string', default: 'text' }, stats: { type: 'boolean', default: false } }, allowPositionals: true });
  if (values.format !== 'text' && values.format !== 'json') usage(`unknown format: ${values.format}`);
  const paths = (positionals.length ? positionals : ['.']).map((p) => resolve(p));
  const t0 = performance.now();
  const roots = paths.map(fileUri);
  const ws = new NodeWorkspace(roots, { sync: true, keepTexts: true });
  for (const r of roots) if (!(await ws.stat(r))) usage(`no such file or folder: ${URI.parse(r).fsPath}`);
  const service = new LanguageService({ workspace: ws, logger: quiet, config: DEFAULT_CONFIG, reader: scanSegment, indexDocuments: false });
  const files = await service.index.listMarkdown(roots);
  const tList = performance.now();
  // Cross-page rules (links, anchors, migration sources) read every page's summary first.
  await service.index.build();
  const t1 = performance.now();
  const rows: Row[] = [];
  const tty = process.stderr.isTTY && values.format === 'text' && files.length > 200;
  let bytes = 0;
  let readMs = 0;
  let checkMs = 0;
  for (let i = 0; i < files.length; i++) {
    const uri = files[i];
    const r0 = performance.now();
    const text = await ws.readFile(uri);
    const r1 = performance.now();
    readMs += r1 - r0;
    if (text === undefined) continue;
    bytes += text.length;
    const file = relative(process.cwd(), URI.parse(uri).fsPath) || URI.parse(uri).fsPath;
    for (const d of await service.diagnostics({ uri, version: 0, text })) rows.push({ ...d, file });
    service.forget(uri);
    checkMs += performance.now() - r1;
    if (tty && i % 50 === 0) process.stderr.write(`\rchecking ${i + 1}/${files.length}`);
  }
  for (const docset of await service.docsets.all()) {
    const file = relative(process.cwd(), URI.parse(docset.uri).fsPath);
    for (const d of await service.docsetDiagnostics(docset.uri)) rows.push({ ...d, file });
  }
  if (tty) process.stderr.write('\r\x1b[K');
  rows.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const count = (s: string) => rows.filter((r) => r.severity === s).length;
  const summary = { files: files.length, errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint') };
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
    const mem = process.memoryUsage();
    process.stderr.write(`stats: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB; list ${(tList - t0).toFixed(0)} ms, index ${(t1 - tList).toFixed(0)} ms, read ${readMs.toFixed(0)} ms, check ${checkMs.toFixed(0)} ms, report ${(t2 - t1 - readMs - checkMs).toFixed(0)} ms; total ${(t2 - t0).toFixed(0)} ms; rss ${(mem.rss / 1e6).toFixed(0)} MB, heap ${(mem.heapUsed / 1e6).toFixed(0)} MB\n`);
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
  const service = new LanguageService({ workspace: ws, logger: quiet, config: DEFAULT_CONFIG, reader: scanSegment, indexDocuments: false });
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

main(process.argv.slice(2)).then((code) => process.exit(code), (e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(2);
});
