// The blocks that follow a code block in its container, up to and including the first list: what docs-builder's
// EnhancedCodeBlockHtmlRenderer walks (the block's parent, from the block's index on) to find the list that explains
// a block's callouts. Read from the page's block tree: the code block's later siblings in its list item, block
// quote, directive or the page. Where Markdig's tree differs from ours it is read as Markdig's:
// - a definition list takes the paragraph before it as its term (DefinitionListParser), and a term right after a
//   definition list continues that list: one block;
// - link reference definitions leave their container (docs-builder parses without trivia): the document gets one
//   LinkReferenceDefinitionGroup, added after the top-level block where the first definition was read;
// - `%` comments are CommentBlocks, which the renderer skips; `<!-- -->` comments are MultipleLineCommentBlocks,
//   which it counts as content.
import { ancestorsOf, childrenOf, codeBlockNode, siblingsAfter } from '../../../model/blockTree';
import type { BlockNodes } from '../../../model/blockNodes';
import type { CodeBlock, Page } from '../../../model/types';

export interface ListItemText {
  /** Offsets of the item, from its marker to the end of its content. */
  start: number;
  end: number;
  /** The text of the item's first paragraph, its lines joined with a space. */
  text: string;
}

export interface FollowingBlock {
  kind: 'comment' | 'list' | 'paragraph' | 'other';
  start: number;
  end: number;
  /** A list: numbered (`1.`) or bulleted. */
  ordered?: boolean;
  /** The items of a list. */
  items?: ListItemText[];
}

/** The blocks after `cb` in its container, in order, ending with the first list; undefined when `cb` has no node. */
export function blocksAfterCodeBlock(page: Page, cb: CodeBlock): FollowingBlock[] | undefined {
  const nodes = page.blocks;
  const index = codeBlockNode(nodes, cb);
  if (index < 0) return undefined;
  const after = siblingsAfter(nodes, index);
  const group = nodes.parent(index) < 0 ? definitionGroupAfter(nodes) : -1;
  const type = (k: number) => (k >= 0 && k < after.length ? nodes.type(after[k]) : undefined);
  const out: FollowingBlock[] = [];
  for (let k = 0; k < after.length; k++) {
    const n = nodes.at(after[k]);
    const span = { start: n.start, end: n.end };
    if (n.type === 'list') {
      out.push({ kind: 'list', ...span, ordered: n.ordered === true, items: childrenOf(nodes, after[k]).map((i) => itemText(page, i)) });
      return out;
    }
    if (n.type === 'comment') out.push({ kind: 'comment', ...span });
    else if (n.type === 'paragraph') {
      // A term of the definition list after it.
      if (type(k + 1) !== 'definitionList') out.push({ kind: 'paragraph', ...span });
    } else if (n.type === 'definitionList') {
      const before = type(k - 1) === 'paragraph' ? k - 2 : k - 1;
      if (type(before) !== 'definitionList') out.push({ kind: 'other', ...span });
    } else if (n.type !== 'definition') out.push({ kind: 'other', ...span });
    if (after[k] === group) out.push({ kind: 'other', start: n.end, end: n.end });
  }
  return out;
}

/** The top-level block after which the document's LinkReferenceDefinitionGroup sits, or -1 (no definitions). */
function definitionGroupAfter(nodes: BlockNodes): number {
  let first = 0;
  while (first < nodes.length && nodes.type(first) !== 'definition') first++;
  if (first === nodes.length) return -1;
  const up = ancestorsOf(nodes, first);
  return up.length === 0 ? first : up[up.length - 1];
}

/** A list item's range and the text of its first paragraph, without the block quote markers of its lines. */
function itemText(page: Page, item: number): ListItemText {
  const nodes = page.blocks;
  const node = nodes.at(item);
  const para = childrenOf(nodes, item).find((i) => nodes.type(i) === 'paragraph');
  if (para === undefined) return { start: node.start, end: node.end, text: '' };
  const p = nodes.at(para);
  const quotes = ancestorsOf(nodes, para).filter((i) => nodes.type(i) === 'blockquote').length;
  const L = page.lines;
  const parts: string[] = [];
  for (let l = p.startLine; l <= p.endLine; l++) {
    let t = page.text.slice(Math.max(L.starts[l], p.start), Math.min(L.lineEnd(l), p.end));
    if (l > p.startLine) for (let q = 0; q < quotes; q++) t = t.replace(/^[ \t]*>/, '');
    if (t.trim() !== '') parts.push(t.trim());
  }
  return { start: node.start, end: node.end, text: parts.join(' ') };
}
