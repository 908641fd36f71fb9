// parsePage: text in, the one page model out. The block pre-pass finds the structure; each Markdown segment
// is read by a SegmentReader (CommonMark via remark for open pages, the fast scanner for the index) and its
// result cached by the segment's text, so an edit re-reads only the segments it touched.
import { scanBlocks } from './blocks';
import { parseFrontMatter } from './frontMatter';
import { scanInline, scanTextRun } from './inline';
import { LineIndex } from './lines';
import { remarkSegment } from './remarkSegment';
import { scanSegment, type SegmentReader, type SegmentResult } from './segments';
import { scanTables } from './tables';
import type { ChecklistItem, LineComment, Page, Span } from './types';

export interface ParseOptions {
  /** Reads Markdown segments; CommonMark (remark) by default. */
  reader?: SegmentReader;
  /** Segment results by segment text, reused across versions of one document. */
  cache?: SegmentCache;
}

export class SegmentCache {
  private entries = new Map<string, SegmentResult>();
  private next = new Map<string, SegmentResult>();

  get(text: string, reader: SegmentReader): SegmentResult {
    let r = this.entries.get(text) ?? this.next.get(text);
    if (!r) r = reader(text);
    this.next.set(text, r);
    return r;
  }

  /** Keeps only what the last parse used. */
  commit(): void {
    this.entries = this.next;
    this.next = new Map();
  }
}

const sp = (s: Span, b: number): Span => ({ start: s.start + b, end: s.end + b });

/** A copy of a cached segment result moved to where the segment now starts. */
function shifted(r: SegmentResult, b: number): SegmentResult {
  return {
    headings: r.headings.map((h) => ({ ...h, start: h.start + b, end: h.end + b, rawSpan: sp(h.rawSpan, b), customId: h.customId && sp(h.customId, b) })),
    links: r.links.map((l) => ({ ...l, start: l.start + b, end: l.end + b, textSpan: sp(l.textSpan, b), urlSpan: sp(l.urlSpan, b), pathSpan: sp(l.pathSpan, b), fragmentSpan: l.fragmentSpan && sp(l.fragmentSpan, b) })),
    subs: r.subs.map((u) => ({ ...u, start: u.start + b, end: u.end + b, keySpan: sp(u.keySpan, b), mutations: u.mutations.map((m) => ({ name: m.name, span: sp(m.span, b) })) })),
    anchors: r.anchors.map((a) => ({ ...a, start: a.start + b, end: a.end + b, nameSpan: sp(a.nameSpan, b) })),
    roles: r.roles.map((x) => ({ ...x, start: x.start + b, end: x.end + b, nameSpan: sp(x.nameSpan, b), contentSpan: sp(x.contentSpan, b) })),
  };
}

/** Whether `text[start, end)` holds the character code `c` (bounded, unlike indexOf). */
export function hasChar(text: string, c: number, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/** Segments longer than this are read by the scanner even in CommonMark mode (they agree on the corpus). */
export const MAX_COMMONMARK_SEGMENT = 64 * 1024;

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

export function parsePage(text: string, uri = '', version = 0, options: ParseOptions = {}): Page {
  const reader = options.reader ?? remarkSegment;
  const lines = new LineIndex(text);
  const b = scanBlocks(text, lines);
  const page: Page = {
    uri, version, text, lines, headings: [], anchors: [], links: [], subs: [], roles: [], comments: b.comments,
    blockComments: b.blockComments, notComments: b.notComments, checklist: [], directives: b.directives,
    codeBlocks: b.codeBlocks, tables: [], frontMatterProblems: [], strayFences: b.strayFences,
  };
  if (b.frontMatter) {
    const { frontMatter, problems } = parseFrontMatter(text, b.frontMatter);
    page.frontMatter = frontMatter;
    page.frontMatterProblems = problems;
    scanTextRun(text, b.frontMatter.content.start, b.frontMatter.content.end, 'frontmatter', page);
  }
  for (const seg of b.segments) {
    let s: SegmentResult;
    if (reader.readAt && !options.cache) s = reader.readAt(text, seg.start, seg.end);
    else {
      const segText = text.slice(seg.start, seg.end);
      // A huge segment (a 100,000-line table) would take CommonMark seconds: the scanner reads it alike.
      const segReader = segText.length > MAX_COMMONMARK_SEGMENT ? scanSegment : reader;
      const r = options.cache ? options.cache.get(segText, segReader) : segReader(segText);
      s = seg.start === 0 ? r : shifted(r, seg.start);
    }
    page.headings.push(...s.headings);
    page.links.push(...s.links);
    page.subs.push(...s.subs);
    page.anchors.push(...s.anchors);
    page.roles.push(...s.roles);
    if (hasChar(text, 124, seg.start, seg.end)) page.tables.push(...scanTables(text, seg.startLine, seg.endLine, (l) => [lines.starts[l], lines.lineEnd(l)]));
  }
  options.cache?.commit();
  for (const c of b.comments) scanInline(text, c.textSpan.start, c.textSpan.end, 'comment', page);
  for (const d of b.directives) {
    if (d.argument.includes('{{')) scanTextRun(text, d.argumentSpan.start, d.argumentSpan.end, 'title', page);
  }
  for (const cb of b.codeBlocks) {
    if (cb.subs) scanTextRun(text, cb.content.start, cb.content.end, 'code', page);
  }
  const byStart = (a: { start: number }, z: { start: number }) => a.start - z.start;
  page.subs.sort(byStart);
  page.anchors.sort(byStart);
  page.links.sort(byStart);
  page.roles.sort(byStart);
  page.headings.sort(byStart);
  page.checklist = checklistItems(b.comments, lines);
  return page;
}
