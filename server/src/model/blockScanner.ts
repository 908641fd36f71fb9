// The block pre-pass's line reader (see blocks.ts): the scan's state between lines — open directives, an open
// code block or `<!--` comment, the Markdown segment being extended — and what one line does to it. A scan can
// start at any ground-level line (nothing open) and stop at one, which is what lets an edit be re-scanned alone.
import type { Blocks, Segment } from './blocks';
import type { LineIndex } from './lines';
import type { BlockComment, CodeBlock, Directive, DirectiveOption, Span } from './types';

/** Backtick-fenced names that are literal blocks (EnhancedCodeBlockParser), never directives. */
const LITERAL_DIRECTIVES = new Set(['code', 'code-block', 'sourcecode', 'applies_to']);
const NEVER_DIRECTIVE = /\{(?:code|code-block|sourcecode|applies_to)\}/;

interface OpenDirective {
  index: number;
  indent: number;
  acceptOptions: boolean;
}

interface OpenCode {
  block: CodeBlock;
  indent: number;
}

function indentOf(line: string): number {
  let col = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 32) col++;
    else if (c === 9) col += 4 - (col % 4);
    else return col;
  }
  return col;
}

function runLength(s: string, from: number, ch: number): number {
  let n = 0;
  while (s.charCodeAt(from + n) === ch) n++;
  return n;
}

/** A closing fence: only `ch` repeated at least `min` times, then optional whitespace. */
function isClosingFence(t: string, ch: number, min: number): boolean {
  const n = runLength(t, 0, ch);
  return n >= min && t.slice(n).trim() === '';
}

/** A line that starts a list item (one that may interrupt a paragraph) or an ATX heading. */
const BLOCK_START = /^(?:[-+*][ \t]+\S|1[.)][ \t]+\S|#{1,6}(?:[ \t]|$))/;

const OPTION = /^:([^:\s][^:]*):(?:\s+(.*?))?\s*$|^:([^:\s][^:]*):$/;

/** The block scan's state between lines; `line(i)` reads one line, `run` a range of them. */
export class BlockScanner {
  readonly stack: OpenDirective[] = [];
  code: OpenCode | undefined;
  html: BlockComment | undefined;
  seg: Segment | undefined;
  para: Segment | undefined;
  prevPipe = false;

  constructor(readonly text: string, readonly lines: LineIndex, readonly out: Blocks) {}

  /**
   * Reads lines from `from` (at ground level) on, recording which are at ground level, until the end or until
   * `stop(i)` says to stop before ground-level line i; returns where it stopped (the line count at the end).
   */
  run(from: number, stop?: (line: number) => boolean): number {
    const n = this.lines.lineCount;
    const ground = this.out.ground;
    for (let i = from; i < n; i++) {
      const g = this.html === undefined && this.code === undefined && this.para === undefined && this.stack.length === 0;
      if (g && stop && stop(i)) return i;
      ground[i] = g ? 1 : 0;
      this.line(i);
    }
    return n;
  }

  /** Closes what is still open at the end of the text. */
  finish(): void {
    this.endSegment();
    this.closeCode(this.text.length, false);
    for (let j = this.stack.length - 1; j >= 0; j--) this.closeDirective(this.out.directives[this.stack[j].index], this.text.length, 'eof');
    this.out.codeBlocks.sort((a, b) => a.start - b.start);
  }

  private endSegment(): void {
    if (this.seg) this.out.segments.push(this.seg);
    if (this.para) this.out.paragraphs.push(this.para);
    this.seg = undefined;
    this.para = undefined;
    this.prevPipe = false;
  }

  private closeDirective(d: Directive, lineStart: number, by: Directive['closedBy'], closeSpan?: Span): void {
    d.end = closeSpan ? closeSpan.end : lineStart;
    d.body.end = Math.max(d.body.start, lineStart);
    d.closedBy = by;
    if (closeSpan) d.close = closeSpan;
  }

  private closeCode(endOffset: number, closed: boolean, closeEnd?: number): void {
    const code = this.code;
    if (!code) return;
    code.block.content.end = Math.max(code.block.content.start, endOffset);
    code.block.end = closeEnd ?? endOffset;
    code.block.closed = closed;
    this.out.codeBlocks.push(code.block);
    this.code = undefined;
  }

  private line(i: number): void {
    const ls = this.lines.starts[i];
    const le = this.lines.lineEnd(i);
    const line = this.text.slice(ls, le);

    if (this.html) {
      if (line.includes('-->')) {
        this.html.end = le;
        this.html.closed = true;
        this.html = undefined;
      }
      return;
    }

    const indent = indentOf(line);
    const t = line.trimStart();
    const tOff = ls + (line.length - t.length);

    // Open directives see their closing fence first, outermost first (Markdig continues blocks outside-in).
    let closedHere = false;
    const f0 = t.charCodeAt(0);
    const fenceRun = this.stack.length && (f0 === 58 || f0 === 96) ? runLength(t, 0, f0) : 0;
    const bareFence = fenceRun >= 3 && t.slice(fenceRun).trim() === '';
    for (let k = 0; bareFence && k < this.stack.length; k++) {
      const d = this.out.directives[this.stack[k].index];
      if (indent - this.stack[k].indent < 4 && d.fenceChar.charCodeAt(0) === f0 && fenceRun >= d.fenceLength) {
        this.endSegment();
        this.closeCode(ls, false);
        for (let j = this.stack.length - 1; j > k; j--) this.closeDirective(this.out.directives[this.stack[j].index], ls, 'parent');
        this.closeDirective(d, ls, 'fence', { start: tOff, end: le });
        this.stack.length = k;
        closedHere = true;
        break;
      }
    }
    if (closedHere) return;

    if (this.code) {
      if (indent - this.code.indent < 4 && isClosingFence(t, this.code.block.fenceChar.charCodeAt(0), this.code.block.fenceLength)) this.closeCode(ls, true, le);
      return;
    }

    if (t.length === 0) {
      this.endSegment();
      return;
    }
    const top = this.stack.length ? this.stack[this.stack.length - 1] : undefined;
    const rel = indent - (top ? top.indent : 0);
    const c0 = t.charCodeAt(0);

    // Fences: ``` / ~~~ code (or backtick directives), ::: directives.
    if (c0 === 96 || c0 === 126 || c0 === 58) {
      const len = runLength(t, 0, c0);
      if (len >= 3) {
        const info = t.slice(len);
        const infoOff = tOff + len;
        if (c0 === 58 || (c0 === 96 && info.startsWith('{') && info.includes('}') && !NEVER_DIRECTIVE.test(info))) {
          if (info.startsWith('{') && info.includes('}') && !NEVER_DIRECTIVE.test(info) && !(c0 === 96 && info.includes('`'))) {
            this.endSegment();
            const close = info.indexOf('}');
            const name = info.slice(1, close).replace(/[{}`:]/g, '').trim();
            const rawArg = info.slice(close + 1);
            const arg = rawArg.trim();
            const argStart = infoOff + close + 1 + (rawArg.length - rawArg.trimStart().length);
            const d: Directive = {
              start: tOff, end: le, name, nameSpan: { start: infoOff + 1, end: infoOff + close },
              argument: arg, argumentSpan: { start: argStart, end: argStart + arg.length },
              fenceChar: c0 === 58 ? ':' : '`', fenceLength: len, open: { start: tOff, end: le }, options: [],
              body: { start: this.lines.starts[i + 1] ?? this.text.length, end: this.text.length }, closedBy: 'eof',
              parent: top?.index, depth: this.stack.length,
            };
            if (top) top.acceptOptions = false;
            this.out.directives.push(d);
            this.stack.push({ index: this.out.directives.length - 1, indent, acceptOptions: true });
            return;
          }
          if (c0 === 58) {
            // A colon fence that is not a directive opening: a stray closing fence, or text.
            if (info.trim() === '') {
              this.endSegment();
              this.out.strayFences.push({ start: tOff, end: le });
              return;
            }
          }
        } else if (!(c0 === 96 && info.includes('`'))) {
          this.endSegment();
          const infoT = info.trim();
          let directive: string | undefined;
          let lang = '';
          let args = '';
          const m = /^\{([^}]*)\}\s*(.*)$/.exec(infoT);
          if (m && LITERAL_DIRECTIVES.has(m[1].trim())) {
            directive = m[1].trim();
            const rest = m[2].trim();
            const sp = rest.search(/\s/);
            lang = sp < 0 ? rest : rest.slice(0, sp);
            args = sp < 0 ? '' : rest.slice(sp).trim();
            if (directive === 'applies_to') { args = rest; lang = ''; }
          } else {
            const sp = infoT.search(/\s/);
            lang = sp < 0 ? infoT : infoT.slice(0, sp);
            args = sp < 0 ? '' : infoT.slice(sp).trim();
            const lit = /\{(applies_to|contributors)\}/.exec(args);
            if (lit) directive = lit[1];
          }
          const block: CodeBlock = {
            start: tOff, end: this.text.length, fenceChar: c0 === 96 ? '`' : '~', fenceLength: len, lang, args, directive,
            open: { start: tOff, end: le }, content: { start: this.lines.starts[i + 1] ?? this.text.length, end: this.text.length },
            closed: false, subs: /(^|[\s,])subs(=true)?(?=$|[\s,])/i.test(args),
          };
          this.code = { block, indent };
          return;
        }
      }
    }

    // Directive options: `:key: value` lines in a directive body until its first nested directive.
    if (top && top.acceptOptions && c0 === 58 && t.charCodeAt(1) !== 58) {
      const m = OPTION.exec(t.trimEnd());
      if (m) {
        this.endSegment();
        const key = (m[1] ?? m[3]).trim();
        const keyStart = tOff + 1 + ((m[1] ?? m[3]).length - (m[1] ?? m[3]).trimStart().length);
        const value = (m[2] ?? '').trim();
        const valueStart = value ? ls + line.lastIndexOf(value) : le;
        const opt: DirectiveOption = { start: tOff, end: le, key, keySpan: { start: keyStart, end: keyStart + key.length }, value, valueSpan: { start: valueStart, end: valueStart + value.length } };
        const d = this.out.directives[top.index];
        d.options.push(opt);
        return;
      }
    }

    if (rel < 4 && c0 === 37 /* % */) {
      this.endSegment();
      const c1 = t.charCodeAt(1);
      if (c1 === 37) this.out.notComments.push({ start: tOff, end: le, reason: 'double' });
      else if (t.length === 1 || c1 === 32 || c1 === 9) {
        let body = t.slice(1);
        // Trailing `%`s preceded by a space are trimmed like closing `#`s.
        body = body.replace(/[ \t]+%+[ \t]*$/, '');
        const lead = body.length - body.trimStart().length;
        const txt = body.trim();
        this.out.comments.push({ start: tOff, end: le, text: txt, textSpan: { start: tOff + 1 + lead, end: tOff + 1 + lead + txt.length } });
      } else this.out.notComments.push({ start: tOff, end: le, reason: 'no-space' });
      return;
    }

    if (rel < 4 && c0 === 60 && t.startsWith('<!--')) {
      this.endSegment();
      if (t.indexOf('-->', 4) >= 0) this.out.blockComments.push({ start: tOff, end: le, closed: true });
      else {
        this.html = { start: tOff, end: this.text.length, closed: false };
        this.out.blockComments.push(this.html);
      }
      return;
    }

    // Ordinary Markdown: extend or start a segment.
    // Options are read only before the body's first content (docs-builder reads later `:x:` lines too).
    if (top) top.acceptOptions = false;
    // Inline content never crosses into a new list item, heading or table row: cut the segment there, so an
    // edit re-reads a row or an item, not the whole table or list.
    const pipe = c0 === 124;
    if (this.seg && ((pipe && this.prevPipe) || BLOCK_START.test(t))) {
      this.out.segments.push(this.seg);
      this.seg = undefined;
    }
    this.prevPipe = pipe;
    if (this.seg) {
      this.seg.end = le;
      this.seg.endLine = i;
    } else this.seg = { start: ls, end: le, startLine: i, endLine: i, directive: top?.index };
    if (this.para) {
      this.para.end = le;
      this.para.endLine = i;
    } else this.para = { start: ls, end: le, startLine: i, endLine: i, directive: top?.index };
  }
}

