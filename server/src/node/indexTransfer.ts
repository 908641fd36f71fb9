// Page summaries packed for the trip from a worker thread: their strings in one array, every number (positions,
// counts, flags) in one Int32Array. Structured cloning the summary objects themselves would cost the receiving
// thread about half of what scanning the pages did (many small objects, each read back property by property), and
// would not do at all (a structured clone drops the items' classes and getters); unpacking builds the same compact
// summaries directly. Unpacking what was packed deep-equals it, property order and undefined-valued properties
// included (test/index/transfer.test.ts).
import type { PageSummary, SummaryAnchor, SummaryItem, SummaryLink, SummarySub } from '../index/summary';
import { StringPool } from '../index/strings';
import { items, ItemWriter } from '../index/summaryItems';
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
 * Unpacks summaries. `strings` (one per index build) keeps one copy of each string: half the strings of real docs
 * repeat (a link's path is often its URL, the same targets, ids and labels come back on many pages).
 */
export function unpackSummaries(p: PackedSummaries, strings = new StringPool(false)): (PageSummary | undefined)[] {
  const r = new Reader(p, strings);
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
    // Lists made to size (no spare room kept for the index's lifetime), items in the summary's order.
    const anchors = new Array<SummaryAnchor>(this.num());
    const links = new Array<SummaryLink>(this.num());
    const subs = new Array<SummarySub>(this.num());
    const checklist = new Array<SummaryItem>(this.num());
    const includes = new Array<string>(this.num());
    const w = new ItemWriter(uri);
    for (let i = 0; i < anchors.length; i++) {
      const id = this.str();
      const kind = this.str() as SummaryAnchor['kind'];
      const label = this.str();
      const level = this.num();
      const inComment = this.num() === 1;
      anchors[i] = w.anchor(id, kind, label, level === -1 ? undefined : level, inComment, this.range());
    }
    for (let i = 0; i < links.length; i++) {
      const url = this.str();
      const path = this.str();
      const fragment = this.opt();
      const inComment = this.num() === 1;
      const image = this.num() === 1;
      const hasFragmentRange = this.num() === 1;
      const range = this.range();
      const pathRange = this.range();
      links[i] = w.link(url, path, fragment, inComment, image, range, pathRange, hasFragmentRange ? this.range() : undefined);
    }
    for (let i = 0; i < subs.length; i++) {
      const key = this.str();
      const range = this.range();
      subs[i] = w.sub(key, range, this.range());
    }
    for (let i = 0; i < checklist.length; i++) {
      const path = this.str();
      const checked = this.num() === 1;
      const notes = new Array<string>(this.num());
      for (let k = 0; k < notes.length; k++) notes[k] = this.str();
      checklist[i] = w.item(checked, path, items(notes), this.range());
    }
    for (let i = 0; i < includes.length; i++) includes[i] = this.str();
    w.done();
    return { uri, title, anchors: items(anchors), links: items(links), subs: items(subs), checklist: items(checklist), includes: items(includes), size };
  }
}
