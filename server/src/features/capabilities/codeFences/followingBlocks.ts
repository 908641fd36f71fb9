// The blocks that follow a code block in its container, up to and including the first list: what docs-builder's
// EnhancedCodeBlockHtmlRenderer walks to find the list that explains a block's callouts. The page model has no lists
// or containers yet, so `blocksAfterCodeBlock` reads them from the text with CommonMark's block-start rules, within
// the code block's container (the list item it is indented under, the directive around it, or the page). It gives
// up (undefined) where it cannot be sure: inside block quotes and on lines that start with another block's marker.
import type { CodeBlock, Page } from '../../../model/types';
import { enclosingDirective } from '../util';

export interface ListItemText {
  /** Offsets of the item, from its marker to the end of its last line. */
  start: number;
  end: number;
  /** The item's text without its marker, continuation lines joined with a space. */
  text: string;
}

export interface FollowingBlock {
  kind: 'comment' | 'list' | 'other';
  start: number;
  end: number;
  /** The items of a list. */
  items?: ListItemText[];
}

interface Marker {
  /** `-`, `*`, `+`, or `.` / `)` for ordered lists: items of one list share it. */
  type: string;
  ordered: boolean;
  start: number;
  /** Columns of the marker and the spaces after it (where the item's content starts). */
  width: number;
}

const BULLET = /^([-*+])([ \t]+|$)/;
const ORDERED = /^(\d{1,9})([.)])([ \t]+|$)/;
const THEMATIC = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const BLOCK_START = /^(#{1,6}([ \t]|$)|```|~~~|:::|<!--|%([ \t]|$)|\|)/;

function indentOf(line: string): number {
  let n = 0;
  for (const c of line) {
    if (c === ' ') n++;
    else if (c === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

function listMarker(rest: string): Marker | undefined {
  if (THEMATIC.test(rest)) return undefined;
  const b = BULLET.exec(rest);
  if (b) return { type: b[1], ordered: false, start: 1, width: b[0].length === 1 ? 2 : 1 + Math.min(b[2].length, 4) };
  const o = ORDERED.exec(rest);
  if (o) return { type: o[2], ordered: true, start: Number(o[1]), width: o[1].length + 1 + (o[3].length === 0 ? 1 : Math.min(o[3].length, 4)) };
  return undefined;
}

/** The content column of the list item a line at `indent` sits in, reading back from `line`; 0 when none. */
function containerColumn(page: Page, line: number, indent: number): number {
  if (indent === 0) return 0;
  for (let l = line - 1; l >= 0; l--) {
    const text = page.lines.lineText(l);
    if (text.trim() === '') continue;
    const i = indentOf(text);
    if (i >= indent) continue;
    const m = listMarker(text.trimStart());
    return m && i + m.width <= indent ? i + m.width : 0;
  }
  return 0;
}

/**
 * The blocks after `cb` in its container, in order, ending with the first list (or the container's end); undefined
 * when the code block's container is not one this reader knows (a block quote, a fence opened after a list marker).
 */
export function blocksAfterCodeBlock(page: Page, cb: CodeBlock): FollowingBlock[] | undefined {
  const L = page.lines;
  const openLine = L.lineAt(cb.open.start);
  const prefix = page.text.slice(L.starts[openLine], cb.open.start);
  if (prefix.trim() !== '' || !cb.closed) return undefined;
  const column = containerColumn(page, openLine, indentOf(prefix));
  const d = enclosingDirective(page, cb.start);
  const regionEnd = d ? (d.close ? d.close.start : d.end) : page.text.length;
  const out: FollowingBlock[] = [];
  let line = L.lineAt(cb.end - 1) + 1;
  const text = (l: number) => L.lineText(l);
  const blank = (l: number) => text(l).trim() === '';
  const inRegion = (l: number) => l < L.lineCount && L.starts[l] < regionEnd;
  const endOf = (l: number) => Math.min(L.lineEnd(l), regionEnd);
  /** A line inside the container that starts a block which interrupts a paragraph. */
  const interrupts = (l: number): boolean => {
    const rest = text(l).trimStart();
    if (BLOCK_START.test(rest) || THEMATIC.test(rest)) return true;
    const m = listMarker(rest);
    return m !== undefined && rest.slice(m.width).trim() !== '' && (!m.ordered || m.start === 1);
  };
  while (inRegion(line)) {
    if (blank(line)) {
      line++;
      continue;
    }
    const raw = text(line);
    const indent = indentOf(raw);
    if (indent < column) break;
    const rest = raw.trimStart();
    const start = L.starts[line] + raw.length - rest.length;
    if (rest.startsWith('>')) return undefined;
    const comment = page.comments.find((c) => c.start === start) ?? page.blockComments.find((c) => c.start === start);
    const nested = page.codeBlocks.find((c) => c.open.start === start) ?? page.directives.find((x) => x.open.start === start) ?? page.tables.find((t) => t.start === start);
    const marker = indent - column < 4 ? listMarker(rest) : undefined;
    if (comment || nested) {
      const end = Math.min((comment ?? nested)!.end, regionEnd);
      out.push({ kind: comment ? 'comment' : 'other', start, end });
      line = L.lineAt(Math.max(start, end - 1)) + 1;
    } else if (marker) {
      out.push(readList(page, line, indent, marker, column, inRegion, interrupts));
      return out;
    } else {
      // A paragraph, heading, HTML or indented code: one block, to the next blank line or block start.
      const first = line;
      line++;
      const single = /^#{1,6}([ \t]|$)/.test(rest) || THEMATIC.test(rest);
      while (!single && inRegion(line) && !blank(line) && !interrupts(line)) line++;
      out.push({ kind: 'other', start, end: endOf(Math.max(first, line - 1)) });
    }
  }
  return out;
}

/** A list from its first marker line: its items of the same marker type, at the same indent. */
function readList(
  page: Page, first: number, indent: number, marker: Marker, column: number,
  inRegion: (l: number) => boolean, interrupts: (l: number) => boolean,
): FollowingBlock {
  const L = page.lines;
  const items: ListItemText[] = [];
  let line = first;
  while (inRegion(line)) {
    const raw = L.lineText(line);
    const rest = raw.trimStart();
    const m = listMarker(rest);
    const i = indentOf(raw);
    if (!m || m.type !== marker.type || i < column || i >= indent + marker.width) break;
    const content = i + m.width;
    const start = L.starts[line] + (raw.length - rest.length);
    const parts = [rest.slice(m.width).trim()];
    let end = L.lineEnd(line);
    let prevBlank = false;
    line++;
    while (inRegion(line)) {
      const t = L.lineText(line);
      if (t.trim() === '') {
        prevBlank = true;
        line++;
        continue;
      }
      const ti = indentOf(t);
      if (ti >= content) {
        if (!prevBlank) parts.push(t.trim());
      } else if (prevBlank || interrupts(line) || listMarker(t.trimStart())) {
        break;
      } else {
        parts.push(t.trim());
      }
      end = L.lineEnd(line);
      line++;
    }
    items.push({ start, end, text: parts.filter((p) => p !== '').join(' ') });
  }
  const last = items[items.length - 1];
  return { kind: 'list', start: items[0]?.start ?? L.starts[first], end: last ? last.end : L.lineEnd(first), items };
}
