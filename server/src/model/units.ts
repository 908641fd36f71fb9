// What the page model reads after the block pass, for the whole page or for the stretch an edit read again:
// the inline units (paragraphs and heading texts), the inline content of comments, directive titles and
// `subs=true` code, the pipe tables, the checklist items of comments. Everything found in `[from, to)` of the
// text depends only on the text there.
import { lowerBound } from './blockEdit';
import type { Blocks, Segment } from './blocks';
import { scanInline, scanTextRun } from './inline';
import type { LineIndex } from './lines';
import { move } from './moved';
import { scanTables } from './tables';
import { isLong, readTraced, type UnitTrace } from './unitWindow';
import type { ChecklistItem, Heading, InlineAnchor, LineComment, Link, Role, SubUse, Table } from './types';

/** What a stretch of the page holds inline (offsets into the page text). */
export interface InlineResult {
  headings: Heading[];
  links: Link[];
  subs: SubUse[];
  anchors: InlineAnchor[];
  roles: Role[];
}

/** A copy of an inline result moved by `b`. */
export function shifted(r: InlineResult, b: number): InlineResult {
  return {
    headings: r.headings.map((h) => move.heading(h, b)), links: r.links.map((l) => move.link(l, b)), subs: r.subs.map((u) => move.sub(u, b)),
    anchors: r.anchors.map((a) => move.anchor(a, b)), roles: r.roles.map((x) => move.role(x, b)),
  };
}

export function emptyResult(): InlineResult {
  return { headings: [], links: [], subs: [], anchors: [], roles: [] };
}

/** Reads one inline unit in place. */
export function readUnit(text: string, unit: Segment): InlineResult {
  const out = emptyResult();
  scanInline(text, unit.start, unit.end, 'text', out);
  return out;
}

/**
 * A unit's result found again (an unchanged unit of the previous version, or a long one read again only around
 * the edit: ./unitWindow.ts) with its trace if it is long, or undefined to read the unit.
 */
export type Reuse = (unit: Segment) => { result: InlineResult; trace?: UnitTrace } | undefined;

/**
 * Reads the headings and inline units starting in `[from, to)`, then the inline content of the comments,
 * directive titles and `subs=true` code blocks there, into `sink` (in that order, unsorted). With `traces`, the
 * long units' traces are added to it, in order.
 */
export function readRange(text: string, b: Blocks, from: number, to: number, sink: InlineResult, reuse?: Reuse, traces?: UnitTrace[]): void {
  for (let k = lowerBound(b.headings, from); k < b.headings.length && b.headings[k].start < to; k++) sink.headings.push(b.headings[k]);
  const units = b.units;
  for (let k = lowerBound(units, from); k < units.length && units[k].start < to; k++) {
    const found = reuse?.(units[k]);
    // A unit read afresh goes straight into the sink (what `readUnit` would give, appended in the same order).
    if (!found) {
      if (traces && isLong(units[k])) {
        const t = readTraced(text, units[k], sink);
        if (t) traces.push(t);
      } else scanInline(text, units[k].start, units[k].end, 'text', sink);
      continue;
    }
    if (traces && found.trace) traces.push(found.trace);
    const s = found.result;
    sink.links = joinedTo(sink.links, s.links);
    sink.subs = joinedTo(sink.subs, s.subs);
    sink.anchors = joinedTo(sink.anchors, s.anchors);
    sink.roles = joinedTo(sink.roles, s.roles);
  }
  for (let k = lowerBound(b.comments, from); k < b.comments.length && b.comments[k].start < to; k++) {
    const c = b.comments[k];
    scanInline(text, c.textSpan.start, c.textSpan.end, 'comment', sink);
  }
  for (let k = lowerBound(b.directives, from); k < b.directives.length && b.directives[k].start < to; k++) {
    const d = b.directives[k];
    if (d.argument.includes('{{')) scanTextRun(text, d.argumentSpan.start, d.argumentSpan.end, 'title', sink);
  }
  for (let k = lowerBound(b.codeBlocks, from); k < b.codeBlocks.length && b.codeBlocks[k].start < to; k++) {
    const cb = b.codeBlocks[k];
    if (cb.subs) scanTextRun(text, cb.content.start, cb.content.end, 'code', sink);
  }
}

/**
 * `list` appended to `into`; `list` itself when `into` is empty (a found result's lists are its own, made for this
 * read: the one unit of a page of 50,000 links is not copied again).
 */
function joinedTo<T>(into: T[], list: T[]): T[] {
  if (into.length === 0) return list;
  for (const x of list) into.push(x);
  return into;
}

const byStart = (a: { start: number }, z: { start: number }) => a.start - z.start;

/** Sorts `list` by start (stable), unless it is in order already (most are: a check is cheaper than a sort). */
function sortByStart(list: { start: number }[]): void {
  for (let i = 1; i < list.length; i++) {
    if (list[i].start < list[i - 1].start) {
      list.sort(byStart);
      return;
    }
  }
}

export function sortResult(r: InlineResult): void {
  sortByStart(r.subs);
  sortByStart(r.anchors);
  sortByStart(r.links);
  sortByStart(r.roles);
  sortByStart(r.headings);
}

/** The pipe tables of the paragraphs starting in `[from, to)`; `content` gives each line's content start. */
export function tablesIn(text: string, lines: LineIndex, content: Uint32Array, paragraphs: Segment[], from: number, to: number): Table[] {
  const out: Table[] = [];
  let pipe = -1;
  for (let k = lowerBound(paragraphs, from); k < paragraphs.length && paragraphs[k].start < to; k++) {
    const para = paragraphs[k];
    // The next `|` at or after this paragraph (paragraphs are in order: one native search pass in all).
    if (pipe < para.start) pipe = text.indexOf('|', para.start);
    if (pipe < 0) break;
    if (pipe < para.end) scanTables(text, para.startLine, para.endLine, content, lines, out);
  }
  return out;
}

const CHECK_ITEM = /^([-*+])[ \t]+\[([ xX])\][ \t]*(.*)$/;

/** Checklist items in `%` comments (`% - [ ] path`), with indented continuation lines as notes. */
export function checklistItems(comments: LineComment[], lines: LineIndex): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  let current: { item: ChecklistItem; lead: number; line: number } | undefined;
  for (const c of comments) {
    const line = lines.lineAt(c.start);
    const lead = c.textSpan.start - c.start - 1;
    const m = CHECK_ITEM.exec(c.text);
    if (m) {
      const boxStart = c.textSpan.start + c.text.indexOf('[');
      const path = m[3].trim();
      const pathStart = c.textSpan.end - m[3].length + (m[3].length - m[3].trimStart().length);
      const item: ChecklistItem = {
        start: c.start, end: c.end, checked: m[2] !== ' ', boxSpan: { start: boxStart, end: boxStart + 3 },
        path, pathSpan: { start: pathStart, end: pathStart + path.length }, notes: [], noteSpans: [],
      };
      items.push(item);
      current = { item, lead, line };
      continue;
    }
    if (current && line === current.line + 1 && c.text !== '' && lead > current.lead) {
      current.item.notes.push(c.text);
      current.item.noteSpans.push(c.textSpan);
      current.item.end = c.end;
      current.line = line;
      continue;
    }
    current = undefined;
  }
  return items;
}
