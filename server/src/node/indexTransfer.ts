// Page summaries packed for the trip from a worker thread: their strings in one array, every number (positions,
// counts, flags) in one Int32Array. Structured cloning the summary objects themselves costs the receiving
// thread about half of what scanning the pages did (hundreds of thousands of small objects, each read back
// property by property, and a heavier heap); unpacking builds the same objects directly. Unpacking what was
// packed deep-equals it, property order and undefined-valued properties included (test/index/transfer.test.ts).
import type { PageSummary, SummaryAnchor, SummaryItem, SummaryLink, SummarySub } from '../index/summary';
import { StringPool } from '../index/strings';
import type { Range } from '../types';

/** Summaries (or nulls: pages not summarized) packed together. */
export interface PackedSummaries {
  strings: string[];
  numbers: Int32Array;
}

class Writer {
  readonly strings: string[] = [];
  readonly numbers: number[] = [];

  range(r: Range): void {
    this.numbers.push(r.start.line, r.start.character, r.end.line, r.end.character);
  }

  /** An optional string: a flag, then the string when present. */
  optional(s: string | undefined): void {
    this.numbers.push(s === undefined ? 0 : 1);
    if (s !== undefined) this.strings.push(s);
  }
}

export function packSummaries(list: readonly (PageSummary | null | undefined)[]): PackedSummaries {
  const w = new Writer();
  w.numbers.push(list.length);
  for (const s of list) {
    w.numbers.push(s ? 1 : 0);
    if (s) pack(w, s);
  }
  return { strings: w.strings, numbers: Int32Array.from(w.numbers) };
}

function pack(w: Writer, s: PageSummary): void {
  const n = w.numbers;
  w.strings.push(s.uri);
  w.optional(s.title);
  n.push(s.size, s.anchors.length, s.links.length, s.subs.length, s.checklist.length, s.includes.length);
  for (const a of s.anchors) {
    w.strings.push(a.id, a.kind, a.label);
    n.push(a.level === undefined ? -1 : a.level, a.inComment ? 1 : 0);
    w.range(a.range);
  }
  for (const l of s.links) {
    w.strings.push(l.url, l.path);
    w.optional(l.fragment);
    n.push(l.inComment ? 1 : 0, l.image ? 1 : 0, l.fragmentRange ? 1 : 0);
    w.range(l.range);
    w.range(l.pathRange);
    if (l.fragmentRange) w.range(l.fragmentRange);
  }
  for (const u of s.subs) {
    w.strings.push(u.key);
    w.range(u.range);
    w.range(u.keyRange);
  }
  for (const c of s.checklist) {
    w.strings.push(c.path, ...c.notes);
    n.push(c.checked ? 1 : 0, c.notes.length);
    w.range(c.range);
  }
  w.strings.push(...s.includes);
}

/**
 * Unpacks summaries. `shared` (one per index build) keeps one copy of each string: half the strings of real docs
 * repeat (a link's path is often its URL, the same targets, ids and labels come back on many pages).
 */
export function unpackSummaries(p: PackedSummaries, shared = new StringPool(false)): (PageSummary | undefined)[] {
  const r = new Reader(p, shared);
  const out: (PageSummary | undefined)[] = [];
  const count = r.num();
  for (let i = 0; i < count; i++) out.push(r.num() === 1 ? r.summary() : undefined);
  return out;
}

class Reader {
  private si = 0;
  private ni = 0;
  private readonly strings: string[];
  private readonly numbers: Int32Array;

  constructor(p: PackedSummaries, private readonly shared: StringPool) {
    this.strings = p.strings;
    this.numbers = p.numbers;
  }

  num(): number {
    return this.numbers[this.ni++];
  }

  str(): string {
    return this.shared.get(this.strings[this.si++]);
  }

  opt(): string | undefined {
    return this.num() === 1 ? this.str() : undefined;
  }

  range(): Range {
    const n = this.numbers;
    const i = this.ni;
    this.ni = i + 4;
    return { start: { line: n[i], character: n[i + 1] }, end: { line: n[i + 2], character: n[i + 3] } };
  }

  summary(): PageSummary {
    const uri = this.str();
    const title = this.opt();
    const size = this.num();
    const nAnchors = this.num();
    const nLinks = this.num();
    const nSubs = this.num();
    const nItems = this.num();
    const nIncludes = this.num();
    const anchors: SummaryAnchor[] = [];
    for (let i = 0; i < nAnchors; i++) {
      const id = this.str();
      const kind = this.str() as SummaryAnchor['kind'];
      const label = this.str();
      const level = this.num();
      const inComment = this.num() === 1;
      anchors.push({ id, kind, label, level: level === -1 ? undefined : level, range: this.range(), inComment });
    }
    const links: SummaryLink[] = [];
    for (let i = 0; i < nLinks; i++) {
      const url = this.str();
      const path = this.str();
      const fragment = this.opt();
      const inComment = this.num() === 1;
      const image = this.num() === 1;
      const hasFragmentRange = this.num() === 1;
      const range = this.range();
      const pathRange = this.range();
      links.push({ url, path, fragment, range, pathRange, fragmentRange: hasFragmentRange ? this.range() : undefined, inComment, image });
    }
    const subs: SummarySub[] = [];
    for (let i = 0; i < nSubs; i++) {
      const key = this.str();
      const range = this.range();
      subs.push({ key, range, keyRange: this.range() });
    }
    const checklist: SummaryItem[] = [];
    for (let i = 0; i < nItems; i++) {
      const path = this.str();
      const checked = this.num() === 1;
      const notes: string[] = [];
      for (let k = this.num(); k > 0; k--) notes.push(this.str());
      checklist.push({ checked, path, notes, range: this.range() });
    }
    const includes: string[] = [];
    for (let i = 0; i < nIncludes; i++) includes.push(this.str());
    return { uri, title, anchors, links, subs, checklist, includes, size };
  }
}
