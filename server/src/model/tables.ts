// Pipe tables as Markdig reads them (docs-builder's pipeline): a header row, a delimiter row
// (`|---|:--:|`), then body rows until a line without a pipe. Pipes inside code spans and escaped
// pipes (`\|`) do not split cells.
import type { LineIndex } from './lines';
import type { Table, TableCell } from './types';
import { codeSpanEnd, isJsSpace, linkEndIn, matchSub } from './inline';

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** What splitRow stops at: `\\`, a backtick, `{`, `[` and `|` (a table test is cheaper than a chain of comparisons). */
const ROW_STOPS = new Uint8Array(128);
for (const ch of '\\`{[|') ROW_STOPS[ch.charCodeAt(0)] = 1;

/**
 * splitRow's cut positions, kept between rows: the first `n` entries are the current row's (a count, not
 * `length = 0`, which would drop the array's storage and make a new one grow for every row).
 */
const CUTS: number[] = [];

/** Cells of the row between `start` and `end` (one line), each trimmed, spans into `text`. */
export function splitRow(text: string, start: number, end: number): TableCell[] {
  const cuts = CUTS;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || ROW_STOPS[c] === 0) continue;
    if (c === 92) i++;
    else if (c === 96) {
      const cs = codeSpanEnd(text, i, end);
      if (cs && cs.close >= 0) i = cs.close + cs.n - 1;
      else if (cs) i += cs.n - 1;
    } else if (c === 123 && text.charCodeAt(i + 1) === 123) {
      // docs-builder's substitution parser runs before the column delimiter: `{{v | M.M}}` stays in its cell.
      const u = matchSub(text, i, end, 'text');
      if (u) i = u.end - 1;
    } else if (c === 91) {
      // So does a link (Markdig rule #9): `[a|b](x.md)` stays in its cell.
      const close = linkEndIn(text, i, end);
      if (close > 0) i = close - 1;
    } else if (c === 124) cuts[n++] = i;
  }
  const cells: TableCell[] = [];
  let first = 0;
  let last = n;
  // A leading pipe makes an empty first piece; a trailing pipe an empty last piece.
  if (last > first && blank(text, pieceStart(cuts, start, first), pieceEnd(cuts, n, end, first))) first++;
  if (last > first && blank(text, pieceStart(cuts, start, last), pieceEnd(cuts, n, end, last))) last--;
  for (let k = first; k <= last; k++) {
    let a = pieceStart(cuts, start, k);
    let b = pieceEnd(cuts, n, end, k);
    while (a < b && isTrimmed(text.charCodeAt(a))) a++;
    while (b > a && isTrimmed(text.charCodeAt(b - 1))) b--;
    cells.push({ start: a, end: b, text: text.slice(a, b) });
  }
  return cells;
}

// Piece k of a row runs from after cut k - 1 (or the row start) to cut k (or the row end).
function pieceStart(cuts: number[], start: number, k: number): number {
  return k === 0 ? start : cuts[k - 1] + 1;
}

function pieceEnd(cuts: number[], n: number, end: number, k: number): number {
  return k === n ? end : cuts[k];
}

/** What String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
export const isTrimmed = isJsSpace;

function blank(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isTrimmed(text.charCodeAt(i))) return false;
  return true;
}

function hasPipe(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 124) return true;
  return false;
}

/** Could `text[s, e)` be a delimiter row? Its first character past white space must be `|`, `:` or `-`. */
function mayBeDelimiter(text: string, s: number, e: number): boolean {
  while (s < e && isJsSpace(text.charCodeAt(s))) s++;
  const c = text.charCodeAt(s);
  return s < e && (c === 124 || c === 58 || c === 45);
}

/**
 * Tables in the lines [first, last] of a Markdown segment, pushed to `out`; line l runs from `content[l]` (its
 * content start) to its end.
 */
export function scanTables(text: string, first: number, last: number, content: Uint32Array, lines: LineIndex, out: Table[]): void {
  for (let i = first; i < last; i++) {
    const hs = content[i];
    const he = lines.lineEnd(i);
    if (!hasPipe(text, hs, he)) continue;
    const ds = content[i + 1];
    const de = lines.lineEnd(i + 1);
    // Most lines with a pipe are table rows or prose, not a header before a delimiter row: no slice for those.
    if (!mayBeDelimiter(text, ds, de)) continue;
    const delim = text.slice(ds, de);
    if (!DELIMITER.test(delim) || !delim.includes('-')) continue;
    if (!delim.includes('|') && !text.slice(hs, he).trim().startsWith('|')) continue;
    const header = splitRow(text, hs, he);
    const rows: TableCell[][] = [];
    const rowSpans: { start: number; end: number }[] = [];
    let j = i + 2;
    for (; j <= last; j++) {
      const rs = content[j];
      const re = lines.lineEnd(j);
      if (!hasPipe(text, rs, re)) break;
      rows.push(splitRow(text, rs, re));
      rowSpans.push({ start: rs, end: re });
    }
    out.push({ start: hs, end: rowSpans.length ? rowSpans[rowSpans.length - 1].end : de, header, delimiter: { start: ds, end: de }, rows, rowSpans });
    i = j - 1;
  }
}
