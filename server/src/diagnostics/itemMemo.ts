// A rule's diagnostics per model item, kept from the last version of a page for the next. An item of the new
// version that is the same as one of the last — before the edit at the same offsets, or on a line after it moved by
// the edit — has the same diagnostics when what the rule read besides the item is unchanged: before the edit the same
// ranges, after it the same columns on lines moved by as many lines as the edit added. On a page of 100,000
// problems a keystroke so makes the diagnostics of a line or two, not of every item.
import { lineIn, type LineIndex } from '../model/lines';
import { textChange } from '../model/textChange';
import type { Span } from '../model/types';
import type { DocDiagnostic } from '../types';

interface Last<T> {
  text: string;
  lines: LineIndex;
  items: readonly T[];
  diags: DocDiagnostic[][];
  inputs: readonly unknown[];
}

/** `d` on lines `dl` further down (same columns). */
export function movedLines(d: DocDiagnostic, dl: number): DocDiagnostic {
  const { start, end } = d.range;
  return { ...d, range: { start: { line: start.line + dl, character: start.character }, end: { line: end.line + dl, character: end.character } } };
}

/**
 * Where the first line whose line break before it lies after an edit ending at `newEnd` starts (Infinity: none):
 * from there on the old and the new text have the same lines, moved by the edit's length and line count.
 */
export function unchangedTailFrom(starts: Uint32Array, newEnd: number): number {
  const tail = lineIn(starts, newEnd) + 1;
  return tail < starts.length ? starts[tail] : Infinity;
}

/**
 * One rule's diagnostics per item of a kind (substitution uses, …) for one document. The rule's diagnostics for an
 * item must lie inside the item's span and depend only on the item's fields (what `same` compares) and `inputs`.
 */
export class ItemMemo<T extends Span> {
  private last: Last<T> | undefined;

  /** `same(a, b, d)`: whether `b` is `a` moved by `d` characters, field for field. */
  constructor(private readonly same: (a: T, b: T, d: number) => boolean) {}

  /**
   * `out` and then the diagnostics of each of `items` (in order): found again from the last version when it can be,
   * else made by `make`. `inputs`: what `make` reads besides the item (compared by identity). One new list made at
   * its size (100,000 diagnostics pushed one by one are copied into ever larger arrays, each fresh memory).
   */
  run(text: string, lines: LineIndex, items: readonly T[], inputs: readonly unknown[], make: (item: T) => DocDiagnostic[], out: readonly DocDiagnostic[] = []): DocDiagnostic[] {
    const last = this.last && this.last.inputs.length === inputs.length && this.last.inputs.every((x, i) => x === inputs[i]) ? this.last : undefined;
    const diags = new Array<DocDiagnostic[]>(items.length);
    if (!last) {
      for (let k = 0; k < items.length; k++) diags[k] = make(items[k]);
    } else {
      const c = textChange(last.text, text);
      const d = c.newEnd - c.oldEnd;
      const dl = lines.lineCount - last.lines.lineCount;
      const tailFrom = unchangedTailFrom(lines.starts, c.newEnd);
      const old = last.items;
      let j = 0;
      for (let k = 0; k < items.length; k++) {
        const u = items[k];
        let found: DocDiagnostic[] | undefined;
        // Wholly before the change (its end too: a line break typed just after a `\r` moves the offset at the change).
        if (u.end < c.start) {
          while (j < old.length && old[j].start < u.start) j++;
          if (j < old.length && old[j].start === u.start && this.same(old[j], u, 0)) found = last.diags[j];
        } else if (u.start >= tailFrom) {
          const at = u.start - d;
          while (j < old.length && old[j].start < at) j++;
          if (j < old.length && old[j].start === at && this.same(old[j], u, d)) found = dl === 0 ? last.diags[j] : last.diags[j].map((x) => movedLines(x, dl));
        }
        diags[k] = found ?? make(u);
      }
    }
    this.last = { text, lines, items, diags, inputs };
    let n = out.length;
    for (const list of diags) n += list.length;
    const all = new Array<DocDiagnostic>(n);
    let k = 0;
    for (const x of out) all[k++] = x;
    for (const list of diags) for (const x of list) all[k++] = x;
    return all;
  }
}
