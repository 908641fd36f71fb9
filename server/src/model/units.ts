// What the page model reads after the block pass, for the whole page or for the stretch an edit re-scanned:
// the Markdown units (segments, or whole paragraphs), the inline content of comments, directive titles and
// `subs=true` code, the pipe tables, the checklist items of comments. Everything found in `[from, to)` of the
// text depends only on the text there.
import { lowerBound } from './blockEdit';
import type { Blocks, Segment } from './blocks';
import { scanInline, scanTextRun } from './inline';
import type { LineIndex } from './lines';
import { scanSegment, type SegmentReader, type SegmentResult } from './segments';
import { scanTables } from './tables';
import type { ChecklistItem, Heading, InlineAnchor, LineComment, Link, Role, Span, SubUse, Table, TableCell } from './types';

/** Segments longer than this are read by the scanner even in CommonMark mode (they agree on the corpus). */
export const MAX_COMMONMARK_SEGMENT = 64 * 1024;

const sp = (s: Span, b: number): Span => ({ start: s.start + b, end: s.end + b });

/** Copies of inline elements moved by `b` characters. */
export const move = {
  heading(h: Heading, b: number): Heading {
    const m = { ...h, start: h.start + b, end: h.end + b, rawSpan: sp(h.rawSpan, b) };
    if (h.customId) m.customId = sp(h.customId, b);
    return m;
  },
  link(l: Link, b: number): Link {
    const m = { ...l, start: l.start + b, end: l.end + b, textSpan: sp(l.textSpan, b), urlSpan: sp(l.urlSpan, b), pathSpan: sp(l.pathSpan, b) };
    if (l.fragmentSpan) m.fragmentSpan = sp(l.fragmentSpan, b);
    return m;
  },
  sub: (u: SubUse, b: number): SubUse => ({ ...u, start: u.start + b, end: u.end + b, keySpan: sp(u.keySpan, b), mutations: u.mutations.map((m) => ({ name: m.name, span: sp(m.span, b) })) }),
  anchor: (a: InlineAnchor, b: number): InlineAnchor => ({ ...a, start: a.start + b, end: a.end + b, nameSpan: sp(a.nameSpan, b) }),
  role: (x: Role, b: number): Role => ({ ...x, start: x.start + b, end: x.end + b, nameSpan: sp(x.nameSpan, b), contentSpan: sp(x.contentSpan, b) }),
  table(t: Table, b: number): Table {
    const cell = (c: TableCell) => ({ start: c.start + b, end: c.end + b, text: c.text });
    return { start: t.start + b, end: t.end + b, header: t.header.map(cell), delimiter: sp(t.delimiter, b), rows: t.rows.map((r) => r.map(cell)), rowSpans: t.rowSpans.map((s) => sp(s, b)) };
  },
};

/** A copy of a segment result moved by `b`. */
export function shifted(r: SegmentResult, b: number): SegmentResult {
  return {
    headings: r.headings.map((h) => move.heading(h, b)), links: r.links.map((l) => move.link(l, b)), subs: r.subs.map((u) => move.sub(u, b)),
    anchors: r.anchors.map((a) => move.anchor(a, b)), roles: r.roles.map((x) => move.role(x, b)),
  };
}

export function emptyResult(): SegmentResult {
  return { headings: [], links: [], subs: [], anchors: [], roles: [] };
}

/** Whether a unit is read by the scanner whatever the reader: it, or the paragraph holding it, is huge. */
export function readsHuge(unit: Segment, para: Segment | undefined): boolean {
  // A huge paragraph (a 100,000-line table) would take CommonMark seconds, even cut into rows: the scanner
  // reads it alike (the differential test proves they agree).
  const inHuge = para !== undefined && para.start <= unit.start && para.end - para.start > MAX_COMMONMARK_SEGMENT;
  return inHuge || unit.end - unit.start > MAX_COMMONMARK_SEGMENT;
}

/** Reads one unit in place: its results, offsets into `text`. */
export function readUnit(text: string, unit: Segment, reader: SegmentReader): SegmentResult {
  if (reader.readAt) return reader.readAt(text, unit.start, unit.end);
  const r = reader(text.slice(unit.start, unit.end));
  return unit.start === 0 ? r : shifted(r, unit.start);
}

/** A result found again (an unchanged unit of the previous version), or undefined to read the unit. */
export type Reuse = (unit: Segment, reader: SegmentReader) => SegmentResult | undefined;

/**
 * Reads the units (segments, or paragraphs when `coarse`) starting in `[from, to)`, then the inline content of
 * the comments, directive titles and `subs=true` code blocks there, into `sink` (in that order, unsorted).
 */
export function readRange(text: string, b: Blocks, coarse: boolean, reader: SegmentReader, from: number, to: number, sink: SegmentResult, reuse?: Reuse): void {
  const units = coarse ? b.paragraphs : b.segments;
  const paras = b.paragraphs;
  let para = lowerBound(paras, from);
  for (let k = lowerBound(units, from); k < units.length && units[k].start < to; k++) {
    const seg = units[k];
    while (para < paras.length && paras[para].end < seg.start) para++;
    const segReader = readsHuge(seg, paras[para]) ? scanSegment : reader;
    const s = reuse?.(seg, segReader) ?? readUnit(text, seg, segReader);
    for (const x of s.headings) sink.headings.push(x);
    for (const x of s.links) sink.links.push(x);
    for (const x of s.subs) sink.subs.push(x);
    for (const x of s.anchors) sink.anchors.push(x);
    for (const x of s.roles) sink.roles.push(x);
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

const byStart = (a: { start: number }, z: { start: number }) => a.start - z.start;

export function sortResult(r: SegmentResult): void {
  r.subs.sort(byStart);
  r.anchors.sort(byStart);
  r.links.sort(byStart);
  r.roles.sort(byStart);
  r.headings.sort(byStart);
}

/** The pipe tables of the paragraphs starting in `[from, to)`. */
export function tablesIn(text: string, lines: LineIndex, paragraphs: Segment[], from: number, to: number): Table[] {
  const out: Table[] = [];
  let pipe = -1;
  for (let k = lowerBound(paragraphs, from); k < paragraphs.length && paragraphs[k].start < to; k++) {
    const para = paragraphs[k];
    // The next `|` at or after this paragraph (paragraphs are in order: one native search pass in all).
    if (pipe < para.start) pipe = text.indexOf('|', para.start);
    if (pipe < 0) break;
    if (pipe < para.end) for (const t of scanTables(text, para.startLine, para.endLine, (l) => [lines.starts[l], lines.lineEnd(l)])) out.push(t);
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
