// A page's block tree (`Page.blocks`) as numbers in one typed array, not an object per node. Why: an edit keeps
// the nodes before it and moves those after it, and the 1.1 MB corpus page has 12,000 nodes: as objects, each
// keystroke made ~6,000 new ones (440 KB), all alive until the next version, so every young-generation collection
// copied them and then promoted them to the old generation. Here moving them is a loop over integers that the
// garbage collector never looks into.
import type { BlockNode, BlockType } from './blocks';

const TYPES: readonly BlockType[] = [
  'blockquote', 'list', 'listItem', 'directive', 'definitionList', 'definitionItem',
  'paragraph', 'heading', 'thematicBreak', 'code', 'html', 'definition', 'comment', 'blockComment',
];
const TYPE_CODE = new Map(TYPES.map((t, i) => [t, i]));

// Per node: start, end, startLine, endLine, parent, and its type's code with the list's numbering above it.
const START = 0;
const END = 1;
const START_LINE = 2;
const END_LINE = 3;
const PARENT = 4;
const KIND = 5;
const FIELDS = 6;
// In KIND above the type's code (4 bits): 0 no numbering said (not a list), 1 bulleted, 2 numbered.
const ORDERED_SHIFT = 4;

/** The nodes in document order; each names its parent's index (-1: the document). */
export class BlockNodes {
  private data: Int32Array;
  private count = 0;

  constructor(capacity = 16) {
    this.data = new Int32Array(Math.max(capacity, 4) * FIELDS);
  }

  get length(): number {
    return this.count;
  }

  /** Adds a node; its index. */
  push(type: BlockType, start: number, end: number, startLine: number, endLine: number, parent: number): number {
    const i = this.count++;
    if (this.count * FIELDS > this.data.length) this.grow(this.count);
    const o = i * FIELDS;
    const d = this.data;
    d[o + START] = start;
    d[o + END] = end;
    d[o + START_LINE] = startLine;
    d[o + END_LINE] = endLine;
    d[o + PARENT] = parent;
    d[o + KIND] = TYPE_CODE.get(type)!;
    return i;
  }

  type(i: number): BlockType {
    return TYPES[this.data[i * FIELDS + KIND] & 15];
  }

  start(i: number): number {
    return this.data[i * FIELDS + START];
  }

  end(i: number): number {
    return this.data[i * FIELDS + END];
  }

  startLine(i: number): number {
    return this.data[i * FIELDS + START_LINE];
  }

  endLine(i: number): number {
    return this.data[i * FIELDS + END_LINE];
  }

  parent(i: number): number {
    return this.data[i * FIELDS + PARENT];
  }

  /** A list's numbering: numbered or bulleted; undefined for other nodes. */
  ordered(i: number): boolean | undefined {
    const o = this.data[i * FIELDS + KIND] >> ORDERED_SHIFT;
    return o === 0 ? undefined : o === 2;
  }

  setEnd(i: number, end: number, endLine: number): void {
    this.data[i * FIELDS + END] = end;
    this.data[i * FIELDS + END_LINE] = endLine;
  }

  setOrdered(i: number, ordered: boolean): void {
    const o = i * FIELDS + KIND;
    this.data[o] = (this.data[o] & 15) | ((ordered ? 2 : 1) << ORDERED_SHIFT);
  }

  /** Node `i` as an object (a copy: changing it changes nothing here). */
  at(i: number): BlockNode {
    const n: BlockNode = { type: this.type(i), start: this.start(i), end: this.end(i), startLine: this.startLine(i), endLine: this.endLine(i), parent: this.parent(i) };
    const ordered = this.ordered(i);
    if (ordered !== undefined) n.ordered = ordered;
    return n;
  }

  toArray(): BlockNode[] {
    const out: BlockNode[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.at(i));
    return out;
  }

  /** The index of the first node starting at or after `offset` (`length` if none). */
  lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.data[mid * FIELDS + START] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A new list of this one's first `count` nodes, with room for `room` more. */
  head(count: number, room: number): BlockNodes {
    const out = new BlockNodes(count + room);
    out.data.set(this.data.subarray(0, count * FIELDS));
    out.count = count;
    return out;
  }

  /**
   * Appends `from`'s nodes from index `first` on, moved `d` characters and `dl` lines; their parents (other than
   * the document) are `dn` nodes later now.
   */
  appendMoved(from: BlockNodes, first: number, d: number, dl: number, dn: number): void {
    const n = from.count - first;
    if (n <= 0) return;
    const at = this.count;
    this.count += n;
    if (this.count * FIELDS > this.data.length) this.grow(this.count);
    const src = from.data;
    const dst = this.data;
    for (let k = 0, s = first * FIELDS, o = at * FIELDS; k < n; k++, s += FIELDS, o += FIELDS) {
      dst[o + START] = src[s + START] + d;
      dst[o + END] = src[s + END] + d;
      dst[o + START_LINE] = src[s + START_LINE] + dl;
      dst[o + END_LINE] = src[s + END_LINE] + dl;
      const p = src[s + PARENT];
      dst[o + PARENT] = p < 0 ? -1 : p + dn;
      dst[o + KIND] = src[s + KIND];
    }
  }

  /** As JSON, the nodes as objects (whatever room the store has left over). */
  toJSON(): BlockNode[] {
    return this.toArray();
  }

  *[Symbol.iterator](): IterableIterator<BlockNode> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  private grow(nodes: number): void {
    const bigger = new Int32Array(Math.max(nodes, this.count * 2, 16) * FIELDS);
    bigger.set(this.data.subarray(0, this.count * FIELDS));
    this.data = bigger;
  }
}
