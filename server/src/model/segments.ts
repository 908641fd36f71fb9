// What a Markdown segment (a run of non-blank lines the block pre-pass leaves) holds: headings, links,
// substitutions, anchors, roles. Two readers with one result shape, offsets relative to the segment:
// the fast scanner here (closed files, the index) and the CommonMark reader in remarkSegment.ts (open pages).
import type { Heading, InlineAnchor, Link, Role, SubUse } from './types';
import { scanInline } from './inline';
import { headingId } from './slug';

export interface SegmentResult {
  headings: Heading[];
  links: Link[];
  subs: SubUse[];
  anchors: InlineAnchor[];
  roles: Role[];
}

/** Reads a segment's text (offsets relative to it); `readAt` reads it in place (absolute offsets, no copy). */
export type SegmentReader = ((segment: string) => SegmentResult) & { readAt?: (text: string, start: number, end: number) => SegmentResult };

const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
/** Lines that cannot be the content of a setext heading (list items, quotes, tables, headings). */
const NOT_PARAGRAPH = /^ {0,3}(?:[-+*][ \t]|\d{1,9}[.)][ \t]|>|#{1,6}(?:[ \t]|$)|\|)|^ {0,3}(?:[-*_][ \t]*){3,}$/;

/** First characters (after up to 3 spaces) that may begin a heading, setext underline or non-paragraph line. */
const MAY_START_BLOCK = new Uint8Array(128);
for (const ch of '#=-+*_>|0123456789') MAY_START_BLOCK[ch.charCodeAt(0)] = 1;

/** The raw heading source after the `#` marks: trimmed, closing `#` sequence removed. */
export function atxRaw(line: string, markEnd: number): { raw: string; offset: number } {
  let body = line.slice(markEnd);
  body = body.replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+[ \t]*$/, '');
  const lead = body.length - body.trimStart().length;
  return { raw: body.trim(), offset: markEnd + lead };
}

export function makeHeading(level: number, raw: string, rawStart: number, start: number, end: number, setext: boolean): Heading {
  const h = headingId(raw);
  const heading: Heading = { start, end, level, raw, rawSpan: { start: rawStart, end: rawStart + raw.length }, title: h.title, id: h.id, setext };
  if (h.custom) heading.customId = { start: rawStart + h.custom.start, end: rawStart + h.custom.end };
  return heading;
}

/** The fast scanner: headings by line shape, inline content by `scanInline`; reads `seg[start, end)` in place. */
export function scanSegmentAt(seg: string, start: number, end: number): SegmentResult {
  const out: SegmentResult = { headings: [], links: [], subs: [], anchors: [], roles: [] };
  let lineStart = start;
  let paraStart = -1;
  let paraFirstEnd = -1;
  let inlineFrom = start;
  // After a list item, quote or table row the segment's later lines are lazy continuations, never setext content.
  let noSetext = false;
  while (lineStart <= end) {
    let lineEnd = seg.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const contentEnd = lineEnd > lineStart && seg.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    // Most lines are paragraph text: look at the first character after up to 3 spaces before any regex.
    let f = lineStart;
    while (f < contentEnd && f - lineStart < 4 && seg.charCodeAt(f) === 32) f++;
    const c = f - lineStart < 4 ? seg.charCodeAt(f) : 0;
    const line = c === 0 || MAY_START_BLOCK[c] !== 1 ? '' : seg.slice(lineStart, contentEnd);
    const atx = c === 35 ? ATX.exec(line) : null;
    if (atx) {
      if (paraStart >= 0) scanInline(seg, inlineFrom, lineStart, 'text', out);
      const markEnd = atx[0].length;
      const { raw, offset } = atxRaw(line, markEnd);
      out.headings.push(makeHeading(atx[1].length, raw, lineStart + offset, lineStart + atx[0].length - atx[1].length, contentEnd, false));
      scanInline(seg, lineStart + offset, lineStart + offset + raw.length, 'text', out);
      paraStart = -1;
      noSetext = false;
      inlineFrom = lineEnd + 1;
    } else if (paraStart >= 0 && !noSetext && (c === 61 || c === 45) && SETEXT.test(line)) {
      const first = seg.slice(paraStart, paraFirstEnd);
      const lead = first.length - first.trimStart().length;
      const raw = first.trim();
      scanInline(seg, inlineFrom, lineStart, 'text', out);
      out.headings.push(makeHeading(line.trim()[0] === '=' ? 1 : 2, raw, paraStart + lead, paraStart + lead, contentEnd, true));
      paraStart = -1;
      inlineFrom = lineEnd + 1;
    } else if (line !== '' && NOT_PARAGRAPH.test(line)) {
      paraStart = -1;
      noSetext = true;
    } else if (paraStart < 0 && !noSetext) {
      paraStart = lineStart;
      paraFirstEnd = contentEnd;
    }
    lineStart = lineEnd + 1;
  }
  if (inlineFrom < end) scanInline(seg, inlineFrom, end, 'text', out);
  return out;
}

export const scanSegment: SegmentReader = Object.assign((seg: string) => scanSegmentAt(seg, 0, seg.length), { readAt: scanSegmentAt });
