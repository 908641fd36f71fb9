// The block structure of an edited page, parsed again only where the edit can matter: from the last ground-level
// line before the change (nothing open there, so the parse can start afresh) to the first ground-level line after
// it where the previous parse was at ground level in the same state (from there on both parses read the same
// lines in the same state, so the previous results, moved, are the new ones). Equal to `scanBlocks` of the new
// text (the property tests compare them after random edits).
import { emptyBlocks, type Blocks, type Segment } from './blocks';
import { BlockParser } from './blockParser';
import type { LineIndex } from './lines';
import { move, sp } from './moved';
import type { TextChange } from './textChange';

/**
 * A re-parsed page: lines `[restart, stop)` (offsets `[from, to)`) of the new text were read again; from `to`
 * on it is the old parse moved by `delta` (old line `oldStop` is new line `stop`). Its `units` and `paragraphs`
 * are only those of the re-parsed stretch: nothing else needs them.
 */
export interface BlockEdit {
  blocks: Blocks;
  restart: number;
  stop: number;
  oldStop: number;
  from: number;
  to: number;
  delta: number;
}

/** Index of the first element that starts at or after `offset` (lists ordered by start). */
export function lowerBound(list: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `head` (elements starting before `from`) of `old`, in place of a new list's start. */
function keepHead<T extends { start: number }>(old: T[], from: number): T[] {
  return old.slice(0, lowerBound(old, from));
}

function addTail<T extends { start: number }>(into: T[], old: T[], from: number, moved: (x: T) => T): void {
  for (let i = lowerBound(old, from); i < old.length; i++) into.push(moved(old[i]));
}

/**
 * The block structure of `text` (an edit of `prev`'s text, `lines` its line index), or undefined when the edit
 * touches the front matter or the first line (then the whole page is parsed again).
 */
export function rescanBlocks(prev: Blocks, text: string, lines: LineIndex, change: TextChange): BlockEdit | undefined {
  const old = prev.lines;
  const p = change.start;
  if (p === 0) return undefined;
  // Lines before `changed` are unchanged, line breaks included.
  const changed = old.lineAt(p - 1);
  if (changed < prev.firstLine || changed === 0) return undefined;
  // Without front matter, a `---` first line may become front matter when a closing line is typed.
  if (!prev.frontMatter && old.lineText(0).trimEnd() === '---') return undefined;
  let restart = changed;
  while (restart > prev.firstLine && prev.ground[restart] === 0) restart--;
  const from = old.starts[restart];

  const out = emptyBlocks(lines);
  if (prev.frontMatter) out.frontMatter = prev.frontMatter;
  out.firstLine = prev.firstLine;
  out.ground.set(prev.ground.subarray(0, restart));
  out.content.set(prev.content.subarray(0, restart));
  out.codeBlocks = keepHead(prev.codeBlocks, from);
  out.directives = keepHead(prev.directives, from);
  out.comments = keepHead(prev.comments, from);
  out.blockComments = keepHead(prev.blockComments, from);
  out.notComments = keepHead(prev.notComments, from);
  out.strayFences = keepHead(prev.strayFences, from);
  out.headings = keepHead(prev.headings, from);
  const kept = prev.nodes.lowerBound(from);
  out.nodes = prev.nodes.head(kept, prev.nodes.length - kept + 16);

  // New lines after `newLast` start after the change; each is old line `i - lineDelta`, with the same text.
  const newLast = lines.lineAt(change.newEnd);
  const lineDelta = newLast - old.lineAt(change.oldEnd);
  const parser = new BlockParser(text, lines, out);
  const stop = parser.run(restart, (i, ground) => i > newLast && prev.ground[i - lineDelta] === ground, prev.ground[restart]);
  if (stop === lines.lineCount) {
    parser.finish();
    return { blocks: out, restart, stop, oldStop: old.lineCount, from, to: text.length, delta: change.newEnd - change.oldEnd };
  }
  const oldStop = stop - lineDelta;
  const to = lines.starts[stop];
  const oldTo = old.starts[oldStop];
  const d = to - oldTo;
  const dd = out.directives.length - lowerBound(prev.directives, oldTo);
  const tail = prev.nodes.lowerBound(oldTo);
  const dn = out.nodes.length - tail;
  addTail(out.codeBlocks, prev.codeBlocks, oldTo, (c) => move.code(c, d));
  addTail(out.directives, prev.directives, oldTo, (x) => move.directive(x, d, dd));
  addTail(out.comments, prev.comments, oldTo, (c) => move.comment(c, d));
  addTail(out.blockComments, prev.blockComments, oldTo, (c) => move.blockComment(c, d));
  addTail(out.notComments, prev.notComments, oldTo, (c) => move.notComment(c, d));
  addTail(out.strayFences, prev.strayFences, oldTo, (s) => sp(s, d));
  addTail(out.headings, prev.headings, oldTo, (h) => move.heading(h, d));
  out.nodes.appendMoved(prev.nodes, tail, d, lineDelta, dn);
  out.ground.set(prev.ground.subarray(oldStop), stop);
  for (let l = oldStop, k = stop; l < prev.content.length; l++, k++) out.content[k] = prev.content[l] + d;
  return { blocks: out, restart, stop, oldStop, from, to, delta: d };
}

/**
 * The inline units and paragraphs of lines `[from, stop)` of a parsed text, parsed again: `from` and `stop` are
 * ground-level lines of that parse (or `stop` its line count), `ground` the code of `from`, so they come out as
 * it found them.
 */
export function unitsBetween(text: string, lines: LineIndex, from: number, stop: number, ground: number): { units: Segment[]; paragraphs: Segment[] } {
  const out = emptyBlocks(lines);
  const parser = new BlockParser(text, lines, out);
  if (parser.run(from, (i) => i >= stop, ground) === lines.lineCount) parser.finish();
  return { units: out.units, paragraphs: out.paragraphs };
}
