// The block structure of a page as an outline (type and line range, nested), from our block parser or from
// remark's CommonMark tree (the design card's parser, used here as the reference), so the two can be compared.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { scanBlocks, type BlockNode } from '../../server/src/model/blocks';

const BLOCK_TYPES = new Set(['blockquote', 'list', 'listItem', 'paragraph', 'heading', 'thematicBreak', 'code', 'html', 'definition']);

function outline(lines: string[], depth: number, type: string, start: number, end: number): void {
  lines.push(`${'  '.repeat(depth)}${type} ${start}-${end}`);
}

/** remark's block tree (lines 1-based). */
export function remarkOutline(text: string, options?: Parameters<typeof fromMarkdown>[1]): string {
  const out: string[] = [];
  const visit = (n: Nodes, depth: number): void => {
    if (BLOCK_TYPES.has(n.type) && n.position) {
      outline(out, depth, n.type, n.position.start.line, n.position.end.line);
      depth++;
    }
    if ('children' in n && n.type !== 'paragraph' && n.type !== 'heading') for (const c of n.children) visit(c as Nodes, depth);
  };
  visit(fromMarkdown(text, options), 0);
  return out.join('\n');
}

/** Our block tree (lines 1-based), from the nodes of a parse. */
export function nodesOutline(nodes: BlockNode[]): string {
  const out: string[] = [];
  const depth: number[] = [];
  nodes.forEach((n, i) => {
    depth[i] = n.parent < 0 ? 0 : depth[n.parent] + 1;
    outline(out, depth[i], n.type, n.startLine + 1, n.endLine + 1);
  });
  return out.join('\n');
}

export function blocksOutline(text: string, commonmark = true): string {
  return nodesOutline(scanBlocks(text, undefined, { commonmark }).nodes.toArray());
}
