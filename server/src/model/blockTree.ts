// Reading the block tree (`Page.blocks`): the nodes are in document order and each names its parent, so a
// container's descendants follow it without a gap, and its children are the nodes among them that name it.
import { lowerBound } from './blockEdit';
import type { BlockNode } from './blocks';
import type { CodeBlock } from './types';

/** The index of the node a code block was read into, or -1. */
export function codeBlockNode(nodes: readonly BlockNode[], cb: CodeBlock): number {
  for (let i = lowerBound(nodes, cb.open.start); i < nodes.length && nodes[i].start === cb.open.start; i++) {
    if (nodes[i].type === 'code') return i;
  }
  return -1;
}

/** The children of node `parent` (of the document for -1), in order. */
export function childrenOf(nodes: readonly BlockNode[], parent: number): number[] {
  const out: number[] = [];
  for (let j = parent + 1; j < nodes.length; j++) {
    const p = nodes[j].parent;
    if (p === parent) out.push(j);
    else if (p < parent) break;
  }
  return out;
}

/** The blocks after node `index` in its container (its later siblings), in order. */
export function siblingsAfter(nodes: readonly BlockNode[], index: number): number[] {
  const parent = nodes[index].parent;
  const out: number[] = [];
  for (let j = index + 1; j < nodes.length; j++) {
    const p = nodes[j].parent;
    if (p === parent) out.push(j);
    else if (p < parent) break;
  }
  return out;
}

/** The ancestors of node `index`, innermost first. */
export function ancestorsOf(nodes: readonly BlockNode[], index: number): number[] {
  const out: number[] = [];
  for (let p = nodes[index].parent; p >= 0; p = nodes[p].parent) out.push(p);
  return out;
}
