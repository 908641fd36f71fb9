// Heading records as the block parser finds them: the raw source after the `#` marks (what docs-builder slugs),
// its offset, and the id docs-builder gives it (slug.ts).
import { headingId } from './slug';
import type { Heading } from './types';

const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * The raw heading source of the ATX line `text[from, to)` (from just after the `#` marks): a closing `#` sequence
 * (blanks before it) and trailing blanks removed, nothing when only `#`s are left, then leading blanks. What
 * `body.replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+[ \t]*$/, '')`, trimmed of spaces and tabs, leaves; found in
 * place (one string per heading instead of four). A blank-only rest gives an empty span at `to`.
 */
export function atxRawSpan(text: string, from: number, to: number): { start: number; end: number } {
  let e = to;
  while (e > from && isBlank(text.charCodeAt(e - 1))) e--;
  if (e === from) return { start: to, end: to };
  let h = e;
  while (h > from && text.charCodeAt(h - 1) === 35) h--;
  if (h < e && h > from && isBlank(text.charCodeAt(h - 1))) {
    e = h;
    while (e > from && isBlank(text.charCodeAt(e - 1))) e--;
  }
  let k = from;
  while (k < e && text.charCodeAt(k) === 35) k++;
  if (k === e) return { start: from, end: from };
  return { start: skipBlanks(text, from, e), end: e };
}

/** The first offset in `[from, to)` that is not a space or tab (`to` when none). */
export function skipBlanks(text: string, from: number, to: number): number {
  while (from < to && isBlank(text.charCodeAt(from))) from++;
  return from;
}

export function makeHeading(level: number, raw: string, rawStart: number, start: number, end: number, setext: boolean): Heading {
  const h = headingId(raw);
  const heading: Heading = { start, end, level, raw, rawSpan: { start: rawStart, end: rawStart + raw.length }, title: h.title, id: h.id, setext };
  if (h.custom) heading.customId = { start: rawStart + h.custom.start, end: rawStart + h.custom.end };
  return heading;
}
