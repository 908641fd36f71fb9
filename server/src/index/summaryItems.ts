// The items of a page summary, compact: their strings as fields, every number (positions, levels, flags) of a
// summary's items in one string of 16-bit char codes, a `Range` made when one is read. An index of 3,000 pages holds
// some 150,000 ranges: as LSP objects (a range and its two positions, 120 bytes) they were a third of the server's
// heap; as char codes they take 8 to 16 bytes (V8 keeps a string whose codes are all below 256 in one byte a code).
// Each item reads as the plain object it replaces; a range read is a new object (the caller may keep or change it).
// Copies of items must read the getters: a spread (`{ ...link }`) or JSON would see only the fields below.
import type { AnchorKind } from '../model/anchors';
import type { LineIndex } from '../model/lines';
import type { Span } from '../model/types';
import type { Range } from '../types';

/** The empty list every summary without such items shares (a summary's lists are never changed). */
export const NO_ITEMS: readonly never[] = Object.freeze([]);

/** `list`, or the shared empty list. */
export function items<T>(list: T[]): readonly T[] {
  return list.length === 0 ? NO_ITEMS : list;
}

/** The numbers of the items of one summary (or of one part of an open page's summary), and the page's URI. */
export class ItemNumbers {
  /** Char codes; an Int32Array in the rare summary with a number over 65,535 (a line that long, a page that long). */
  n: string | Int32Array = '';
  constructor(readonly uri: string) {}

  get(i: number): number {
    const n = this.n;
    return typeof n === 'string' ? n.charCodeAt(i) : n[i];
  }
}

function rangeAt(t: ItemNumbers, i: number): Range {
  return { start: { line: t.get(i), character: t.get(i + 1) }, end: { line: t.get(i + 2), character: t.get(i + 3) } };
}

/** Char codes made in runs: `String.fromCharCode(...list)` with a very long list would overflow the stack. */
const RUN = 8192;

function charCodes(values: readonly number[]): string {
  if (values.length <= RUN) return String.fromCharCode(...values);
  const runs: string[] = [];
  for (let i = 0; i < values.length; i += RUN) runs.push(String.fromCharCode(...values.slice(i, i + RUN)));
  // Joined, not added up: one flat string.
  return runs.join('');
}

/** An anchor of the page; also what `AnchorLookup` answers (it has the page's `uri`). At `at`: level + 1 (0: none), in comment, range. */
export class SummaryAnchor {
  constructor(readonly id: string, readonly kind: AnchorKind, readonly label: string, readonly numbers: ItemNumbers, readonly at: number) {}
  get uri(): string { return this.numbers.uri; }
  /** The level of the heading starting where the anchor does. */
  get level(): number | undefined { const l = this.numbers.get(this.at); return l === 0 ? undefined : l - 1; }
  get inComment(): boolean { return this.numbers.get(this.at + 1) === 1; }
  get range(): Range { return rangeAt(this.numbers, this.at + 2); }
}

const IN_COMMENT = 1;
const IMAGE = 2;
const FRAGMENT = 4;

/** A link of the page (bare URLs left out). At `at`: flags, range, path range, then the fragment's range if it has one. */
export class SummaryLink {
  constructor(readonly url: string, readonly path: string, readonly fragment: string | undefined, readonly numbers: ItemNumbers, readonly at: number) {}
  get inComment(): boolean { return (this.numbers.get(this.at) & IN_COMMENT) !== 0; }
  get image(): boolean { return (this.numbers.get(this.at) & IMAGE) !== 0; }
  get range(): Range { return rangeAt(this.numbers, this.at + 1); }
  get pathRange(): Range { return rangeAt(this.numbers, this.at + 5); }
  get fragmentRange(): Range | undefined { return this.numbers.get(this.at) & FRAGMENT ? rangeAt(this.numbers, this.at + 9) : undefined; }
}

/** A substitution use `{{key}}`. At `at`: its range, the key's range. */
export class SummarySub {
  constructor(readonly key: string, readonly numbers: ItemNumbers, readonly at: number) {}
  get range(): Range { return rangeAt(this.numbers, this.at); }
  get keyRange(): Range { return rangeAt(this.numbers, this.at + 4); }
}

/** A migration checklist item. At `at`: checked, range. */
export class SummaryItem {
  constructor(readonly path: string, readonly notes: readonly string[], readonly numbers: ItemNumbers, readonly at: number) {}
  get checked(): boolean { return this.numbers.get(this.at) === 1; }
  get range(): Range { return rangeAt(this.numbers, this.at + 1); }
}

/** Where an item is: offsets in the page (given the page's lines), or a range. */
export type Where = Span | Range;

function isSpan(w: Where): w is Span {
  return typeof w.start === 'number';
}

/** Makes the items of one summary (or part): each item's numbers appended; `done()` once after the last one. */
export class ItemWriter {
  readonly numbers: ItemNumbers;
  private readonly out: number[] = [];

  /** `lines`: the page's, when items are placed by offsets. */
  constructor(uri: string, private readonly lines?: LineIndex) {
    this.numbers = new ItemNumbers(uri);
  }

  private offset(o: number): void {
    const L = this.lines!;
    const c = Math.max(0, Math.min(o, L.text.length));
    const line = L.lineAt(c);
    this.out.push(line, c - L.starts[line]);
  }

  private where(w: Where): void {
    if (isSpan(w)) {
      this.offset(w.start);
      this.offset(w.end);
    } else this.out.push(w.start.line, w.start.character, w.end.line, w.end.character);
  }

  anchor(id: string, kind: AnchorKind, label: string, level: number | undefined, inComment: boolean, range: Where): SummaryAnchor {
    const at = this.out.length;
    this.out.push(level === undefined ? 0 : level + 1, inComment ? 1 : 0);
    this.where(range);
    return new SummaryAnchor(id, kind, label, this.numbers, at);
  }

  link(url: string, path: string, fragment: string | undefined, inComment: boolean, image: boolean, range: Where, pathRange: Where, fragmentRange: Where | undefined): SummaryLink {
    const at = this.out.length;
    this.out.push((inComment ? IN_COMMENT : 0) | (image ? IMAGE : 0) | (fragmentRange ? FRAGMENT : 0));
    this.where(range);
    this.where(pathRange);
    if (fragmentRange) this.where(fragmentRange);
    return new SummaryLink(url, path, fragment, this.numbers, at);
  }

  sub(key: string, range: Where, keyRange: Where): SummarySub {
    const at = this.out.length;
    this.where(range);
    this.where(keyRange);
    return new SummarySub(key, this.numbers, at);
  }

  item(checked: boolean, path: string, notes: readonly string[], range: Where): SummaryItem {
    const at = this.out.length;
    this.out.push(checked ? 1 : 0);
    this.where(range);
    return new SummaryItem(path, notes, this.numbers, at);
  }

  done(): void {
    const out = this.out;
    let small = true;
    for (let i = 0; i < out.length && small; i++) small = out[i] >= 0 && out[i] <= 0xffff;
    this.numbers.n = small ? charCodes(out) : new Int32Array(out);
  }
}
