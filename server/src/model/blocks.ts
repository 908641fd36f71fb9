// The block pre-pass: one linear scan over the lines that finds what CommonMark lacks or what must never be
// parsed as Markdown (front matter, code fences, directives and their options, `%` and `<!-- -->` comments),
// following docs-builder's Markdig rules (spec §4, §5), and leaves the rest as Markdown segments (runs of
// non-blank lines) for the inline layer. Both the full model and the fast summary scanner start here.
import { BlockScanner } from './blockScanner';
import { LineIndex } from './lines';
import type { BlockComment, CodeBlock, Directive, LineComment, NotAComment, Span } from './types';

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
  /** The first line after the front matter. */
  firstLine: number;
  /**
   * 1 for each line where the scan is at ground level: nothing open (no directive, code block, comment or
   * paragraph), so what follows does not depend on what came before. An edit is re-scanned between two of them.
   */
  ground: Uint8Array;
}

export function emptyBlocks(lines: LineIndex): Blocks {
  return {
    lines, codeBlocks: [], directives: [], comments: [], blockComments: [], notComments: [], segments: [], paragraphs: [], strayFences: [],
    firstLine: 0, ground: new Uint8Array(lines.lineCount),
  };
}

export function scanBlocks(text: string, lines: LineIndex = new LineIndex(text)): Blocks {
  const out = emptyBlocks(lines);
  const n = lines.lineCount;
  // Front matter: `---` on the first line, closed by `---` (or `...`).
  if (n > 1 && lines.lineText(0).trimEnd() === '---') {
    for (let i = 1; i < n; i++) {
      const t = lines.lineText(i).trimEnd();
      if (t === '---' || t === '...') {
        out.frontMatter = { start: 0, end: lines.lineEnd(i), content: { start: lines.starts[1], end: lines.starts[i] }, closed: true };
        out.firstLine = i + 1;
        break;
      }
    }
  }
  const scanner = new BlockScanner(text, lines, out);
  scanner.run(out.firstLine);
  scanner.finish();
  return out;
}
