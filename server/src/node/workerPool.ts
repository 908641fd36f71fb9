// Work spread over worker threads (Node only): a list of jobs, handed out in small batches to whichever worker is
// free, results back in job order. A worker is this same bundle started again; it knows its role from `workerData`
// and answers with `serveJobs`. Used by `check` (scan and check pages) and the server's cold index.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData, type ResourceLimits } from 'node:worker_threads';

export interface PoolOptions<C> {
  /** The bundle to start (usually `__filename` of the caller's bundle). */
  script: string;
  /** Tells the worker what it is for: given to `workerRole` on the other side. */
  role: string;
  /** Passed once to each worker (structured-cloned). */
  context: C;
  /** Number of workers (default: one per core, at most 4). */
  size?: number;
  /** Jobs per message (default 8). */
  batch?: number;
  resourceLimits?: ResourceLimits;
}

interface Request<J> {
  first: number;
  jobs?: J[];
  /** A message outside the jobs (its answer comes back as `results[0]`). */
  broadcast?: unknown;
}

interface Reply<R> {
  first: number;
  results?: R[];
  error?: string;
}

export type { ResourceLimits };

/** The one place a worker thread is started: `script` is one of our bundles, told its role through `workerData`. */
export function startWorker<C>(options: { script: string; role: string; context: C; resourceLimits?: ResourceLimits; argv?: string[] }): Worker {
  return new Worker(options.script, { workerData: { role: options.role, context: options.context }, resourceLimits: options.resourceLimits, argv: options.argv });
}

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Workers started at once (so they load while the caller still lists its jobs), given one list of jobs at a time.
 * A failing worker rejects the run (the caller may fall back to running in-process); `close` ends them all.
 */
export class WorkerPool<C, J, R> {
  readonly workers: Worker[] = [];
  private readonly batch: number;

  constructor(options: PoolOptions<C>) {
    this.batch = options.batch ?? 8;
    const size = Math.max(1, options.size ?? defaultPoolSize());
    for (let i = 0; i < size; i++) {
      const w = startWorker(options);
      // Idle workers must not keep the process alive.
      w.unref();
      this.workers.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  run(jobs: readonly J[], progress?: (done: number, total: number) => void): Promise<R[]> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const results: R[] = new Array(jobs.length);
    if (jobs.length === 0) return Promise.resolve(results);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      const cleanups: (() => void)[] = [];
      const finish = (e?: Error) => {
        for (const c of cleanups) c();
        if (e) reject(e);
        else resolve(results);
      };
      const give = (w: Worker) => {
        if (next >= jobs.length) return;
        const first = next;
        next = Math.min(jobs.length, next + this.batch);
        w.postMessage({ first, jobs: jobs.slice(first, next) } satisfies Request<J>);
      };
      for (const w of this.workers) {
        const onMessage = (m: Reply<R>) => {
          if (m.error !== undefined) return finish(new Error(m.error));
          const rs = m.results ?? [];
          for (let k = 0; k < rs.length; k++) results[m.first + k] = rs[k];
          done += rs.length;
          progress?.(done, jobs.length);
          if (done === jobs.length) return finish();
          give(w);
        };
        const onError = (e: Error) => finish(e);
        const onExit = (code: number) => finish(new Error(`worker exited with code ${code}`));
        w.on('message', onMessage).on('error', onError).on('exit', onExit);
        cleanups.push(() => w.off('message', onMessage).off('error', onError).off('exit', onExit));
        give(w);
      }
    });
  }

  /** Sends one message to worker `index` (between runs); it answers once. */
  send<M, A>(index: number, message: M): Promise<A> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    const w = this.workers[index];
    return new Promise<A>((resolve, reject) => {
      const done = () => { w.off('message', onMessage).off('error', onError).off('exit', onExit); };
      const onMessage = (m: Reply<A>) => {
        done();
        if (m.error !== undefined) reject(new Error(m.error));
        else resolve((m.results ?? [])[0]);
      };
      const onError = (e: Error) => { done(); reject(e); };
      const onExit = (code: number) => { done(); reject(new Error(`worker exited with code ${code}`)); };
      w.on('message', onMessage).on('error', onError).on('exit', onExit);
      w.postMessage({ first: -1, broadcast: message } satisfies Request<never>);
    });
  }

  /** Sends one message to every worker; each answers once. */
  broadcast<M, A>(message: M): Promise<A[]> {
    return Promise.all(this.workers.map((_, i) => this.send<M, A>(i, message)));
  }

  private closed = false;

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** Runs every job on fresh workers, then ends them. */
export async function runInWorkers<C, J, R>(jobs: readonly J[], options: PoolOptions<C>, progress?: (done: number, total: number) => void): Promise<R[]> {
  const size = Math.min(options.size ?? defaultPoolSize(), Math.ceil(jobs.length / (options.batch ?? 8)) || 1);
  const pool = new WorkerPool<C, J, R>({ ...options, size });
  try {
    return await pool.run(jobs, progress);
  } finally {
    await pool.close();
  }
}

/** In a worker: the role and context it was started with, or undefined on the main thread. */
export function workerRole<C>(): { role: string; context: C } | undefined {
  if (isMainThread || !workerData || typeof workerData !== 'object') return undefined;
  const d = workerData as { role?: unknown; context?: C };
  return typeof d.role === 'string' ? { role: d.role, context: d.context as C } : undefined;
}

/** In a worker: answers each batch of jobs with `handle`, one job after the other, and broadcasts with `onBroadcast`. */
export function serveJobs<J, R, M = never, A = never>(handle: (job: J) => R | Promise<R>, onBroadcast?: (message: M) => A | Promise<A>): void {
  parentPort!.on('message', async (m: Request<J>) => {
    try {
      if (m.broadcast !== undefined) {
        if (!onBroadcast) throw new Error('this worker takes no broadcasts');
        parentPort!.postMessage({ first: m.first, results: [await onBroadcast(m.broadcast as M)] } satisfies Reply<A>);
        return;
      }
      const results: R[] = [];
      for (const job of m.jobs ?? []) results.push(await handle(job));
      parentPort!.postMessage({ first: m.first, results } satisfies Reply<R>);
    } catch (e) {
      parentPort!.postMessage({ first: m.first, error: e instanceof Error ? e.stack ?? e.message : String(e) } satisfies Reply<R>);
    }
  });
}
