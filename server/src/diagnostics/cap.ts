// What the editor is shown of a page's problems: at most `max`, the most severe first (errors, warnings,
// information, hints) and then by position, and a closing note that says how many were left out. A page with
// 100,000 problems must not cost a keystroke the sorting and sending of 100,000 objects: the kept ones are found
// in one pass over plain numbers, and only they are sorted as objects. The `check` CLI reports everything: the cap
// is the editor's (server.ts).
import type { DocDiagnostic, Severity } from '../types';

export const TRUNCATED_CODE = 'diagnostics.truncated';
export const MAX_DIAGNOSTICS_PER_PAGE = 1000;

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Severity, line and column as one number: smaller is shown first. */
function key(d: DocDiagnostic): number {
  return RANK[d.severity] * 2 ** 42 + d.range.start.line * 2 ** 21 + Math.min(d.range.start.character, 2 ** 21 - 1);
}

/**
 * The `max` first of a list in show order (key, then exact column, then place in the list), found in one pass: a
 * heap of them whose top is the last one, which a later diagnostic replaces when it comes before it. On a page's
 * list (runs in position order) most are told apart from the top by one comparison; each key is made once.
 */
class FirstInOrder {
  private readonly at: Int32Array;
  private readonly keys: Float64Array;
  private size = 0;

  constructor(private readonly list: DocDiagnostic[], private readonly max: number) {
    this.at = new Int32Array(max);
    this.keys = new Float64Array(max);
  }

  /** Whether the `i`th diagnostic (key `ki`) comes after the `j`th (key `kj`) in show order. */
  private after(i: number, ki: number, j: number, kj: number): boolean {
    if (ki !== kj) return ki > kj;
    // A key holds the column only up to 2^21: the exact column, then the place in the list, decide.
    const ci = this.list[i].range.start.character;
    const cj = this.list[j].range.start.character;
    return ci !== cj ? ci > cj : i > j;
  }

  offer(i: number, k: number): void {
    const { at, keys } = this;
    if (this.max === 0) return;
    if (this.size < this.max) {
      // Up from the new last leaf.
      let c = this.size++;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!this.after(i, k, at[p], keys[p])) break;
        at[c] = at[p];
        keys[c] = keys[p];
        c = p;
      }
      at[c] = i;
      keys[c] = k;
      return;
    }
    if (!this.after(at[0], keys[0], i, k)) return;
    // Down from the top, which `i` replaces.
    let c = 0;
    for (;;) {
      let m = 2 * c + 1;
      if (m >= this.size) break;
      if (m + 1 < this.size && this.after(at[m + 1], keys[m + 1], at[m], keys[m])) m++;
      if (!this.after(at[m], keys[m], i, k)) break;
      at[c] = at[m];
      keys[c] = keys[m];
      c = m;
    }
    at[c] = i;
    keys[c] = k;
  }

  /** The places of the kept ones, in show order. */
  sorted(): number[] {
    const order = Array.from({ length: this.size }, (_, n) => n);
    order.sort((x, y) => (this.after(this.at[x], this.keys[x], this.at[y], this.keys[y]) ? 1 : -1));
    return order.map((n) => this.at[n]);
  }
}

/**
 * `list` as the editor shows it: unchanged when it has `max` or fewer, else the first `max` and a closing note.
 * Over `max`, `list` may be in any order: the kept ones come out as they would from `list` in position order
 * (the same position: in `list`'s order, as a stable sort leaves them), so the service need not sort it first.
 */
export function capDiagnostics(list: DocDiagnostic[], max = MAX_DIAGNOSTICS_PER_PAGE): DocDiagnostic[] {
  if (list.length <= max) return list;
  const first = new FirstInOrder(list, max);
  for (let i = 0; i < list.length; i++) first.offer(i, key(list[i]));
  const kept = first.sorted().map((i) => list[i]);
  const left = list.length - kept.length;
  const note: DocDiagnostic = {
    code: TRUNCATED_CODE, severity: 'information',
    message: `and ${left.toLocaleString('en-US')} more problems (not shown): the editor shows the first ${max.toLocaleString('en-US')} of this page's ${list.length.toLocaleString('en-US')}, the most severe first; \`check\` reports them all.`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    data: { shown: kept.length, total: list.length },
  };
  kept.push(note);
  return kept;
}
