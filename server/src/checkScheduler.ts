// When open pages are checked: one timer per document (a keystroke restarts its quiet time; other reasons leave
// a waiting check as it is, since it reads the document and the index when it runs), and the pages opened but
// not checked yet, which the server lets go first (the cold index waits for them).
export class CheckScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly unchecked = new Set<string>();
  private allChecked: (() => void) | undefined;

  constructor(private readonly check: (uri: string) => void) {}

  /** A page just opened: checked at once. */
  opened(uri: string): void {
    this.unchecked.add(uri);
    this.schedule(uri, 0, true);
  }

  /** Checks `uri` after `delay` ms; `restart` (a keystroke) replaces a check already waiting. */
  schedule(uri: string, delay: number, restart = false): void {
    const t = this.timers.get(uri);
    if (t) {
      if (!restart) return;
      clearTimeout(t);
    }
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      this.check(uri);
    }, delay));
  }

  /** A page closed: nothing waits for it any more. */
  closed(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.checked(uri);
  }

  /** A check of `uri` ended (published, or dropped as stale). */
  checked(uri: string): void {
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
