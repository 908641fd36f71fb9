// The block pass of an edited page, re-run only where the edit can matter: from the last ground-level line
// before the change (nothing open there, so the scan can start afresh) to the first ground-level line after it
// where the previous scan was at ground level too (from there on both scans read the same lines in the same
// state, so the previous results, moved, are the new ones). Equal to `scanBlocks` of the new text (the
// property tests compare them after random edits).
import { emptyBlocks, type Blocks, type Segment } from './blocks';
import { BlockScanner } from './blockScanner';
import type { LineIndex } from './lines';
import type { TextChange } from './textChange';
import type { BlockComment, CodeBlock, Directive, DirectiveOption, LineComment, NotAComment, Span } from './types';

/**
 * A re-scanned page: lines `[restart, stop)` (offsets `[from, to)`) of the new text were read again; from `to`
 * on it is the old scan moved by `delta` (old line `oldStop` is new line `stop`). Its `segments` and `paragraphs`
 * are only those of the re-scanned stretch: nothing else needs them.
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

const sp = (s: Span, d: number): Span => ({ start: s.start + d, end: s.end + d });

function movedOption(o: DirectiveOption, d: number): DirectiveOption {
  return { ...o, start: o.start + d, end: o.end + d, keySpan: sp(o.keySpan, d), valueSpan: sp(o.valueSpan, d) };
}

function movedDirective(x: Directive, d: number, dd: number): Directive {
  const m: Directive = {
    ...x, start: x.start + d, end: x.end + d, nameSpan: sp(x.nameSpan, d), argumentSpan: sp(x.argumentSpan, d), open: sp(x.open, d),
    options: x.options.map((o) => movedOption(o, d)), body: sp(x.body, d), parent: x.parent === undefined ? undefined : x.parent + dd,
  };
  if (x.close) m.close = sp(x.close, d);
  return m;
}

function movedCode(c: CodeBlock, d: number): CodeBlock {
  return { ...c, start: c.start + d, end: c.end + d, open: sp(c.open, d), content: sp(c.content, d) };
}

/** `head` (elements starting before `from`) of `old`, in place of a new list's start. */
function keepHead<T extends { start: number }>(old: T[], from: number): T[] {
  return old.slice(0, lowerBound(old, from));
}

function addTail<T extends { start: number }>(into: T[], old: T[], from: number, move: (x: T) => T): void {
  for (let i = lowerBound(old, from); i < old.length; i++) into.push(move(old[i]));
}

/**
 * The block scan of `text` (an edit of `prev`'s text, `lines` its line index), or undefined when the edit
 * touches the front matter or the first line (then the whole page is scanned again).
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
  out.codeBlocks = keepHead(prev.codeBlocks, from);
  out.directives = keepHead(prev.directives, from);
  out.comments = keepHead(prev.comments, from);
  out.blockComments = keepHead(prev.blockComments, from);
  out.notComments = keepHead(prev.notComments, from);
  out.strayFences = keepHead(prev.strayFences, from);

  // New lines after `newLast` start after the change; each is old line `i - lineDelta`, with the same text.
  const newLast = lines.lineAt(change.newEnd);
  const lineDelta = newLast - old.lineAt(change.oldEnd);
  const scanner = new BlockScanner(text, lines, out);
  const stop = scanner.run(restart, (i) => i > newLast && prev.ground[i - lineDelta] === 1);
  if (stop === lines.lineCount) {
    scanner.finish();
    return { blocks: out, restart, stop, oldStop: old.lineCount, from, to: text.length, delta: change.newEnd - change.oldEnd };
  }
  const oldStop = stop - lineDelta;
  const to = lines.starts[stop];
  const oldTo = old.starts[oldStop];
  const d = to - oldTo;
  const dd = out.directives.length - lowerBound(prev.directives, oldTo);
  addTail(out.codeBlocks, prev.codeBlocks, oldTo, (c) => movedCode(c, d));
  addTail(out.directives, prev.directives, oldTo, (x) => movedDirective(x, d, dd));
  addTail<LineComment>(out.comments, prev.comments, oldTo, (c) => ({ ...c, start: c.start + d, end: c.end + d, textSpan: sp(c.textSpan, d) }));
  addTail<BlockComment>(out.blockComments, prev.blockComments, oldTo, (c) => ({ ...c, start: c.start + d, end: c.end + d }));
  addTail<NotAComment>(out.notComments, prev.notComments, oldTo, (c) => ({ ...c, start: c.start + d, end: c.end + d }));
  addTail(out.strayFences, prev.strayFences, oldTo, (s) => sp(s, d));
  out.ground.set(prev.ground.subarray(oldStop), stop);
  return { blocks: out, restart, stop, oldStop, from, to, delta: d };
}

/**
 * The Markdown units (segments and paragraphs) of lines `[from, stop)` of a scanned text, scanned again: `from`
 * and `stop` are ground-level lines of that scan (or `stop` its line count), so they come out as it found them.
 */
export function unitsBetween(text: string, lines: LineIndex, from: number, stop: number): { segments: Segment[]; paragraphs: Segment[] } {
  const out = emptyBlocks(lines);
  const scanner = new BlockScanner(text, lines, out);
  if (scanner.run(from, (i) => i >= stop) === lines.lineCount) scanner.finish();
  return { segments: out.segments, paragraphs: out.paragraphs };
}
