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
  /** Leave the front matter's YAML unparsed (the index needs it only for pages without an H1). */
  skipFrontMatterYaml?: boolean;
  /** Read whole paragraphs instead of segments cut at list items, headings and table rows (tests prove both agree). */
  coarse?: boolean;
}

/**
 * Segment results of the previous version of one document, found again by position: a segment that starts
 * where one started before (text before an edit), or `delta` later (text after it), with the same text, is
 * reused — no re-read, no slicing or hashing of the text, and no copy when it did not move.
 */
export class SegmentCache {
  private byStart = new Map<number, { text: string; result: SegmentResult }>();
  private next = new Map<number, { text: string; result: SegmentResult }>();
  private lastLength = -1;
  private delta = 0;

  /** Called at the start of a parse with the new text's length. */
  begin(length: number): void {
    this.delta = this.lastLength < 0 ? 0 : length - this.lastLength;
    this.lastLength = length;
  }

  get(text: string, start: number, end: number, reader: SegmentReader): SegmentResult {
    const len = end - start;
    const same = this.byStart.get(start);
    let result: SegmentResult | undefined;
    if (same && same.text.length === len && text.startsWith(same.text, start)) result = same.result;
    else {
      const moved = this.delta !== 0 ? this.byStart.get(start - this.delta) : undefined;
      if (moved && moved.text.length === len && text.startsWith(moved.text, start)) result = shifted(moved.result, this.delta);
    }
    const segText = result ? (same?.result === result ? same.text : text.slice(start, end)) : text.slice(start, end);
    if (!result) {
      if (reader.readAt) result = reader.readAt(text, start, end);
      else {
        const r = reader(segText);
        result = start === 0 ? r : shifted(r, start);
      }
    }
    this.next.set(start, { text: segText, result });
    return result;
  }

  /** Keeps only what the last parse used. */
  commit(): void {
    this.byStart = this.next;
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
    if (options.skipFrontMatterYaml) {
      const fm = b.frontMatter;
      page.frontMatter = { start: fm.start, end: fm.end, content: fm.content, closed: fm.closed, doc: undefined, subs: [] };
    } else {
      const { frontMatter, problems } = parseFrontMatter(text, b.frontMatter);
      page.frontMatter = frontMatter;
      page.frontMatterProblems = problems;
    }
    scanTextRun(text, b.frontMatter.content.start, b.frontMatter.content.end, 'frontmatter', page);
  }
  options.cache?.begin(text.length);
  let para = 0;
  for (const seg of options.coarse ? b.paragraphs : b.segments) {
    let s: SegmentResult;
    // A huge paragraph (a 100,000-line table) would take CommonMark seconds, even cut into rows: the scanner
    // reads it alike (the differential test proves they agree).
    while (para < b.paragraphs.length && b.paragraphs[para].end < seg.start) para++;
    const inHuge = para < b.paragraphs.length && b.paragraphs[para].start <= seg.start && b.paragraphs[para].end - b.paragraphs[para].start > MAX_COMMONMARK_SEGMENT;
    const segReader = inHuge || seg.end - seg.start > MAX_COMMONMARK_SEGMENT ? scanSegment : reader;
    if (options.cache) s = options.cache.get(text, seg.start, seg.end, segReader);
    else if (segReader.readAt) s = segReader.readAt(text, seg.start, seg.end);
    else {
      const r = segReader(text.slice(seg.start, seg.end));
      s = seg.start === 0 ? r : shifted(r, seg.start);
    }
    page.headings.push(...s.headings);
    page.links.push(...s.links);
    page.subs.push(...s.subs);
    page.anchors.push(...s.anchors);
    page.roles.push(...s.roles);
  }
  let pipe = -1;
  for (const para of b.paragraphs) {
    // The next `|` at or after this paragraph (paragraphs are in order: one native search pass in all).
    if (pipe < para.start) pipe = text.indexOf('|', para.start);
    if (pipe < 0) break;
    if (pipe < para.end) page.tables.push(...scanTables(text, para.startLine, para.endLine, (l) => [lines.starts[l], lines.lineEnd(l)]));
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
