// Diagnostics in position order (line, then column; ties kept in list order), as a stable sort gives them. The
// rules' list is a few runs already in order (each rule reports in page order), so the runs are found and merged:
// on a page of 100,000 problems this is a few passes of plain comparisons, where a sort calls its comparator
// hundreds of thousands of times at each keystroke.
import type { DocDiagnostic } from '../types';

/** Whether `a` comes after `b` (strictly). */
function after(a: DocDiagnostic, b: DocDiagnostic): boolean {
  const x = a.range.start;
  const y = b.range.start;
  return x.line > y.line || (x.line === y.line && x.character > y.character);
}

/** `list` sorted by start position, stable (what `list.sort` by line and column gives); `list` itself is reordered. */
export function byPosition(list: DocDiagnostic[]): DocDiagnostic[] {
  // Where each run in order starts (and the end).
  const runs: number[] = [0];
  for (let i = 1; i < list.length; i++) if (after(list[i - 1], list[i])) runs.push(i);
  if (runs.length === 1) return list;
  runs.push(list.length);
  let from = list;
  let to = new Array<DocDiagnostic>(list.length);
  // Neighbouring runs merged pairwise until one is left; on a tie the earlier run's comes first (stable).
  while (runs.length > 2) {
    const next: number[] = [];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const lo = runs[r];
      const mid = runs[r + 1];
      const hi = r + 2 < runs.length ? runs[r + 2] : mid;
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) to[k++] = after(from[i], from[j]) ? from[j++] : from[i++];
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
      next.push(lo);
    }
    next.push(list.length);
    runs.length = 0;
    for (const x of next) runs.push(x);
    const t = from;
    from = to;
    to = t;
  }
  if (from !== list) for (let i = 0; i < list.length; i++) list[i] = from[i];
  return list;
}
