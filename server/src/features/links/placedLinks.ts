// The diagnostics placed on each link of an open page at its last check, found again at the next: a link that is
// the same (URL, flags, spans; moved by the edit when after it) and got the same kept answer (linkMemo.ts: the same
// object) has the same diagnostics — before the edit the same ranges, on a line after it the same columns on lines
// moved by as many lines as the edit added (the rule of diagnostics/itemMemo.ts, for gathered links).
import { movedLines, unchangedTailFrom } from '../../diagnostics/itemMemo';
import { textChange } from '../../model/textChange';
import type { DocDiagnostic } from '../../types';
import type { GatheredLinks } from './gatheredLinks';

export interface Check {
  text: string;
  links: GatheredLinks;
  /** The kept answers it was placed from (linkMemo.ts's `seen`: while it is the same, an answer once kept stays). */
  answers: object;
  /** Per link: the kept answer it was placed from (undefined: none kept), and what was placed (undefined: nothing). */
  known: (DocDiagnostic[] | undefined)[];
  placed: (DocDiagnostic[] | undefined)[];
}

/** One check's placing: reads the last check, writes its own (checks of one page may overlap: each has its own). */
export class PlacedRun {
  private readonly next: Check;
  private change = { start: 0, delta: 0, lines: 0, tailFrom: Infinity };
  private j = 0;

  constructor(private readonly owner: { last: Check | undefined }, private readonly last: Check | undefined, text: string, links: GatheredLinks, answers: object) {
    this.next = { text, links, answers, known: new Array(links.urls.length), placed: new Array(links.urls.length) };
    if (!last) return;
    const c = textChange(last.text, text);
    const starts = links.starts;
    this.change = { start: c.start, delta: c.newEnd - c.oldEnd, lines: starts.length - last.links.starts.length, tailFrom: unchangedTailFrom(starts, c.newEnd) };
  }

  /** What the last check placed on link `k` (got the kept answer `known`), if it is the same link with the same answer. */
  find(k: number, known: DocDiagnostic[]): DocDiagnostic[] | undefined {
    const j = this.same(k);
    if (j < 0 || this.last!.known[j] !== known) return undefined;
    return this.placedAt(k, j);
  }

  /**
   * The kept answer and what was placed on link `k` by the last check, when it is the same link and that check
   * placed it from the same kept answers (then its answer is the one they hold for the link's URL: an answer once
   * kept is never replaced, only dropped with all the others): no lookup of the URL.
   */
  again(k: number): { known: DocDiagnostic[]; placed: DocDiagnostic[] } | undefined {
    if (this.last?.answers !== this.next.answers) return undefined;
    const j = this.same(k);
    const known = j < 0 ? undefined : this.last.known[j];
    return known && { known, placed: this.placedAt(k, j) };
  }

  /** Index of link `k` in the last check when it is the same link there (before the edit, or moved after it), else -1. */
  private same(k: number): number {
    const last = this.last;
    if (!last) return -1;
    const g = this.next.links;
    const start = g.spans[6 * k];
    const c = this.change;
    // Before the change (same offsets and lines), or on a line after it (moved by `delta`, `lines` lines down).
    const before = g.spans[6 * k + 1] < c.start;
    if (!before && start < c.tailFrom) return -1;
    const d = before ? 0 : c.delta;
    const o = last.links;
    const at = start - d;
    let j = this.j;
    while (j < o.urls.length && o.spans[6 * j] < at) j++;
    this.j = j;
    if (j >= o.urls.length || o.spans[6 * j] !== at || o.urls[j] !== g.urls[k] || o.flags[j] !== g.flags[k]) return -1;
    for (let i = 1; i < 6; i++) {
      const a = o.spans[6 * j + i];
      if ((a < 0 ? a : a + d) !== g.spans[6 * k + i]) return -1;
    }
    return j;
  }

  /** What the last check placed on its link `j` (this one's `k`), moved down by the lines the edit added when after it. */
  private placedAt(k: number, j: number): DocDiagnostic[] {
    // Set with its kept answer (the callers found one): never a hole.
    const placed = this.last!.placed[j]!;
    const before = this.next.links.spans[6 * k + 1] < this.change.start;
    return before || this.change.lines === 0 ? placed : placed.map((x) => movedLines(x, this.change.lines));
  }

  /** Records what was placed on link `k` from the kept answer `known` (undefined: not from a kept answer, or none). */
  set(k: number, known: DocDiagnostic[] | undefined, placed: DocDiagnostic[]): void {
    this.next.known[k] = known;
    this.next.placed[k] = placed;
  }

  /** Ends the check: it is the last one now. What was placed, link after link, in one list made at its size. */
  end(): DocDiagnostic[] {
    this.owner.last = this.next;
    let n = 0;
    for (const list of this.next.placed) if (list) n += list.length;
    const out = new Array<DocDiagnostic>(n);
    let k = 0;
    for (const list of this.next.placed) if (list) for (const x of list) out[k++] = x;
    return out;
  }
}

/**
 * The last check of one open page. Checks may overlap and end in any order, and the answers may be dropped
 * meanwhile: what a check placed is found again only from the same answer object, which dropped answers never are.
 */
export class PlacedLinks {
  last: Check | undefined;

  /** Starts a check of `links` in `text`, placed from the kept answers `answers`. */
  begin(text: string, links: GatheredLinks, answers: object): PlacedRun {
    return new PlacedRun(this, this.last, text, links, answers);
  }

  /** Forgets the last check. */
  forget(): void {
    this.last = undefined;
  }
}
