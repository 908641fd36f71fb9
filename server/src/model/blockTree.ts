// Reading the block tree (`Page.blocks`): the nodes are in document order and each names its parent, so a
// container's descendants follow it without a gap, and its children are the nodes among them that name it.
import type { BlockNodes } from './blockNodes';
import type { CodeBlock } from './types';

/** The index of the node a code block was read into, or -1. */
export function codeBlockNode(nodes: BlockNodes, cb: CodeBlock): number {
  for (let i = nodes.lowerBound(cb.open.start); i < nodes.length && nodes.start(i) === cb.open.start; i++) {
    if (nodes.type(i) === 'code') return i;
  }
  return -1;
}

/** The children of node `parent` (of the document for -1), in order. */
export function childrenOf(nodes: BlockNodes, parent: number): number[] {
  const out: number[] = [];
  for (let j = parent + 1; j < nodes.length; j++) {
    const p = nodes.parent(j);
    if (p === parent) out.push(j);
    else if (p < parent) break;
  }
  return out;
}

/** The blocks after node `index` in its container (its later siblings), in order. */
export function siblingsAfter(nodes: BlockNodes, index: number): number[] {
  const parent = nodes.parent(index);
  const out: number[] = [];
  for (let j = index + 1; j < nodes.length; j++) {
    const p = nodes.parent(j);
    if (p === parent) out.push(j);
    else if (p < parent) break;
  }
  return out;
}

/** The ancestors of node `index`, innermost first. */
export function ancestorsOf(nodes: BlockNodes, index: number): number[] {
  const out: number[] = [];
  for (let p = nodes.parent(index); p >= 0; p = nodes.parent(p)) out.push(p);
  return out;
}
