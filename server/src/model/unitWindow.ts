// A long paragraph (a unit of many lines) read again only around an edit. The inline scan of a unit (inline.ts) is
// a walk from step to step; each step reads its own line, but a `[` may read on (its `]`, its destination, a title
// over several lines, or the whole rest of the unit when it finds no match). A line start no step reads across is a
// cut: the scan started there afresh goes on as the scan of the whole unit does. So after an edit the scan starts
// at the last cut before it (the results before it are the previous version's), and stops at the first line start
// after it where its own steps read across nothing and that was a cut of the previous version: from there on both
// versions take the same steps over the same text (the results after it are the previous version's, moved).
// This holds for units without `\` and backticks, the only characters the unit-wide bracket pass skips
// (`bracketEnd`: without them a `[` matches what counting finds, wherever the pass began); in others, and when the
// window grows large, the unit is read whole.
import { lowerBound } from './blockEdit';
import type { Segment } from './blocks';
import { detachStrings } from './detach';
import { scanInline, scanRun } from './inline';
import { move } from './moved';
import type { TextChange } from './textChange';
import type { Page } from './types';
import type { InlineResult } from './units';

/** A unit of this many lines or more is long: its steps that read across lines are kept (a `UnitTrace`). */
export const LONG_UNIT_LINES = 64;

/** A long unit's steps that read past their line, from its last read: where it can be read again in part. */
export interface UnitTrace {
  start: number;
  end: number;
  /** `[start, reach)` of each step that read past its line, flat, in order of start. */
  spans: number[];
  /** Per span, the largest reach of it and all before it (what `isCut` needs). */
  maxReach: number[];
}

export function isLong(unit: Segment): boolean {
  return unit.endLine - unit.startLine + 1 >= LONG_UNIT_LINES;
}

/** Whether `[from, to)` of `text` holds no `\` and no backtick (a unit the window can read in part). */
export function plainRun(text: string, from: number, to: number): boolean {
  const a = text.indexOf('\\', from);
  if (a >= 0 && a < to) return false;
  const b = text.indexOf('`', from);
  return b < 0 || b >= to;
}

function trace(start: number, end: number, spans: number[]): UnitTrace {
  const maxReach: number[] = new Array<number>(spans.length >> 1);
  let m = -1;
  for (let k = 0; k < spans.length; k += 2) {
    if (spans[k + 1] > m) m = spans[k + 1];
    maxReach[k >> 1] = m;
  }
  return { start, end, spans, maxReach };
}

/** `t` moved by `d`. */
export function movedTrace(t: UnitTrace, d: number): UnitTrace {
  if (d === 0) return t;
  const spans = t.spans.map((x) => x + d);
  return { start: t.start + d, end: t.end + d, spans, maxReach: t.maxReach.map((x) => x + d) };
}

/**
 * Reads a long unit whole into `sink`; its trace when the window can read its next version in part (no `\`, no
 * backtick), else undefined.
 */
export function readTraced(text: string, unit: Segment, sink: InlineResult): UnitTrace | undefined {
  if (!plainRun(text, unit.start, unit.end)) {
    scanInline(text, unit.start, unit.end, 'text', sink);
    return undefined;
  }
  const run = scanRun(Infinity, false, Infinity);
  scanInline(text, unit.start, unit.end, 'text', sink, run);
  return trace(unit.start, unit.end, run.spans);
}

/** Index of the last span starting before `x`, or -1. */
function lastBefore(t: UnitTrace, x: number): number {
  let lo = 0;
  let hi = t.spans.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.spans[2 * mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Whether no step of the traced read reads across `x` (a line start of the unit, or its start). */
export function isCut(t: UnitTrace, x: number): boolean {
  const k = lastBefore(t, x);
  return k < 0 || t.maxReach[k] <= x;
}

/** The last cut of `t` at or before `p`: a line start of `text` (or the unit's start). */
function cutBefore(t: UnitTrace, text: string, p: number): number {
  let x = Math.max(t.start, text.lastIndexOf('\n', p - 1) + 1);
  while (x > t.start && !isCut(t, x)) {
    // The first span that reads across `x` starts on a line before it: try that line's start.
    const k = lastBefore(t, x);
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (t.maxReach[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    x = Math.max(t.start, text.lastIndexOf('\n', t.spans[2 * lo] - 1) + 1);
  }
  return x;
}

/** The largest window (characters) worth reading: past it, or its brackets' matching, the unit is read whole. */
function windowBudget(unit: Segment): number {
  return Math.max(1 << 16, (unit.end - unit.start) >> 3);
}

/**
 * The results of `unit` of the edited text read only around the change, from the previous version's results of
 * the same unit (`old`, its trace; the change lies inside it) — with its new trace — or undefined to read it whole.
 */
export function readWindow(prevText: string, prev: Page, old: UnitTrace, text: string, unit: Segment, change: TextChange): { result: InlineResult; trace: UnitTrace } | undefined {
  const d = change.newEnd - change.oldEnd;
  if (unit.start !== old.start || unit.end - d !== old.end || change.start < unit.start || change.oldEnd > old.end) return undefined;
  if (!plainRun(text, change.start, change.newEnd)) return undefined;
  const x = cutBefore(old, prevText, change.start);
  const budget = windowBudget(unit);
  const run = scanRun(0, true, budget);
  const win: InlineResult = { headings: [], links: [], subs: [], anchors: [], roles: [] };
  let at = x;
  // Candidates: line starts after the change (the line break before them unchanged too).
  let y = text.indexOf('\n', Math.max(change.newEnd, x)) + 1;
  for (;;) {
    if (y <= 0 || y >= unit.end) {
      y = -1;
      run.limit = Infinity;
    } else run.limit = y;
    scanInline(text, at, unit.end, 'text', win, run);
    if (run.aborted) return undefined;
    at = run.at;
    if (y < 0) break;
    if (at === y && isCut(old, y - d)) break;
    if (at - x > budget) return undefined;
    y = text.indexOf('\n', Math.max(at, y + 1) - 1) + 1;
  }
  // What the window read gets strings of its own: kept by the next versions, it would keep this text alive.
  for (const list of [win.links, win.subs, win.anchors, win.roles]) detachStrings(list);
  const oldY = y < 0 ? old.end : y - d;
  const result: InlineResult = {
    headings: [],
    links: joined(prev.links, unit.start, x, win.links, oldY, old.end, (l) => move.link(l, d)),
    subs: joined(prev.subs, unit.start, x, win.subs, oldY, old.end, (u) => move.sub(u, d)),
    anchors: joined(prev.anchors, unit.start, x, win.anchors, oldY, old.end, (a) => move.anchor(a, d)),
    roles: joined(prev.roles, unit.start, x, win.roles, oldY, old.end, (r) => move.role(r, d)),
  };
  const spans: number[] = [];
  for (let k = 0; k < old.spans.length && old.spans[k] < x; k += 2) spans.push(old.spans[k], old.spans[k + 1]);
  for (const s of run.spans) spans.push(s);
  for (let k = 2 * (lastBefore(old, oldY) + 1); k < old.spans.length; k += 2) spans.push(old.spans[k] + d, old.spans[k + 1] + d);
  return { result, trace: trace(unit.start, unit.end, spans) };
}

/** `old`'s elements starting in `[from, x)`, then `win`, then `old`'s starting in `[y, end)` moved (sized once). */
function joined<T extends { start: number }>(old: T[], from: number, x: number, win: T[], y: number, end: number, moved: (t: T) => T): T[] {
  const a = lowerBound(old, from);
  const b = lowerBound(old, x);
  const c = lowerBound(old, y);
  const e = lowerBound(old, end);
  const out = new Array<T>(b - a + win.length + (e - c));
  let k = 0;
  for (let i = a; i < b; i++) out[k++] = old[i];
  for (const t of win) out[k++] = t;
  for (let i = c; i < e; i++) out[k++] = moved(old[i]);
  return out;
}
