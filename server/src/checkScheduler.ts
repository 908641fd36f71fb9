// When open pages are checked: one timer per document (a keystroke restarts its quiet time; other reasons leave
// a waiting check as it is, since it reads the document and the index when it runs), and the pages opened but
// not checked yet, which the server lets go first (the cold index waits for them).
//
// The quiet time after a keystroke adapts per document: a page whose last check was fast is checked again at
// once (the writer sees the result of each keystroke); in a long fast burst it waits only LONG_BURST_FAST_MS, enough
// to take the changes an editor sends together (auto-closed pairs, multi-cursor edits) as one check, while the
// writer still sees each pause at once (issue 16: edit → diagnostics visible p95 < 30 ms on a typical page). A page
// whose checks are slow waits in proportion, up to MAX_DELAY_MS, so that typing does not queue slow checks. A fixed
// quiet time (the `debounceMs` initialization option) replaces the adaptive one.

/** A check under this (ms) is fast: the page is checked again at once after a keystroke. */
export const FAST_CHECK_MS = 15;
export const MAX_DELAY_MS = 150;
/** Keystrokes closer than this (ms) make one burst. */
const BURST_GAP_MS = 100;
/** A burst of this many keystrokes is long: even a fast page waits a little. */
const LONG_BURST = 8;
/** The quiet time of a fast page in a long burst (ms). */
const LONG_BURST_FAST_MS = 10;

/** The quiet time after a keystroke, from the last check's duration (undefined: not checked yet) and the burst's length. */
export function adaptiveDelay(lastCheckMs: number | undefined, burst: number): number {
  const long = burst >= LONG_BURST;
  if (lastCheckMs === undefined || lastCheckMs < FAST_CHECK_MS) return long ? LONG_BURST_FAST_MS : 0;
  const slow = Math.min(MAX_DELAY_MS, Math.max(30, Math.round(lastCheckMs * 2)));
  return long ? Math.min(MAX_DELAY_MS, Math.max(slow, 60)) : slow;
}

/** A check waiting to run. */
interface Waiting {
  cancel(): void;
}

// `setTimeout(f, 0)` waits at least 1 ms in Node (4 ms in a browser once nested): "at once" is the next turn of the
// event loop instead, after the messages already read (a burst that came in one read is still one check).
const nextTurn: ((f: () => void) => Waiting) | undefined = typeof setImmediate === 'function'
  ? (f) => {
    const h = setImmediate(f);
    return { cancel: () => clearImmediate(h) };
  }
  : undefined;

function after(delay: number, f: () => void): Waiting {
  if (delay <= 0 && nextTurn) return nextTurn(f);
  const h = setTimeout(f, delay);
  return { cancel: () => clearTimeout(h) };
}

export class CheckScheduler {
  private readonly timers = new Map<string, Waiting>();
  private readonly unchecked = new Set<string>();
  private readonly lastCheck = new Map<string, number>();
  private readonly bursts = new Map<string, { at: number; count: number }>();
  private allChecked: (() => void) | undefined;
  /** A fixed quiet time after a keystroke instead of the adaptive one (undefined: adaptive). */
  fixedDelay: number | undefined;

  constructor(private readonly check: (uri: string) => void, private readonly now: () => number = () => Date.now()) {}

  /** A page just opened: checked at once. */
  opened(uri: string): void {
    this.unchecked.add(uri);
    this.schedule(uri, 0, true);
  }

  /** A keystroke in `uri`: its check waits for the page's quiet time (restarted). Returns that delay. */
  keystroke(uri: string): number {
    const t = this.now();
    const b = this.bursts.get(uri);
    const count = b && t - b.at < BURST_GAP_MS ? b.count + 1 : 1;
    this.bursts.set(uri, { at: t, count });
    const delay = this.fixedDelay ?? adaptiveDelay(this.lastCheck.get(uri), count);
    this.schedule(uri, delay, true);
    return delay;
  }

  /** Checks `uri` after `delay` ms; `restart` (a keystroke) replaces a check already waiting. */
  schedule(uri: string, delay: number, restart = false): void {
    const t = this.timers.get(uri);
    if (t) {
      if (!restart) return;
      t.cancel();
    }
    this.timers.set(uri, after(delay, () => {
      this.timers.delete(uri);
      this.check(uri);
    }));
  }

  /** A page closed: nothing waits for it any more. */
  closed(uri: string): void {
    this.timers.get(uri)?.cancel();
    this.timers.delete(uri);
    this.lastCheck.delete(uri);
    this.bursts.delete(uri);
    this.checked(uri);
  }

  /** A check of `uri` ended (published, or dropped as stale), having taken `ms` if it ran to the end. */
  checked(uri: string, ms?: number): void {
    if (ms !== undefined) this.lastCheck.set(uri, ms);
    if (this.unchecked.delete(uri) && this.unchecked.size === 0) this.allChecked?.();
  }

  /** Resolves once every page opened so far has been checked once, or after `maxMs`. */
  openPagesChecked(maxMs: number): Promise<void> {
    if (this.unchecked.size === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(t);
        this.allChecked = undefined;
        resolve();
      };
      const t = setTimeout(done, maxMs);
      this.allChecked = done;
    });
  }
}
