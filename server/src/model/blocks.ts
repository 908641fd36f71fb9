// The block pre-pass: one linear scan over the lines that finds what CommonMark lacks or what must never be
// parsed as Markdown (front matter, code fences, directives and their options, `%` and `<!-- -->` comments),
// following docs-builder's Markdig rules (spec §4, §5), and leaves the rest as Markdown segments (runs of
// non-blank lines) for the inline layer. Both the full model and the fast summary scanner start here.
import type { BlockComment, CodeBlock, Directive, DirectiveOption, LineComment, NotAComment, Span } from './types';
import { LineIndex } from './lines';

/** Backtick-fenced names that are literal blocks (EnhancedCodeBlockParser), never directives. */
const LITERAL_DIRECTIVES = new Set(['code', 'code-block', 'sourcecode', 'applies_to']);
const NEVER_DIRECTIVE = /\{(?:code|code-block|sourcecode|applies_to)\}/;

export interface Segment extends Span {
  startLine: number;
  endLine: number;
  /** Index of the innermost directive holding the segment, if any. */
  directive?: number;
}

export interface FrontMatterBlock extends Span {
  content: Span;
  closed: boolean;
}

export interface Blocks {
  lines: LineIndex;
  frontMatter?: FrontMatterBlock;
  codeBlocks: CodeBlock[];
  directives: Directive[];
  comments: LineComment[];
  blockComments: BlockComment[];
  notComments: NotAComment[];
  /** Markdown segments for the inline layer: runs of lines, also cut before a list item, a heading or a table row. */
  segments: Segment[];
  /** Blank-line-separated runs of Markdown lines (what a table needs to be seen whole). */
  paragraphs: Segment[];
  /** Closing fences that close nothing (`:::` with no open directive of that fence). */
  strayFences: Span[];
}

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

export function scanBlocks(text: string, lines: LineIndex = new LineIndex(text)): Blocks {
  const out: Blocks = { lines, codeBlocks: [], directives: [], comments: [], blockComments: [], notComments: [], segments: [], paragraphs: [], strayFences: [] };
  const stack: OpenDirective[] = [];
  let code: OpenCode | undefined;
  let html: BlockComment | undefined;
  let seg: Segment | undefined;
  let para: Segment | undefined;
  let prevPipe = false;
  const n = lines.lineCount;
  let first = 0;

  // Front matter: `---` on the first line, closed by `---` (or `...`).
  if (n > 1 && lines.lineText(0).trimEnd() === '---') {
    for (let i = 1; i < n; i++) {
      const t = lines.lineText(i).trimEnd();
      if (t === '---' || t === '...') {
        out.frontMatter = { start: 0, end: lines.lineEnd(i), content: { start: lines.starts[1], end: lines.starts[i] }, closed: true };
        first = i + 1;
        break;
      }
    }
  }

  const endSegment = () => {
    if (seg) out.segments.push(seg);
    if (para) out.paragraphs.push(para);
    seg = undefined;
    para = undefined;
    prevPipe = false;
  };
  const closeDirective = (d: Directive, lineStart: number, by: Directive['closedBy'], closeSpan?: Span) => {
    d.end = closeSpan ? closeSpan.end : lineStart;
    d.body.end = Math.max(d.body.start, lineStart);
    d.closedBy = by;
    if (closeSpan) d.close = closeSpan;
  };
  const closeCode = (endOffset: number, closed: boolean, closeEnd?: number) => {
    if (!code) return;
    code.block.content.end = Math.max(code.block.content.start, endOffset);
    code.block.end = closeEnd ?? endOffset;
    code.block.closed = closed;
    out.codeBlocks.push(code.block);
    code = undefined;
  };

  for (let i = first; i < n; i++) {
    const ls = lines.starts[i];
    const le = lines.lineEnd(i);
    const line = text.slice(ls, le);

    if (html) {
      if (line.includes('-->')) {
        html.end = le;
        html.closed = true;
        html = undefined;
      }
      continue;
    }

    const indent = indentOf(line);
    const t = line.trimStart();
    const tOff = ls + (line.length - t.length);

    // Open directives see their closing fence first, outermost first (Markdig continues blocks outside-in).
    let closedHere = false;
    const f0 = t.charCodeAt(0);
    const fenceRun = stack.length && (f0 === 58 || f0 === 96) ? runLength(t, 0, f0) : 0;
    const bareFence = fenceRun >= 3 && t.slice(fenceRun).trim() === '';
    for (let k = 0; bareFence && k < stack.length; k++) {
      const d = out.directives[stack[k].index];
      if (indent - stack[k].indent < 4 && d.fenceChar.charCodeAt(0) === f0 && fenceRun >= d.fenceLength) {
        endSegment();
        closeCode(ls, false);
        for (let j = stack.length - 1; j > k; j--) closeDirective(out.directives[stack[j].index], ls, 'parent');
        closeDirective(d, ls, 'fence', { start: tOff, end: le });
        stack.length = k;
        closedHere = true;
        break;
      }
    }
    if (closedHere) continue;

    if (code) {
      if (indent - code.indent < 4 && isClosingFence(t, code.block.fenceChar.charCodeAt(0), code.block.fenceLength)) closeCode(ls, true, le);
      continue;
    }

    if (t.length === 0) {
      endSegment();
      continue;
    }
    const top = stack.length ? stack[stack.length - 1] : undefined;
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
            endSegment();
            const close = info.indexOf('}');
            const name = info.slice(1, close).replace(/[{}`:]/g, '').trim();
            const rawArg = info.slice(close + 1);
            const arg = rawArg.trim();
            const argStart = infoOff + close + 1 + (rawArg.length - rawArg.trimStart().length);
            const d: Directive = {
              start: tOff, end: le, name, nameSpan: { start: infoOff + 1, end: infoOff + close },
              argument: arg, argumentSpan: { start: argStart, end: argStart + arg.length },
              fenceChar: c0 === 58 ? ':' : '`', fenceLength: len, open: { start: tOff, end: le }, options: [],
              body: { start: lines.starts[i + 1] ?? text.length, end: text.length }, closedBy: 'eof',
              parent: top?.index, depth: stack.length,
            };
            if (top) top.acceptOptions = false;
            out.directives.push(d);
            stack.push({ index: out.directives.length - 1, indent, acceptOptions: true });
            continue;
          }
          if (c0 === 58) {
            // A colon fence that is not a directive opening: a stray closing fence, or text.
            if (info.trim() === '') {
              endSegment();
              out.strayFences.push({ start: tOff, end: le });
              continue;
            }
          }
        } else if (!(c0 === 96 && info.includes('`'))) {
          endSegment();
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
            start: tOff, end: text.length, fenceChar: c0 === 96 ? '`' : '~', fenceLength: len, lang, args, directive,
            open: { start: tOff, end: le }, content: { start: lines.starts[i + 1] ?? text.length, end: text.length },
            closed: false, subs: /(^|[\s,])subs(=true)?(?=$|[\s,])/i.test(args),
          };
          code = { block, indent };
          continue;
        }
      }
    }

    // Directive options: `:key: value` lines in a directive body until its first nested directive.
    if (top && top.acceptOptions && c0 === 58 && t.charCodeAt(1) !== 58) {
      const m = OPTION.exec(t.trimEnd());
      if (m) {
        endSegment();
        const key = (m[1] ?? m[3]).trim();
        const keyStart = tOff + 1 + ((m[1] ?? m[3]).length - (m[1] ?? m[3]).trimStart().length);
        const value = (m[2] ?? '').trim();
        const valueStart = value ? ls + line.lastIndexOf(value) : le;
        const opt: DirectiveOption = { start: tOff, end: le, key, keySpan: { start: keyStart, end: keyStart + key.length }, value, valueSpan: { start: valueStart, end: valueStart + value.length } };
        const d = out.directives[top.index];
        d.options.push(opt);
        continue;
      }
    }

    if (rel < 4 && c0 === 37 /* % */) {
      endSegment();
      const c1 = t.charCodeAt(1);
      if (c1 === 37) out.notComments.push({ start: tOff, end: le, reason: 'double' });
      else if (t.length === 1 || c1 === 32 || c1 === 9) {
        let body = t.slice(1);
        // Trailing `%`s preceded by a space are trimmed like closing `#`s.
        body = body.replace(/[ \t]+%+[ \t]*$/, '');
        const lead = body.length - body.trimStart().length;
        const txt = body.trim();
        out.comments.push({ start: tOff, end: le, text: txt, textSpan: { start: tOff + 1 + lead, end: tOff + 1 + lead + txt.length } });
      } else out.notComments.push({ start: tOff, end: le, reason: 'no-space' });
      continue;
    }

    if (rel < 4 && c0 === 60 && t.startsWith('<!--')) {
      endSegment();
      if (t.indexOf('-->', 4) >= 0) out.blockComments.push({ start: tOff, end: le, closed: true });
      else {
        html = { start: tOff, end: text.length, closed: false };
        out.blockComments.push(html);
      }
      continue;
    }

    // Ordinary Markdown: extend or start a segment.
    // Options are read only before the body's first content (docs-builder reads later `:x:` lines too).
    if (top) top.acceptOptions = false;
    // Inline content never crosses into a new list item, heading or table row: cut the segment there, so an
    // edit re-reads a row or an item, not the whole table or list.
    const pipe = c0 === 124;
    if (seg && ((pipe && prevPipe) || BLOCK_START.test(t))) {
      out.segments.push(seg);
      seg = undefined;
    }
    prevPipe = pipe;
    if (seg) {
      seg.end = le;
      seg.endLine = i;
    } else seg = { start: ls, end: le, startLine: i, endLine: i, directive: top?.index };
    if (para) {
      para.end = le;
      para.endLine = i;
    } else para = { start: ls, end: le, startLine: i, endLine: i, directive: top?.index };
  }
  endSegment();
  closeCode(text.length, false);
  for (let j = stack.length - 1; j >= 0; j--) closeDirective(out.directives[stack[j].index], text.length, 'eof');
  out.codeBlocks.sort((a, b) => a.start - b.start);
  return out;
}
