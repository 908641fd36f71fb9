// The cold index on worker threads (Node host): this thread lists the pages, workers read and summarize them
// with the summary scanner and send the summaries back. A worker's heap (file texts, parse garbage) goes away
// with it, so the server keeps only the summaries. Pages a worker cannot answer (too large, binary, unreadable,
// not on the local disk) come back empty and the index reads them itself, with its warnings.
import { availableParallelism } from 'node:os';
import { readFileSync, statSync } from 'node:fs';
import { URI } from 'vscode-uri';
import { StringPool } from '../index/strings';
import { scanSummary, type PageSummary } from '../index/summary';
import type { PageScanner, ScanOptions } from '../index/workspaceIndex';
import { packSummaries, unpackSummaries, type PackedSummaries } from './indexTransfer';
import { decode } from './nodeWorkspace';
import { serveJobs, WorkerPool } from './workerPool';

export const INDEX_SCAN_ROLE = 'index-scan';

export interface IndexScanContext {
  maxPageSize: number;
}

/** Below this many pages, the index reads them in-process: starting workers costs more. */
export const MIN_PAGES_FOR_WORKERS = 400;

/** One page, read from the disk and summarized; null when the index must read it itself. */
export function scanFile(uri: string, maxPageSize: number): PageSummary | null {
  try {
    const u = URI.parse(uri);
    if (u.scheme !== 'file') return null;
    const st = statSync(u.fsPath);
    if (!st.isFile() || st.size > maxPageSize) return null;
    const text = decode(readFileSync(u.fsPath));
    if (text.slice(0, 8192).includes('\u0000')) return null;
    // No copies of the strings: the summary is packed and sent, the text dropped with it.
    return scanSummary(uri, text, new StringPool(false));
  } catch {
    return null;
  }
}

/** In a worker started for the index: answers lists of page URIs with their summaries, packed together. */
export function serveIndexScan(context: IndexScanContext): void {
  serveJobs((uris: string[]) => packSummaries(uris.map((uri) => scanFile(uri, context.maxPageSize))));
}

/** Pages per job: one message each way, one packed answer (fewer, larger messages cost the main thread less). */
const CHUNK = 32;

/** Worker threads to use: leave a core to the editor's requests (at least one worker, at most three). */
export function indexWorkers(): number {
  return Math.max(1, Math.min(3, availableParallelism() - 1));
}

export interface WorkerScannerOptions {
  /** Worker threads (default: `indexWorkers()`). */
  size?: number;
  /** Fewer pages than this are left to the index (default `MIN_PAGES_FOR_WORKERS`). */
  minPages?: number;
}

/** The Node host's page scanner: workers started when a build begins (they load while the pages are listed). */
export class WorkerPageScanner implements PageScanner {
  private pool: WorkerPool<IndexScanContext, string[], PackedSummaries> | undefined;
  private poolMaxPageSize = 0;
  private readonly size: number;
  private readonly minPages: number;

  /** `script`: a bundle that answers the `index-scan` role (`serveIndexScan`) when started as a worker. */
  constructor(private readonly script: string, options: WorkerScannerOptions = {}) {
    this.size = options.size ?? indexWorkers();
    this.minPages = options.minPages ?? MIN_PAGES_FOR_WORKERS;
  }

  prepare(options: { maxPageSize: number }): void {
    if (this.pool && this.poolMaxPageSize !== options.maxPageSize) this.close();
    this.poolMaxPageSize = options.maxPageSize;
    this.pool ??= new WorkerPool({ script: this.script, role: INDEX_SCAN_ROLE, context: { maxPageSize: options.maxPageSize }, size: this.size, batch: 1 });
  }

  async scan(uris: readonly string[], options: ScanOptions): Promise<(PageSummary | undefined)[]> {
    if (uris.length < this.minPages) {
      this.close();
      return uris.map(() => undefined);
    }
    this.prepare(options);
    const pool = this.pool!;
    this.pool = undefined;
    const chunks: string[][] = [];
    for (let i = 0; i < uris.length; i += CHUNK) chunks.push(uris.slice(i, i + CHUNK));
    // Runs of a few chunks one after the other: the next run scans while this thread unpacks the last one.
    const runs: string[][][] = [];
    const perRun = this.size * 2;
    for (let i = 0; i < chunks.length; i += perRun) runs.push(chunks.slice(i, i + perRun));
    let before = 0;
    const start = (r: number) => {
      const offset = before;
      before += runs[r].reduce((n, c) => n + c.length, 0);
      const run = pool.run(runs[r], (done) => {
        options.progress?.report(Math.min(uris.length, offset + done * CHUNK), uris.length);
        // A stale build: end the workers (the run rejects, the index sees the cancellation).
        if (options.token?.isCancellationRequested) void pool.close();
      });
      // Awaited below, unless the scan ends first (cancelled): never an unhandled rejection.
      run.catch(() => undefined);
      return run;
    };
    const out: (PageSummary | undefined)[] = [];
    // One copy of each string for the whole build; each summary's URI the one the index keys it by.
    const shared = new StringPool(false);
    for (const uri of uris) shared.get(uri);
    try {
      let next = start(0);
      for (let r = 0; r < runs.length; r++) {
        const results = await next;
        if (r + 1 < runs.length) next = start(r + 1);
        else void pool.close();
        for (const packed of results) {
          if (options.token?.isCancellationRequested) return uris.map(() => undefined);
          for (const s of unpackSummaries(packed, shared)) out.push(s);
          // Let the editor's requests in between (unpacking a chunk takes a few milliseconds).
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    } catch (e) {
      if (options.token?.isCancellationRequested) return uris.map(() => undefined);
      throw e;
    } finally {
      // Ended as soon as they are done: their heaps go back to the system.
      void pool.close();
    }
    return out;
  }

  private close(): void {
    void this.pool?.close();
    this.pool = undefined;
  }
}
