// The model of an edited page from the previous version's: what lies before the re-scanned stretch is kept
// (the same objects), what lies after it is moved, and only the stretch itself is read again — and of its
// Markdown units only those the edit touched (the others' results are found in the previous model).
import { lowerBound, unitsBetween, type BlockEdit } from './blockEdit';
import type { Blocks, Segment } from './blocks';
import { detachStrings } from './detach';
import { editedIrregular } from './irregular';
import type { LineIndex } from './lines';
import { move } from './moved';
import type { TextChange } from './textChange';
import type { Page, Span } from './types';
import { checklistItems, emptyResult, readRange, shifted, sortResult, tablesIn, type InlineResult, type Reuse } from './units';
import { isLong, movedTrace, readWindow, type UnitTrace } from './unitWindow';

/** The previous parse of a document: what an edit is applied to. */
export interface ParseState {
  text: string;
  page: Page;
  /** Its block structure (after an incremental parse, `units` and `paragraphs` only of the re-parsed stretch). */
  blocks: Blocks;
  skipYaml: boolean;
  skipIrregular: boolean;
  /** What this version read anew (an edit's stretch), whose strings are cut from `text` (detach.ts). */
  fresh?: Span;
  /** The traces of its long units (./unitWindow.ts), in order. */
  traces: UnitTrace[];
}

/** The elements of `list` starting in `[from, to)`. */
function within<T extends { start: number }>(list: T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(list, from); i < list.length && list[i].start < to; i++) out.push(list[i]);
  return out;
}

/**
 * Finds the results of units the change did not touch in the previous model: a unit wholly before the change
 * (same offsets) or wholly after it (moved by the change's length difference), with the same length, has the
 * same text and so the same results. `old` holds the previous parse's units (of the stretch where they are
 * looked for).
 */
export function reuser(prev: ParseState, change: TextChange, old: { units: Segment[] }, text: string): Reuse {
  const delta = change.newEnd - change.oldEnd;
  const units = old.units;
  const traceAt = (start: number): UnitTrace | undefined => {
    const t = prev.traces[lowerBound(prev.traces, start)];
    return t && t.start === start ? t : undefined;
  };
  return (unit: Segment) => {
    let shift: number;
    if (unit.end <= change.start) shift = 0;
    else if (unit.start >= change.newEnd) shift = delta;
    else {
      // A long unit the edit lies in: read again around the edit, if its previous version was traced.
      const t = isLong(unit) ? traceAt(unit.start) : undefined;
      return t && readWindow(prev.text, prev.page, t, text, unit, change);
    }
    const start = unit.start - shift;
    const u = units[lowerBound(units, start)];
    if (!u || u.start !== start || u.end - u.start !== unit.end - unit.start) return undefined;
    // What a unit's results say about its line outside the unit (an anchor alone on its line) must hold too:
    // `# $$$a$$$` that became ` $$$a$$$` has the same unit text, but its anchor is now alone on its line.
    if (!sameLineAround(prev.text, u, text, unit)) return undefined;
    const p = prev.page;
    const r: InlineResult = {
      headings: [], links: within(p.links, u.start, u.end), subs: within(p.subs, u.start, u.end),
      anchors: within(p.anchors, u.start, u.end), roles: within(p.roles, u.start, u.end),
    };
    const t = isLong(unit) ? traceAt(u.start) : undefined;
    return { result: shift === 0 ? r : shifted(r, shift), trace: t && movedTrace(t, shift) };
  };
}

/** Whether the text from the line start to the unit, and from the unit to the line end, is the same in both. */
function sameLineAround(oldText: string, oldUnit: Segment, text: string, unit: Segment): boolean {
  let a = oldUnit.start;
  let b = unit.start;
  while (a > 0 && b > 0) {
    const c = oldText.charCodeAt(a - 1);
    if (c !== text.charCodeAt(b - 1)) return false;
    if (c === 10 || c === 13) break;
    a--;
    b--;
  }
  if ((a === 0) !== (b === 0) && !isLineBreak(a === 0 ? text.charCodeAt(b - 1) : oldText.charCodeAt(a - 1))) return false;
  a = oldUnit.end;
  b = unit.end;
  while (a < oldText.length && b < text.length) {
    const c = oldText.charCodeAt(a);
    if (c !== text.charCodeAt(b)) return false;
    if (c === 10 || c === 13) return true;
    a++;
    b++;
  }
  return (a >= oldText.length || isLineBreak(oldText.charCodeAt(a))) && (b >= text.length || isLineBreak(text.charCodeAt(b)));
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * `old`'s elements before `from`, then `middle`, then `old`'s elements from `oldTo` on, moved: `middle` itself when
 * `old` has none of those (`middle` is this parse's own list). Sized once: a list of 50,000 links grown by pushes is
 * copied into ever larger arrays, each fresh memory.
 */
function splice<T extends { start: number }>(old: T[], middle: T[], from: number, oldTo: number, moved: (x: T) => T): T[] {
  const head = lowerBound(old, from);
  const tail = lowerBound(old, oldTo);
  if (head === 0 && tail === old.length) return middle;
  const out = new Array<T>(head + middle.length + old.length - tail);
  let k = 0;
  for (let i = 0; i < head; i++) out[k++] = old[i];
  for (const x of middle) out[k++] = x;
  for (let i = tail; i < old.length; i++) out[k++] = moved(old[i]);
  return out;
}

/** The new page from the previous one and the re-scanned blocks. */
export function editedPage(prev: ParseState, edit: BlockEdit, change: TextChange, text: string, lines: LineIndex, uri: string, version: number, traces: UnitTrace[]): Page {
  const { blocks: b, from, to, delta: d } = edit;
  const oldTo = to - d;
  const win = emptyResult();
  const oldUnits = unitsBetween(prev.text, prev.page.lines, edit.restart, edit.oldStop, prev.blocks.ground[edit.restart]);
  for (let k = 0; k < prev.traces.length && prev.traces[k].start < from; k++) traces.push(prev.traces[k]);
  readRange(text, b, from, to, win, reuser(prev, change, oldUnits, text), traces);
  for (let k = lowerBound(prev.traces, oldTo); k < prev.traces.length; k++) traces.push(movedTrace(prev.traces[k], d));
  sortResult(win);
  const old = prev.page;
  const page: Page = {
    uri, version, text, lines,
    // The page's headings are the block parser's, all of them (freshPage reads them in order): the edited blocks
    // already hold them kept, parsed again and moved, so they are not moved a second time here.
    headings: b.headings,
    anchors: splice(old.anchors, win.anchors, from, oldTo, (x) => move.anchor(x, d)),
    links: splice(old.links, win.links, from, oldTo, (x) => move.link(x, d)),
    subs: splice(old.subs, win.subs, from, oldTo, (x) => move.sub(x, d)),
    roles: splice(old.roles, win.roles, from, oldTo, (x) => move.role(x, d)),
    comments: b.comments, blockComments: b.blockComments, notComments: b.notComments, checklist: checklistItems(b.comments, lines),
    directives: b.directives, codeBlocks: b.codeBlocks,
    tables: splice(old.tables, tablesIn(text, lines, b.content, b.paragraphs, from, to), from, oldTo, (t) => move.table(t, d)),
    frontMatterProblems: old.frontMatterProblems, strayFences: b.strayFences, blocks: b.nodes,
    irregular: prev.skipIrregular ? [] : editedIrregular(old.irregular, text, change),
    ...(old.frontMatter ? { frontMatter: old.frontMatter } : {}),
  };
  if (prev.fresh) detachKept(page, b, prev.fresh, edit);
  return page;
}

/**
 * What the last version read anew and this one keeps gets strings of its own (detach.ts): kept on, it would keep
 * that version's whole text alive. Only then: while the writer types in one place, each version reads that stretch
 * anew and nothing needs copying. `last` is in the last version's offsets.
 */
function detachKept(page: Page, b: Blocks, last: Span, edit: BlockEdit): void {
  const { from, to, delta: d } = edit;
  const oldTo = to - d;
  // The last version's stretch in this version's offsets (what the edit replaced is read anew: not kept).
  const lo = last.start < from ? last.start : last.start >= oldTo ? last.start + d : from;
  const hi = last.end <= from ? last.end : last.end > oldTo ? last.end + d : to;
  if (lo >= from && hi <= to) return;
  for (const list of [page.links, page.subs, page.anchors, page.roles, b.headings, b.comments, b.blockComments, b.notComments, b.directives, b.codeBlocks]) detachBetween(list, lo, hi, from, to);
  for (let k = lowerBound(page.tables, lo); k < page.tables.length && page.tables[k].start < hi; k++) {
    const t = page.tables[k];
    if (t.start < from || t.start >= to) detachStrings(t, 3);
  }
}

/** `detachStrings` for the items of `list` starting in `[lo, hi)` but not in `[from, to)`. */
function detachBetween(list: readonly { start: number }[], lo: number, hi: number, from: number, to: number): void {
  for (let k = lowerBound(list, lo); k < list.length && list[k].start < hi; k++) {
    const at = list[k].start;
    if (at < from || at >= to) detachStrings(list[k]);
  }
}
