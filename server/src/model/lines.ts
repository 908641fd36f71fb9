// Offsets ↔ LSP positions for one text. Offsets and `character` are UTF-16 code units, as in LSP.
import type { Position, Range } from '../types';
import type { TextChange } from './textChange';

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: Uint32Array;

  constructor(readonly text: string, starts?: Uint32Array) {
    if (starts) {
      this.starts = starts;
      return;
    }
    this.starts = LineIndex.scan(text);
  }

  private static scan(text: string): Uint32Array {
    if (text.indexOf('\r') < 0) {
      // LF only (the usual case): jump from line break to line break, twice: once to count the lines, once to fill
      // the array made to size (no growing list of numbers to copy and drop; the native search is cheap).
      let n = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
      const out = new Uint32Array(n);
      let k = 1;
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out[k++] = i + 1;
      return out;
    }
    const starts: number[] = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return new Uint32Array(starts);
  }

  /**
   * The line index of `text`, an edit of this index's text (`change` found by comparing them): line starts before
   * the change are kept, those inside it found again, those after it moved. Equal to `new LineIndex(text)`.
   */
  edited(text: string, change: TextChange): LineIndex {
    const { start: p, oldEnd, newEnd } = change;
    const old = this.starts;
    // A line start x depends on the characters at x - 1 and x: those before p are unchanged, those after the new
    // end are the old ones after the old end.
    const keep = p === 0 ? 0 : this.lineAt(p - 1) + 1;
    const mid: number[] = p === 0 ? [0] : [];
    for (let i = Math.max(0, p - 1); i < newEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) mid.push(i + 1);
    }
    const tail = this.lineAt(oldEnd) + 1;
    const delta = newEnd - oldEnd;
    const starts = new Uint32Array(keep + mid.length + old.length - tail);
    starts.set(old.subarray(0, keep));
    starts.set(mid, keep);
    for (let i = tail, j = keep + mid.length; i < old.length; i++, j++) starts[j] = old[i] + delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line the last `lineAt` found: asked again in about increasing order (ranges of a page's diagnostics), it is tried first. */
  private hint = 0;

  /** The line holding `offset` (binary search, unless it is the last line found or the next one). */
  lineAt(offset: number): number {
    const s = this.starts;
    const h = this.hint;
    if (s[h] <= offset) {
      if (h + 1 >= s.length || offset < s[h + 1]) return h;
      if (h + 2 >= s.length || offset < s[h + 2]) return (this.hint = h + 1);
    }
    return (this.hint = lineIn(s, offset));
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    return { line, character: o - this.starts[line] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset just past the line's last character, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let e = this.starts[line + 1];
    if (e > 0 && this.text.charCodeAt(e - 1) === 10) e--;
    if (e > 0 && this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }

  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }
}

/** The line holding `offset`, given line start offsets (binary search): what LineIndex.lineAt does, without a text. */
export function lineIn(starts: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
