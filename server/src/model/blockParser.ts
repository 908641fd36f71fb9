// The block parser's line reader (see blocks.ts). Each line is read as CommonMark reads it: first the open
// containers, outermost first, each taking its prefix (a block quote's `>`, a list item's indent) or ending;
// a directive checks for its closing fence there, so an outer fence closes before an inner one (Markdig
// continues blocks outside-in) and a fence indented 4 or more columns past its container closes nothing. Then
// new blocks open, and what is left is paragraph text (perhaps a lazy continuation line). docs-builder's
// pipeline adds directives, `%` and `<!-- -->` comments, definition lists and the rule that a line starting
// with `:` never opens a paragraph (DirectiveParagraphParser); it has no indented code and no HTML blocks.
// The state between lines is this object; a parse can start at any ground-level line and stop at one.
import type { Blocks, BlockType, Segment } from './blocks';
import { classifyFence, codeBlock, fenceRun, isClosingFence } from './fences';
import { LineCursor, isSpaceOrTab } from './lineCursor';
import { linkDefinitionEnd } from './linkDefinitions';
import type { LineIndex } from './lines';
import { atxRawSpan, makeHeading, skipBlanks } from './headings';
import type { BlockComment, CodeBlock, Directive, Span } from './types';

const DOC = 0;
const QUOTE = 1;
const ITEM = 2;
const DIRECTIVE = 3;
const DEF = 4;

interface Container {
  kind: number;
  /** Its node in `out.nodes` (-1 for the document). */
  node: number;
  /** ITEM: columns of indent its content needs. */
  width: number;
  hasChild: boolean;
  /** Index of its last child node, or -1. */
  last: number;
  /** Its last child is a paragraph. */
  lastPara: boolean;
  /** Its last child is a list (or definition list): the list's node and kind (bullet, delimiter, 'def'). */
  list: number;
  listKey: string;
  /** DEF: a blank line since its last content. */
  blank: boolean;
  /** DIRECTIVE: its index in `out.directives`, fence character and length. */
  directive: number;
  fenceCh: number;
  fenceLen: number;
}

type Leaf =
  | { kind: 'para'; startLine: number; lastLine: number }
  | { kind: 'fence'; block: CodeBlock; node: number; ch: number; len: number }
  | { kind: 'icode'; node: number; lastLine: number }
  | { kind: 'html'; node: number; end: RegExp | undefined; lastLine: number }
  | { kind: 'comment'; comment: BlockComment; node: number; lastLine: number };

const OPTION = /^:([^:\s][^:]*):(?:\s+(.*?))?\s*$|^:([^:\s][^:]*):$/;
const BLOCK_TAGS = new Set(('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
  'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem ' +
  'nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul').split(' '));
const HTML_OPEN_CLOSE = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

function newContainer(kind: number, node: number): Container {
  return { kind, node, width: 0, hasChild: false, last: -1, lastPara: false, list: -1, listKey: '', blank: false, directive: -1, fenceCh: 0, fenceLen: 0 };
}

export class BlockParser {
  readonly stack: Container[] = [newContainer(DOC, -1)];
  leaf: Leaf | undefined;
  private readonly cur = new LineCursor();
  private ls = 0;
  private le = 0;

  constructor(readonly text: string, readonly lines: LineIndex, readonly out: Blocks, readonly docsBuilder = true) {}

  /** Starts from a ground-level line whose code (see `Blocks.ground`) is `ground`. */
  private restart(ground: number): void {
    this.stack.length = 1;
    this.stack[0] = newContainer(DOC, -1);
    this.stack[0].lastPara = ground === 2;
    this.leaf = undefined;
  }

  /**
   * Reads lines from `from` (at ground level) on, recording which are at ground level, until the end or until
   * `stop(i)` says to stop before ground-level line i; returns where it stopped (the line count at the end).
   */
  run(from: number, stop?: (line: number, ground: number) => boolean, ground = 1): number {
    this.restart(ground);
    const n = this.lines.lineCount;
    const g = this.out.ground;
    for (let i = from; i < n; i++) {
      const doc = this.stack[0];
      const code = this.leaf === undefined && this.stack.length === 1 && doc.list < 0 ? (doc.lastPara ? 2 : 1) : 0;
      if (code && stop && stop(i, code)) return i;
      g[i] = code;
      this.line(i);
    }
    return n;
  }

  /** Closes what is still open at the end of the text. */
  finish(): void {
    this.ls = this.le = this.text.length;
    this.closeFrom(1, this.text.length, 'eof');
    this.closeLeaf(this.text.length);
    this.out.codeBlocks.sort((a, b) => a.start - b.start);
  }

  // ---- the tree ----

  private get top(): Container {
    return this.stack[this.stack.length - 1];
  }

  /** Adds a child block to the innermost open container. */
  private child(type: BlockType, start: number, end: number, startLine: number, endLine: number, parentNode?: number): number {
    const c = this.top;
    const index = this.out.nodes.push(type, start, end, startLine, endLine, parentNode ?? c.node);
    c.hasChild = true;
    c.lastPara = type === 'paragraph';
    if (parentNode === undefined) {
      c.last = index;
      c.list = -1;
    }
    return index;
  }

  private endNode(index: number, end: number, endLine: number): void {
    if (end > this.out.nodes.end(index)) this.out.nodes.setEnd(index, end, endLine);
  }

  private pushContainer(c: Container): void {
    this.stack.push(c);
  }

  /** Closes the containers from stack index `k` on (innermost first), at `at` (a line start), and the open leaf. */
  private closeFrom(k: number, at: number, by: Directive['closedBy'], byFence?: Span): void {
    if (k >= this.stack.length) return;
    this.closeLeaf(at);
    for (let j = this.stack.length - 1; j >= k; j--) {
      const c = this.stack[j];
      if (c.kind === DIRECTIVE) {
        const d = this.out.directives[c.directive];
        d.body.end = Math.max(d.body.start, at);
        if (j === k && byFence) {
          d.end = byFence.end;
          d.close = byFence;
          d.closedBy = 'fence';
          this.endNode(c.node, byFence.end, this.lines.lineAt(byFence.end));
        } else {
          d.end = at;
          d.closedBy = by;
        }
      }
      const nodes = this.out.nodes;
      if (c.last >= 0) this.endNode(c.node, nodes.end(c.last), nodes.endLine(c.last));
      this.stack.length = j;
      const parent = this.stack[j - 1];
      // An item (or definition) ends its list too.
      const up = nodes.parent(c.node);
      if (up !== parent.node && up >= 0) this.endNode(up, nodes.end(c.node), nodes.endLine(c.node));
    }
  }

  private closeLeaf(at: number): void {
    const leaf = this.leaf;
    if (!leaf) return;
    this.leaf = undefined;
    switch (leaf.kind) {
      case 'para':
        this.finishParagraph(leaf.startLine, leaf.lastLine);
        return;
      case 'fence': {
        const b = leaf.block;
        b.content.end = Math.max(b.content.start, at);
        b.end = Math.max(b.open.end, at);
        this.out.codeBlocks.push(b);
        // At the end of the text it runs to the end (as CommonMark's tree has it); else to its last non-blank line.
        const end = at === this.text.length ? at : this.lastContentEnd(b.open.end, at);
        this.endNode(leaf.node, end, this.lines.lineAt(end));
        return;
      }
      case 'icode':
      case 'html':
        this.endNode(leaf.node, this.lines.lineEnd(leaf.lastLine), leaf.lastLine);
        return;
      case 'comment':
        // Never closed by `-->`: it ends with its container (or the text), after the last line it took.
        leaf.comment.end = this.lines.lineEnd(leaf.lastLine);
        this.endNode(leaf.node, leaf.comment.end, leaf.lastLine);
        return;
    }
  }

  /** End of the last non-blank line in `[from, at)`. */
  private lastContentEnd(from: number, at: number): number {
    let l = this.lines.lineAt(Math.max(from, at - 1));
    const first = this.lines.lineAt(from);
    while (l > first && this.lines.lineText(l).trim() === '') l--;
    return Math.max(from, Math.min(at, this.lines.lineEnd(l)));
  }

  // ---- paragraphs ----

  /** Link reference definitions at the start of the paragraph's lines: how many lines they take. */
  private definitionLines(first: number, last: number): number {
    const t = this.text;
    const c = this.out.content;
    if (t.charCodeAt(c[first]) !== 91) return 0;
    const parts: string[] = [];
    for (let l = first; l <= last; l++) parts.push(t.slice(c[l], this.lines.lineEnd(l)));
    const s = parts.join('\n');
    let pos = 0;
    let lines = 0;
    while (pos < s.length) {
      const end = linkDefinitionEnd(s, pos);
      if (end < 0) break;
      let n = 0;
      for (let i = pos; i < end; i++) if (s.charCodeAt(i) === 10) n++;
      if (end >= s.length) n = last - first + 1 - lines;
      const startLine = first + lines;
      this.child('definition', c[startLine], this.lines.lineEnd(startLine + n - 1), startLine, startLine + n - 1);
      lines += n;
      pos = end;
    }
    return lines;
  }

  /** Closes a paragraph: its link definitions, then the paragraph, its inline units and its place for tables. */
  private finishParagraph(startLine: number, lastLine: number): void {
    const first = startLine + this.definitionLines(startLine, lastLine);
    if (first > lastLine) return;
    const c = this.out.content;
    const start = c[first];
    const end = this.lines.lineEnd(lastLine);
    this.child('paragraph', start, end, first, lastLine);
    const para: Segment = { start, end, startLine: first, endLine: lastLine };
    this.out.paragraphs.push(para);
    // A table is read row by row: cut before a `|` line that follows another. An uncut paragraph is its own unit
    // (the same object: segments are never changed).
    let unitStart = first;
    for (let l = first + 1; l <= lastLine + 1; l++) {
      if (l <= lastLine && !(this.text.charCodeAt(c[l]) === 124 && this.text.charCodeAt(c[l - 1]) === 124)) continue;
      this.out.units.push(unitStart === first && l === lastLine + 1 ? para : { start: c[unitStart], end: this.lines.lineEnd(l - 1), startLine: unitStart, endLine: l - 1 });
      unitStart = l;
    }
  }

  private addHeadingUnits(h: { rawSpan: Span; customId?: Span }, end: number, startLine: number, endLine: number): void {
    const s = h.rawSpan.start;
    if (h.customId) {
      if (h.customId.start - 1 > s) this.out.units.push({ start: s, end: h.customId.start - 1, startLine, endLine: startLine });
      if (end > h.customId.end + 1 && endLine > startLine) this.out.units.push({ start: h.customId.end + 1, end, startLine, endLine });
    } else if (end > s) this.out.units.push({ start: s, end, startLine, endLine });
  }

  // ---- one line ----

  private line(i: number): void {
    const cur = this.cur;
    const ls = this.lines.starts[i];
    const le = this.lines.lineEnd(i);
    this.ls = ls;
    this.le = le;
    cur.reset(this.text, ls, le);

    // 1. The open containers, outermost first.
    let m = 1;
    for (; m < this.stack.length; m++) {
      const c = this.stack[m];
      cur.findNext();
      if (c.kind === QUOTE) {
        if (cur.indent > 3 || cur.nextChar() !== 62) break;
        this.endNode(c.node, le, i);
        cur.toNext();
        cur.advance(1, false);
        if (isSpaceOrTab(cur.charAt(cur.pos))) cur.advance(1, true);
      } else if (c.kind === ITEM) {
        if (cur.blank) {
          if (!c.hasChild) break;
          cur.toNext();
        } else if (cur.indent >= c.width) cur.advance(c.width, true);
        else break;
      } else if (c.kind === DIRECTIVE) {
        if (!cur.blank && cur.indent < 4 && cur.nextChar() === c.fenceCh && isClosingFence(this.text, cur.next, le, c.fenceCh, c.fenceLen)) {
          this.closeFrom(m, ls, 'parent', { start: cur.next, end: le });
          this.out.content[i] = cur.next;
          return;
        }
      } else if (c.kind === DEF) {
        if (cur.blank) c.blank = true;
        else if (cur.indent >= 4) {
          cur.advance(4, true);
          c.blank = false;
        } else if ((cur.nextChar() === 58 || cur.nextChar() === 126) && this.defDelta() >= 4) break;
        else if (!c.blank && m === this.stack.length - 1 && this.leaf?.kind === 'para') c.blank = false;
        else break;
      }
    }
    const allMatched = m === this.stack.length;
    this.out.content[i] = cur.pos;

    // 2. An open code block, HTML block or comment takes the line when every container matched.
    const leaf = this.leaf;
    if (leaf && leaf.kind !== 'para') {
      if (allMatched && this.continueLeaf(leaf, i)) return;
      this.closeLeaf(ls);
    }

    // 3. New blocks.
    let opened = false;
    for (;;) {
      cur.findNext();
      if (cur.blank) break;
      const ch = cur.nextChar();
      if (cur.indent >= 4) {
        if (!this.docsBuilder && this.leaf?.kind !== 'para') {
          cur.advance(4, true);
          this.closeFrom(m, ls, 'container');
          const node = this.child('code', cur.pos, le, i, i);
          this.leaf = { kind: 'icode', node, lastLine: i };
          return;
        }
        if (this.docsBuilder && ch === 60 && this.text.startsWith('<!--', cur.next)) {
          // MultipleLineCommentBlockParser does not look at the indent.
          this.htmlComment(i, m);
          return;
        }
        break;
      }
      if (ch === 62) {
        this.closeFrom(m, ls, 'container');
        this.closeLeaf(ls);
        const at = cur.next;
        cur.toNext();
        cur.advance(1, false);
        if (isSpaceOrTab(cur.charAt(cur.pos))) cur.advance(1, true);
        const q = newContainer(QUOTE, this.child('blockquote', at, le, i, i));
        this.pushContainer(q);
        m = this.stack.length;
        opened = true;
        continue;
      }
      if (ch === 35 && this.atx(i, m)) return;
      if (ch === 96 || ch === 126 || ch === 58) {
        const r = this.fence(i, m);
        if (r === 'container') {
          m = this.stack.length;
          opened = true;
          continue;
        }
        if (r === 'done') return;
      }
      if (!this.docsBuilder && ch === 60 && this.htmlBlock(i, m, allMatched && m === this.stack.length && this.leaf?.kind === 'para')) return;
      if ((ch === 61 || ch === 45) && allMatched && m === this.stack.length && this.leaf?.kind === 'para' && this.setext(i)) return;
      if ((ch === 42 || ch === 45 || ch === 95) && this.thematicBreak(i, m)) return;
      if (this.listItem(i, m, allMatched && m === this.stack.length && this.leaf?.kind === 'para')) {
        m = this.stack.length;
        opened = true;
        continue;
      }
      if (this.docsBuilder) {
        if (ch === 37 && this.percentComment(i, m)) return;
        if (ch === 60 && this.text.startsWith('<!--', cur.next)) {
          this.htmlComment(i, m);
          return;
        }
        if ((ch === 58 || ch === 126) && this.definition(i, m)) {
          m = this.stack.length;
          opened = true;
          continue;
        }
      }
      break;
    }

    // 4. What is left: a lazy continuation line, a blank line, a `:` line, or paragraph text.
    cur.findNext();
    if (!opened && !allMatched && !cur.blank && this.leaf?.kind === 'para') {
      this.leaf.lastLine = i;
      this.out.content[i] = cur.next;
      return;
    }
    this.closeFrom(m, ls, 'container');
    if (cur.blank) {
      this.closeLeaf(ls);
      return;
    }
    this.out.content[i] = cur.next;
    const ch = cur.nextChar();
    if (this.docsBuilder && ch === 58 && this.leaf?.kind !== 'para') {
      this.colonLine(cur.next, le);
      return;
    }
    if (this.leaf?.kind === 'para') this.leaf.lastLine = i;
    else {
      this.closeLeaf(ls);
      this.leaf = { kind: 'para', startLine: i, lastLine: i };
      this.top.hasChild = true;
    }
  }

  /** The columns from a `:` (or `~`) at the cursor's next position to the content after it. */
  private defDelta(): number {
    const cur = this.cur;
    let col = cur.nextCol + 1;
    for (let i = cur.next + 1; i < cur.end; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 32) col++;
      else if (c === 9) col += 4 - (col % 4);
      else break;
    }
    return col - cur.nextCol;
  }

  /** A line for the open code block, HTML block or comment; false when the leaf ends before it. */
  private continueLeaf(leaf: Exclude<Leaf, { kind: 'para' }>, i: number): boolean {
    const cur = this.cur;
    const { ls, le } = this;
    cur.findNext();
    switch (leaf.kind) {
      case 'fence':
        if (!cur.blank && cur.indent < 4 && isClosingFence(this.text, cur.next, le, leaf.ch, leaf.len)) {
          leaf.block.content.end = Math.max(leaf.block.content.start, ls);
          leaf.block.end = le;
          leaf.block.closed = true;
          this.out.codeBlocks.push(leaf.block);
          this.endNode(leaf.node, le, i);
          this.leaf = undefined;
          return true;
        }
        if (!cur.blank) this.endNode(leaf.node, le, i);
        return true;
      case 'icode':
        if (cur.blank || cur.indent >= 4) {
          if (!cur.blank) leaf.lastLine = i;
          return true;
        }
        return false;
      case 'html':
        if (leaf.end === undefined) {
          if (cur.blank) {
            this.closeLeaf(ls);
            return true;
          }
          leaf.lastLine = i;
          return true;
        }
        leaf.lastLine = i;
        if (leaf.end.test(this.text.slice(ls, le))) this.closeLeaf(le);
        return true;
      case 'comment':
        leaf.lastLine = i;
        if (this.text.slice(ls, le).includes('-->')) {
          leaf.comment.end = le;
          leaf.comment.closed = true;
          this.endNode(leaf.node, le, i);
          this.leaf = undefined;
        }
        return true;
    }
  }

  private atx(i: number, m: number): boolean {
    const cur = this.cur;
    let n = 0;
    while (n < 7 && this.text.charCodeAt(cur.next + n) === 35) n++;
    if (n > 6 || (cur.next + n < this.le && !isSpaceOrTab(this.text.charCodeAt(cur.next + n)))) return false;
    this.closeFrom(m, this.ls, 'container');
    this.closeLeaf(this.ls);
    const raw = atxRawSpan(this.text, cur.next + n, this.le);
    const h = makeHeading(n, this.text.slice(raw.start, raw.end), raw.start, cur.next, this.le, false);
    this.out.headings.push(h);
    this.child('heading', cur.next, this.le, i, i);
    this.addHeadingUnits(h, h.rawSpan.end, i, i);
    return true;
  }

  private setext(i: number): boolean {
    const cur = this.cur;
    const ch = cur.nextChar();
    let j = cur.next;
    while (j < this.le && this.text.charCodeAt(j) === ch) j++;
    while (j < this.le && isSpaceOrTab(this.text.charCodeAt(j))) j++;
    if (j < this.le) return false;
    const para = this.leaf as Extract<Leaf, { kind: 'para' }>;
    const first = para.startLine + this.definitionLines(para.startLine, para.lastLine);
    para.startLine = first;
    if (first > para.lastLine) {
      // Only link definitions: no paragraph to underline, so the line is text.
      this.leaf = undefined;
      return false;
    }
    this.leaf = undefined;
    const c = this.out.content;
    const firstEnd = this.lines.lineEnd(first);
    // Spaces and tabs only (Markdig's trimming): U+2003 and the like are heading text.
    const rawStart = skipBlanks(this.text, c[first], firstEnd);
    let rawEnd = firstEnd;
    while (rawEnd > rawStart && isSpaceOrTab(this.text.charCodeAt(rawEnd - 1))) rawEnd--;
    const h = makeHeading(ch === 61 ? 1 : 2, this.text.slice(rawStart, rawEnd), rawStart, c[first], this.le, true);
    this.out.headings.push(h);
    this.child('heading', c[first], this.le, first, i);
    this.addHeadingUnits(h, this.lines.lineEnd(para.lastLine), first, para.lastLine);
    return true;
  }

  private thematicBreak(i: number, m: number): boolean {
    const cur = this.cur;
    const ch = cur.nextChar();
    let n = 0;
    for (let j = cur.next; j < this.le; j++) {
      const c = this.text.charCodeAt(j);
      if (c === ch) n++;
      else if (!isSpaceOrTab(c)) return false;
    }
    if (n < 3) return false;
    this.closeFrom(m, this.ls, 'container');
    this.closeLeaf(this.ls);
    this.child('thematicBreak', cur.next, this.le, i, i);
    return true;
  }

  private listItem(i: number, m: number, interrupting: boolean): boolean {
    const cur = this.cur;
    const t = this.text;
    const ch = cur.nextChar();
    let markerEnd: number;
    let key: string;
    let ordered = false;
    let startsAtOne = true;
    if (ch === 45 || ch === 43 || ch === 42) {
      markerEnd = cur.next + 1;
      key = String.fromCharCode(ch);
    } else if (ch >= 48 && ch <= 57) {
      let j = cur.next;
      while (j < this.le && j - cur.next < 10 && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57) j++;
      const d = t.charCodeAt(j);
      if (j - cur.next > 9 || (d !== 46 && d !== 41)) return false;
      startsAtOne = Number(t.slice(cur.next, j)) === 1;
      markerEnd = j + 1;
      key = String.fromCharCode(d);
      ordered = true;
    } else return false;
    const after = markerEnd < this.le ? t.charCodeAt(markerEnd) : -1;
    if (after !== -1 && !isSpaceOrTab(after)) return false;
    if (interrupting) {
      // Only a paragraph cares whether the item is empty: stop at the first character that says it is not.
      let restBlank = true;
      for (let j = markerEnd; j < this.le && restBlank; j++) if (!isSpaceOrTab(t.charCodeAt(j))) restBlank = false;
      if (restBlank || (ordered && !startsAtOne)) return false;
    }

    this.closeFrom(m, this.ls, 'container');
    this.closeLeaf(this.ls);
    const markerStart = cur.next;
    const markerLen = markerEnd - markerStart;
    const markerOffset = cur.indent;
    cur.toNext();
    cur.advance(markerLen, true);
    const spacesStartCol = cur.col;
    const spacesStartPos = cur.pos;
    do {
      cur.advance(1, true);
    } while (cur.col - spacesStartCol < 5 && isSpaceOrTab(cur.charAt(cur.pos)));
    const blankItem = cur.pos >= this.le;
    const spaces = cur.col - spacesStartCol;
    let padding: number;
    if (spaces >= 5 || spaces < 1 || blankItem) {
      padding = markerLen + 1;
      cur.col = spacesStartCol;
      cur.pos = spacesStartPos;
      cur.partial = false;
      if (isSpaceOrTab(cur.charAt(cur.pos))) cur.advance(1, true);
    } else padding = markerLen + spaces;

    const parent = this.top;
    let list = parent.list >= 0 && parent.listKey === key ? parent.list : -1;
    if (list < 0) {
      list = this.child('list', markerStart, this.le, i, i);
      this.out.nodes.setOrdered(list, ordered);
      parent.list = list;
      parent.listKey = key;
    }
    const item = this.child('listItem', markerStart, this.le, i, i, list);
    parent.last = list;
    const c = newContainer(ITEM, item);
    c.width = markerOffset + padding;
    this.pushContainer(c);
    return true;
  }

  private fence(i: number, m: number): 'container' | 'done' | undefined {
    const cur = this.cur;
    const run = fenceRun(this.text, cur.next, this.le);
    if (!run) return undefined;
    const kind = classifyFence(this.text, cur.next, this.le, run, this.docsBuilder);
    if (!kind) return undefined;
    const next = this.lines.starts[i + 1] ?? this.text.length;
    if (kind.kind === 'stray') {
      this.out.strayFences.push({ start: cur.next, end: this.le });
      if (this.leaf?.kind === 'para' || !this.docsBuilder) return undefined;
      this.closeFrom(m, this.ls, 'container');
      this.closeLeaf(this.ls);
      return 'done';
    }
    this.closeFrom(m, this.ls, 'container');
    this.closeLeaf(this.ls);
    if (kind.kind === 'code') {
      const block = codeBlock(kind, cur.next, this.le, run.ch, run.len, next);
      const node = this.child('code', cur.next, this.le, i, i);
      this.leaf = { kind: 'fence', block, node, ch: run.ch, len: run.len };
      return 'done';
    }
    const parentDirective = this.innermostDirective();
    const d: Directive = {
      start: cur.next, end: this.le, name: kind.name, nameSpan: { start: kind.nameStart, end: kind.nameEnd },
      argument: kind.argument, argumentSpan: { start: kind.argumentStart, end: kind.argumentStart + kind.argument.length },
      fenceChar: run.ch === 58 ? ':' : '`', fenceLength: run.len, open: { start: cur.next, end: this.le }, options: [],
      body: { start: next, end: this.text.length }, closedBy: 'eof',
      parent: parentDirective < 0 ? undefined : this.stack[parentDirective].directive, depth: this.stack.filter((c) => c.kind === DIRECTIVE).length,
    };
    this.out.directives.push(d);
    const c = newContainer(DIRECTIVE, this.child('directive', cur.next, this.le, i, i));
    c.directive = this.out.directives.length - 1;
    c.fenceCh = run.ch;
    c.fenceLen = run.len;
    this.pushContainer(c);
    cur.pos = this.le;
    cur.col = cur.nextCol + (this.le - cur.next);
    return 'container';
  }

  private innermostDirective(): number {
    for (let k = this.stack.length - 1; k > 0; k--) if (this.stack[k].kind === DIRECTIVE) return k;
    return -1;
  }

  /** `%` comments (CommentBlockParser): exactly one `%`, then a space, a tab or the end of the line. */
  private percentComment(i: number, m: number): boolean {
    const t = this.text;
    const at = this.cur.next;
    const c1 = at + 1 < this.le ? t.charCodeAt(at + 1) : -1;
    if (c1 === 37) {
      this.out.notComments.push({ start: at, end: this.le, reason: 'double' });
      return false;
    }
    if (c1 !== -1 && !isSpaceOrTab(c1)) {
      this.out.notComments.push({ start: at, end: this.le, reason: 'no-space' });
      return false;
    }
    this.closeFrom(m, this.ls, 'container');
    this.closeLeaf(this.ls);
    // Trailing `%`s preceded by a space are trimmed like closing `#`s.
    const body = t.slice(at + 1, this.le).replace(/[ \t]+%+[ \t]*$/, '');
    const lead = body.length - body.trimStart().length;
    const txt = body.trim();
    this.out.comments.push({ start: at, end: this.le, text: txt, textSpan: { start: at + 1 + lead, end: at + 1 + lead + txt.length } });
    this.child('comment', at, this.le, i, i);
    return true;
  }

  /** `<!--` … `-->` (MultipleLineCommentBlockParser): one line, or up to the line holding `-->`. */
  private htmlComment(i: number, m: number): void {
    const at = this.cur.next;
    this.closeFrom(m, this.ls, 'container');
    this.closeLeaf(this.ls);
    const node = this.child('blockComment', at, this.le, i, i);
    if (this.text.indexOf('-->', at + 4) >= 0 && this.text.indexOf('-->', at + 4) + 3 <= this.le) {
      this.out.blockComments.push({ start: at, end: this.le, closed: true });
      return;
    }
    const comment: BlockComment = { start: at, end: this.text.length, closed: false };
    this.out.blockComments.push(comment);
    this.leaf = { kind: 'comment', comment, node, lastLine: i };
  }

  /** A definition list item (`:   definition` after a term paragraph, or after another item). */
  private definition(i: number, m: number): boolean {
    if (this.defDelta() < 4) return false;
    const parent = this.stack[m - 1];
    const afterPara = m === this.stack.length ? parent.lastPara || this.leaf?.kind === 'para' : false;
    const sibling = parent.list >= 0 && parent.listKey === 'def';
    if (!afterPara && !sibling) return false;
    this.closeFrom(m, this.ls, 'container');
    this.closeLeaf(this.ls);
    const cur = this.cur;
    const top = this.top;
    let list = top.list >= 0 && top.listKey === 'def' ? top.list : -1;
    if (list < 0) {
      list = this.child('definitionList', cur.next, this.le, i, i);
      top.list = list;
      top.listKey = 'def';
    }
    const item = this.child('definitionItem', cur.next, this.le, i, i, list);
    top.last = list;
    cur.toNext();
    cur.advance(4, true);
    this.pushContainer(newContainer(DEF, item));
    return true;
  }

  /** A line starting with `:` that opens no block: a directive option, or nothing (docs-builder drops it). */
  private colonLine(at: number, le: number): void {
    const k = this.innermostDirective();
    if (k < 0) return;
    const t = this.text.slice(at, le).trimEnd();
    const m = OPTION.exec(t);
    if (!m) return;
    const rawKey = m[1] ?? m[3];
    const key = rawKey.trim();
    const keyStart = at + 1 + (rawKey.length - rawKey.trimStart().length);
    const value = (m[2] ?? '').trim();
    const valueStart = value ? at + t.lastIndexOf(value) : le;
    this.out.directives[this.stack[k].directive].options.push({
      start: at, end: le, key, keySpan: { start: keyStart, end: keyStart + key.length }, value, valueSpan: { start: valueStart, end: valueStart + value.length },
    });
  }

  /** CommonMark HTML blocks (plain CommonMark only: docs-builder disables them). */
  private htmlBlock(i: number, m: number, paragraphOpen: boolean): boolean {
    const s = this.text.slice(this.cur.next, this.le);
    let end: RegExp | undefined;
    if (/^<(?:script|pre|style|textarea)(?:\s|>|$)/i.test(s)) end = /<\/(?:script|pre|style|textarea)>/i;
    else if (s.startsWith('<!--')) end = /-->/;
    else if (s.startsWith('<?')) end = /\?>/;
    else if (/^<![A-Za-z]/.test(s)) end = />/;
    else if (s.startsWith('<![CDATA[')) end = /\]\]>/;
    else {
      const tag = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?:[\s>]|\/>|$)/.exec(s);
      if (!(tag && BLOCK_TAGS.has(tag[1].toLowerCase())) && (paragraphOpen || !HTML_OPEN_CLOSE.test(s))) return false;
      end = undefined;
    }
    this.closeFrom(m, this.ls, 'container');
    this.closeLeaf(this.ls);
    const node = this.child('html', this.cur.next, this.le, i, i);
    this.leaf = { kind: 'html', node, end, lastLine: i };
    if (end && end.test(s.slice(s.startsWith('<!--') ? 4 : 0))) this.closeLeaf(this.le);
    return true;
  }
}
