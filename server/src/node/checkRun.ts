// `check` over many files, on worker threads when it pays. Each worker reads, parses and checks its share of the
// pages once (step one of batch.ts) and keeps the results; the summaries every worker needs for the cross-page
// checks travel packed (indexTransfer.ts), the main thread only forwarding them; each worker then resolves its
// own pages (step two) and sends back just their diagnostics. Without workers, the same steps run in-process.
import { BatchResolver, checkPage, type PageCheck } from '../batch';
import { StringPool } from '../index/strings';
import type { LanguageService } from '../service';
import type { DocDiagnostic } from '../types';
import type { DocsConfig } from '../config';
import type { NodeWorkspace } from './nodeWorkspace';
import { packSummaries, unpackSummaries, type PackedSummaries } from './indexTransfer';
import { serveJobs, WorkerPool } from './workerPool';

export interface CheckedPage {
  uri: string;
  size: number;
  diagnostics: DocDiagnostic[];
}

export interface CheckTimes {
  /** Summed over workers when there are any. */
  readMs: number;
  scanMs: number;
  resolveMs: number;
  /** Of which: reading the other pages' summaries into each worker's index. */
  indexMs: number;
  /** Wall time of step one and of step two. */
  scanWall: number;
  resolveWall: number;
}

export interface CheckOutcome {
  pages: CheckedPage[];
  docsetDiagnostics: Map<string, DocDiagnostic[]>;
  times: CheckTimes;
  workers: number;
}

export interface CheckWorkerContext {
  roots: string[];
  config: DocsConfig;
}

interface Scanned {
  size: number;
  readMs: number;
  scanMs: number;
}

interface ResolveMessage {
  summaries: PackedSummaries[];
  docsets: string[];
  /** Pages to report (the rest were read for the index only); all when undefined. */
  reported?: string[];
}

interface Resolved {
  pages: CheckedPage[];
  docsets: [string, DocDiagnostic[]][];
  resolveMs: number;
  indexMs: number;
}

async function scanFile(ws: NodeWorkspace, service: LanguageService, uri: string): Promise<{ check: PageCheck; times: Scanned } | undefined> {
  const r0 = performance.now();
  const text = await ws.readFile(uri);
  const r1 = performance.now();
  if (text === undefined) return undefined;
  const check = await checkPage(service, uri, text);
  return { check, times: { size: text.length, readMs: r1 - r0, scanMs: performance.now() - r1 } };
}

async function resolveAll(service: LanguageService, checks: PageCheck[], docsets: string[], reported?: (uri: string) => boolean): Promise<Resolved> {
  const t = performance.now();
  const resolver = new BatchResolver(service);
  const pages: CheckedPage[] = [];
  for (const c of checks) pages.push({ uri: c.uri, size: c.size, diagnostics: !reported || reported(c.uri) ? await resolver.resolve(c) : [] });
  const out: [string, DocDiagnostic[]][] = [];
  for (const uri of docsets) {
    await service.docsets.load(uri);
    out.push([uri, await service.docsetDiagnostics(uri)]);
  }
  return { pages, docsets: out, resolveMs: performance.now() - t, indexMs: 0 };
}

/** A worker of `check`: step one per file as jobs, then its summaries on request, then step two for its pages. */
export function serveCheck(ws: NodeWorkspace, service: LanguageService): void {
  const checks: PageCheck[] = [];
  serveJobs<string, Scanned | null, 'summaries' | ResolveMessage, PackedSummaries | Resolved>(async (uri) => {
    const r = await scanFile(ws, service, uri);
    if (!r) return null;
    checks.push(r.check);
    return r.times;
  }, async (m) => {
    if (m === 'summaries') return packSummaries(checks.map((c) => c.summary));
    const t = performance.now();
    const shared = new StringPool(false);
    for (const p of m.summaries) for (const s of unpackSummaries(p, shared)) if (s) service.index.set(s.uri, s, false);
    for (const c of checks) c.summary = undefined;
    const indexMs = performance.now() - t;
    const wanted = m.reported && new Set(m.reported);
    const r = await resolveAll(service, checks.splice(0), m.docsets, wanted && ((uri) => wanted.has(uri)));
    return { ...r, resolveMs: r.resolveMs + indexMs, indexMs };
  });
}

/** Checks `files` with `pool` (its workers serve `serveCheck`), or in this thread without one. */
export async function checkFiles(files: string[], ws: NodeWorkspace, service: LanguageService, pool: WorkerPool<CheckWorkerContext, string, Scanned | null> | undefined, progress?: (done: number, total: number) => void, reported?: (uri: string) => boolean): Promise<CheckOutcome> {
  const docsets = (await service.docsets.all()).map((d) => d.uri);
  const t0 = performance.now();
  if (pool) {
    const scanned = await pool.run(files, progress);
    const t1 = performance.now();
    const summaries = await pool.broadcast<'summaries', PackedSummaries>('summaries');
    const resolved = await Promise.all(pool.workers.map((_, i) => pool.send<ResolveMessage, Resolved>(i, { summaries, docsets: i === 0 ? docsets : [], reported: reported && files.filter(reported) })));
    const sum = (f: (s: Scanned) => number) => scanned.reduce((n, s) => n + (s ? f(s) : 0), 0);
    return {
      pages: resolved.flatMap((r) => r.pages),
      docsetDiagnostics: new Map(resolved.flatMap((r) => r.docsets)),
      times: { readMs: sum((s) => s.readMs), scanMs: sum((s) => s.scanMs), resolveMs: resolved.reduce((n, r) => n + r.resolveMs, 0), indexMs: resolved.reduce((n, r) => n + r.indexMs, 0), scanWall: t1 - t0, resolveWall: performance.now() - t1 },
      workers: pool.size,
    };
  }
  const checks: PageCheck[] = [];
  let readMs = 0;
  let scanMs = 0;
  for (const uri of files) {
    const r = await scanFile(ws, service, uri);
    if (r) {
      checks.push(r.check);
      readMs += r.times.readMs;
      scanMs += r.times.scanMs;
      if (r.check.summary) service.index.set(uri, r.check.summary, false);
    }
    progress?.(checks.length, files.length);
  }
  const t1 = performance.now();
  const resolved = await resolveAll(service, checks, docsets, reported);
  return {
    pages: resolved.pages, docsetDiagnostics: new Map(resolved.docsets),
    times: { readMs, scanMs, resolveMs: resolved.resolveMs, indexMs: 0, scanWall: t1 - t0, resolveWall: performance.now() - t1 }, workers: 0,
  };
}
