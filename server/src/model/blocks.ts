// The block structure of a page: one pass over the lines that follows CommonMark's container model (block
// quotes, list items) with the rules of docs-builder's Markdig pipeline (no indented code, no HTML blocks,
// directives as fenced containers, `%` and `<!-- -->` comments, definition lists, front matter; spec §0, §4, §5).
// It finds every block and leaves the inline content of paragraphs and headings as units for the inline layer.
// `blockParser.ts` holds the line reader; this file the result's shape and the entry point.
import { BlockParser } from './blockParser';
import { LineIndex } from './lines';
import type { BlockComment, CodeBlock, Directive, Heading, LineComment, NotAComment, Span } from './types';
import { BlockNodes } from './blockNodes';

/** A stretch of lines: a unit of inline content, or a paragraph. */
export interface Segment extends Span {
  startLine: number;
  endLine: number;
}

export type BlockType =
  | 'blockquote' | 'list' | 'listItem' | 'directive' | 'definitionList' | 'definitionItem'
  | 'paragraph' | 'heading' | 'thematicBreak' | 'code' | 'html' | 'definition' | 'comment' | 'blockComment';

/** One block of the page's tree, in document order; `parent` is the index of the enclosing block, or -1. */
export interface BlockNode extends Span {
  type: BlockType;
  parent: number;
  startLine: number;
  endLine: number;
  /** A list's items are numbered (`1.`, `1)`) rather than bulleted: set on list nodes only. */
  ordered?: boolean;
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
  headings: Heading[];
  /** Every block, in document order (the tree the rest of the model is cut from). */
  nodes: BlockNodes;
  /**
   * Inline content for the inline layer: each paragraph (cut before a table row that follows another, so a
   * table is read row by row) and each heading's text (without its `[custom-id]`, which docs-builder strips first).
   */
  units: Segment[];
  /** The paragraphs (what a pipe table needs to be seen whole). */
  paragraphs: Segment[];
  /** Per line, where its content starts after the container prefixes (`> `, a list item's indent). */
  content: Uint32Array;
  /** Closing fences that close nothing (`:::` with no open directive of that fence). */
  strayFences: Span[];
  /** The first line after the front matter. */
  firstLine: number;
  /**
   * Per line, whether the parse is at ground level before it: nothing open (no container, no paragraph, code
   * block or comment), so what follows depends on nothing before but whether the last block was a paragraph
   * (1: it was not, 2: it was). An edit is parsed again between two such lines.
   */
  ground: Uint8Array;
}

export interface BlockOptions {
  /** Plain CommonMark (indented code, HTML blocks, `~~~` fences; none of docs-builder's additions): for the spec tests. */
  commonmark?: boolean;
}

export function emptyBlocks(lines: LineIndex): Blocks {
  return {
    lines, codeBlocks: [], directives: [], comments: [], blockComments: [], notComments: [], headings: [], nodes: new BlockNodes(), units: [],
    paragraphs: [], strayFences: [], firstLine: 0, content: new Uint32Array(lines.lineCount), ground: new Uint8Array(lines.lineCount),
  };
}

export function scanBlocks(text: string, lines: LineIndex = new LineIndex(text), options: BlockOptions = {}): Blocks {
  const out = emptyBlocks(lines);
  const n = lines.lineCount;
  // Front matter: `---` on the first line, closed by `---` (or `...`).
  if (!options.commonmark && n > 1 && lines.lineText(0).trimEnd() === '---') {
    for (let i = 1; i < n; i++) {
      const t = lines.lineText(i).trimEnd();
      if (t === '---' || t === '...') {
        out.frontMatter = { start: 0, end: lines.lineEnd(i), content: { start: lines.starts[1], end: lines.starts[i] }, closed: true };
        out.firstLine = i + 1;
        break;
      }
    }
  }
  const parser = new BlockParser(text, lines, out, !options.commonmark);
  parser.run(out.firstLine);
  parser.finish();
  return out;
}
