// Pipe tables as Markdig reads them (docs-builder's pipeline): a header row, a delimiter row
// (`|---|:--:|`), then body rows until a line without a pipe. Pipes inside code spans and escaped
// pipes (`\|`) do not split cells.
import type { Table, TableCell } from './types';
import { codeSpanEnd, linkEndIn, matchSub } from './inline';

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** What splitRow stops at: `\\`, a backtick, `{`, `[` and `|` (a table test is cheaper than a chain of comparisons). */
const ROW_STOPS = new Uint8Array(128);
for (const ch of '\\`{[|') ROW_STOPS[ch.charCodeAt(0)] = 1;

/** Cells of the row between `start` and `end` (one line), each trimmed, spans into `text`. */
export function splitRow(text: string, start: number, end: number): TableCell[] {
  const cuts: number[] = [];
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
    } else if (c === 124) cuts.push(i);
  }
  const cells: TableCell[] = [];
  // Piece k runs from after cut k - 1 (or the start) to cut k (or the end).
  const pieceStart = (k: number) => (k === 0 ? start : cuts[k - 1] + 1);
  const pieceEnd = (k: number) => (k === cuts.length ? end : cuts[k]);
  let first = 0;
  let last = cuts.length;
  // A leading pipe makes an empty first piece; a trailing pipe an empty last piece.
  if (last > first && blank(text, pieceStart(first), pieceEnd(first))) first++;
  if (last > first && blank(text, pieceStart(last), pieceEnd(last))) last--;
  for (let k = first; k <= last; k++) {
    let a = pieceStart(k);
    let b = pieceEnd(k);
    while (a < b && isTrimmed(text.charCodeAt(a))) a++;
    while (b > a && isTrimmed(text.charCodeAt(b - 1))) b--;
    cells.push({ start: a, end: b, text: text.slice(a, b) });
  }
  return cells;
}

/** What String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
export function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function blank(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!isTrimmed(text.charCodeAt(i))) return false;
  return true;
}

function hasPipe(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (text.charCodeAt(i) === 124) return true;
  return false;
}

/** Tables in the lines [first, last] of a Markdown segment; `lineSpan(i)` gives each line's offsets. */
export function scanTables(text: string, first: number, last: number, lineSpan: (line: number) => [number, number]): Table[] {
  const tables: Table[] = [];
  for (let i = first; i < last; i++) {
    const [hs, he] = lineSpan(i);
    if (!hasPipe(text, hs, he)) continue;
    const [ds, de] = lineSpan(i + 1);
    const delim = text.slice(ds, de);
    if (!DELIMITER.test(delim) || !delim.includes('-')) continue;
    if (!delim.includes('|') && !text.slice(hs, he).trim().startsWith('|')) continue;
    const header = splitRow(text, hs, he);
    const rows: TableCell[][] = [];
    const rowSpans: { start: number; end: number }[] = [];
    let j = i + 2;
    for (; j <= last; j++) {
      const [rs, re] = lineSpan(j);
      if (!hasPipe(text, rs, re)) break;
      rows.push(splitRow(text, rs, re));
      rowSpans.push({ start: rs, end: re });
    }
    tables.push({ start: hs, end: rowSpans.length ? rowSpans[rowSpans.length - 1].end : de, header, delimiter: { start: ds, end: de }, rows, rowSpans });
    i = j - 1;
  }
  return tables;
}
