// What the editor is shown of a page's problems: at most `max`, the most severe first (errors, warnings,
// information, hints) and then by position, and a closing note that says how many were left out. A page with
// 100,000 problems must not cost a keystroke the sorting and sending of 100,000 objects: the kept ones are found
// with a sort of plain numbers, and only they are sorted as objects. The `check` CLI reports everything: the cap
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
 * The `n`th smallest of `a` (what `a.sort()[n]` is), by quickselect: expected linear, where a sort of 100,000 keys
 * at each keystroke is most of the cap's time. `a` is reordered.
 */
export function nth(a: Float64Array, n: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    // The median of three as pivot (sorted input, the common case, stays linear).
    const mid = (lo + hi) >>> 1;
    const x = a[lo];
    const y = a[mid];
    const z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (n <= j) hi = j;
    else if (n >= i) lo = i;
    else return a[n];
  }
  return a[n];
}

/** A diagnostic kept, with its key and its place in the list. */
interface Kept {
  d: DocDiagnostic;
  k: number;
  i: number;
}

/**
 * `list` as the editor shows it: unchanged when it has `max` or fewer, else the first `max` and a closing note.
 * Over `max`, `list` may be in any order: the kept ones come out as they would from `list` in position order
 * (the same position: in `list`'s order, as a stable sort leaves them), so the service need not sort it first.
 */
export function capDiagnostics(list: DocDiagnostic[], max = MAX_DIAGNOSTICS_PER_PAGE): DocDiagnostic[] {
  if (list.length <= max) return list;
  // The keys are reordered by `nth`, and made again below (cheaper than a second array of 100,000).
  const keys = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) keys[i] = key(list[i]);
  const threshold = nth(keys, max - 1);
  const kept: Kept[] = [];
  const ties: Kept[] = [];
  for (let i = 0; i < list.length; i++) {
    const k = key(list[i]);
    if (k < threshold) kept.push({ d: list[i], k, i });
    else if (k === threshold) ties.push({ d: list[i], k, i });
  }
  // A key holds the column only up to 2^21: the exact column, then the place in `list`, decide between equal keys.
  const order = (a: Kept, b: Kept) => a.k - b.k || a.d.range.start.character - b.d.range.start.character || a.i - b.i;
  ties.sort(order);
  for (const t of ties) {
    if (kept.length >= max) break;
    kept.push(t);
  }
  kept.sort(order);
  const left = list.length - kept.length;
  const note: DocDiagnostic = {
    code: TRUNCATED_CODE, severity: 'information',
    message: `and ${left.toLocaleString('en-US')} more problems (not shown): the editor shows the first ${max.toLocaleString('en-US')} of this page's ${list.length.toLocaleString('en-US')}, the most severe first; \`check\` reports them all.`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    data: { shown: kept.length, total: list.length },
  };
  return [...kept.map((x) => x.d), note];
}
