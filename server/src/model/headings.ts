// Heading records as the block parser finds them: the raw source after the `#` marks (what docs-builder slugs),
// its offset, and the id docs-builder gives it (slug.ts).
import { headingId } from './slug';
import type { Heading } from './types';

/** The raw heading source after the `#` marks: trimmed, closing `#` sequence removed. */
export function atxRaw(line: string, markEnd: number): { raw: string; offset: number } {
  let body = line.slice(markEnd);
  body = body.replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+[ \t]*$/, '');
  const lead = body.length - trimBlanksStart(body).length;
  return { raw: trimBlanks(body), offset: markEnd + lead };
}

/** Without leading spaces and tabs (what CommonMark strips; JavaScript's trim also takes U+2003 and the like). */
export function trimBlanksStart(s: string): string {
  return s.replace(/^[ \t]+/, '');
}

export function trimBlanks(s: string): string {
  return s.replace(/^[ \t]+|[ \t]+$/g, '');
}

export function makeHeading(level: number, raw: string, rawStart: number, start: number, end: number, setext: boolean): Heading {
  const h = headingId(raw);
  const heading: Heading = { start, end, level, raw, rawSpan: { start: rawStart, end: rawStart + raw.length }, title: h.title, id: h.id, setext };
  if (h.custom) heading.customId = { start: rawStart + h.custom.start, end: rawStart + h.custom.end };
  return heading;
}
