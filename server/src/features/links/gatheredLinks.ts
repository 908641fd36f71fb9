// The links of a page as the link check takes them: gathered into typed arrays (a batch run holds every page's
// links until the index is complete), and checked once per URL and flags, each result placed on every link with
// that URL (checkLinks). The checks themselves are validate.ts's LinkChecker.
import type { Position, Range } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import { copy } from '../../index/strings';
import { lineIn } from '../../model/lines';
import type { Page } from '../../model/types';
import type { DocDiagnostic } from '../../types';
import type { PlacedLinks } from './placedLinks';
import type { LinkChecker, LinkInput, LinkSource } from './validate';
import { neverReported } from './urls';

/**
 * The links a page's checks look at (not those in comments, not `<scheme:…>` autolinks), kept small: offsets and
 * the page's line starts, so a batch run can hold every page's links until the index is complete. Positions are
 * made only for the links a diagnostic is reported on.
 */
export interface GatheredLinks {
  starts: Uint32Array;
  urls: string[];
  paths: string[];
  /** Per link: bit 1 image, bit 2 empty link text. */
  flags: Uint8Array;
  /** Per link: start, end, path start, path end, fragment start, fragment end (-1 without a fragment). */
  spans: Int32Array;
}

/**
 * `copies`: the strings copied out of the page text (a batch run keeps them while the texts are long gone).
 * `silent`: also the links no check reports on (`neverReported`: most are `https:` links), which a batch run drops.
 */
export function gatherLinks(page: Page, copies = true, silent = true): GatheredLinks {
  const links = silent ? page.links : page.links.filter((l) => !neverReported(l.url));
  let n = 0;
  for (const l of links) if (l.context !== 'comment' && !l.autolink) n++;
  // Sized once (typed: a page of 50,000 links would grow plain arrays of 300,000 numbers step by step).
  const g: GatheredLinks = { starts: page.lines.starts, urls: new Array<string>(n), paths: new Array<string>(n), flags: new Uint8Array(n), spans: new Int32Array(6 * n) };
  let k = 0;
  for (const l of links) {
    if (l.context === 'comment' || l.autolink) continue;
    const url = copies ? copy(l.url) : l.url;
    g.urls[k] = url;
    g.paths[k] = l.path === l.url ? url : copies ? copy(l.path) : l.path;
    g.flags[k] = (l.image ? 1 : 0) | (l.text === '' ? 2 : 0);
    const s = 6 * k++;
    g.spans[s] = l.start;
    g.spans[s + 1] = l.end;
    g.spans[s + 2] = l.pathSpan.start;
    g.spans[s + 3] = l.pathSpan.end;
    g.spans[s + 4] = l.fragmentSpan ? l.fragmentSpan.start : -1;
    g.spans[s + 5] = l.fragmentSpan ? l.fragmentSpan.end : -1;
  }
  return g;
}

/** Positions in one page, asked in about increasing order (a link's, then the next link's): the last line is tried first. */
class Positions {
  private line = 0;

  constructor(private readonly starts: Uint32Array) {}

  at(offset: number): Position {
    const s = this.starts;
    let line = this.line;
    if (!(s[line] <= offset && (line + 1 >= s.length || offset < s[line + 1]))) line = this.line = lineIn(s, offset);
    return { line, character: offset - s[line] };
  }
}

/** One gathered link as checker input; its ranges are made when read. */
class GatheredLink implements LinkInput {
  readonly inComment = false;
  readonly autolink = false;

  constructor(private readonly g: GatheredLinks, private readonly k: number, private readonly positions: Positions) {}

  get url(): string { return this.g.urls[this.k]; }
  get path(): string { return this.g.paths[this.k]; }
  get image(): boolean { return (this.g.flags[this.k] & 1) !== 0; }
  get textEmpty(): boolean { return (this.g.flags[this.k] & 2) !== 0; }
  private at(i: number): Range { return { start: this.positions.at(this.g.spans[6 * this.k + i]), end: this.positions.at(this.g.spans[6 * this.k + i + 1]) }; }
  get range(): Range { return this.at(0); }
  get pathRange(): Range { return this.at(2); }
  get fragmentRange(): Range | undefined { return this.g.spans[6 * this.k + 4] < 0 ? undefined : this.at(4); }
}

/**
 * A link as the checker sees it for the results of one URL in one page: its ranges are markers (each
 * diagnostic's range is one of them), replaced by the ranges of each link with that URL.
 */
class ProbeLink implements LinkInput {
  readonly inComment = false;
  readonly autolink = false;
  readonly range: Range = PROBE_RANGES[0];
  readonly pathRange: Range = PROBE_RANGES[1];
  readonly fragmentRange: Range | undefined;

  constructor(readonly url: string, readonly path: string, readonly image: boolean, readonly textEmpty: boolean, fragment: boolean) {
    this.fragmentRange = fragment ? PROBE_RANGES[2] : undefined;
  }
}

/** The markers (told apart by identity; frozen: the checker only passes them on, or reads one to make a range of its own). */
const PROBE_RANGES: readonly Range[] = [-1, -2, -3].map((line) => Object.freeze({ start: Object.freeze({ line, character: 0 }), end: Object.freeze({ line, character: 0 }) }));

/** The diagnostics of one URL (with ProbeLink ranges), or null when one of them has a range of its own. */
function probed(diags: DocDiagnostic[]): DocDiagnostic[] | null {
  for (const x of diags) if (x.range !== PROBE_RANGES[0] && x.range !== PROBE_RANGES[1] && x.range !== PROBE_RANGES[2]) return null;
  return diags;
}

/** One probed diagnostic placed on a link. */
function placed(x: DocDiagnostic, link: GatheredLink): DocDiagnostic {
  const range = x.range === PROBE_RANGES[0] ? link.range : x.range === PROBE_RANGES[1] ? link.pathRange : link.fragmentRange!;
  return x.data ? { code: x.code, severity: x.severity, message: x.message, range, data: x.data } : { code: x.code, severity: x.severity, message: x.message, range };
}

/**
 * Answers kept from earlier checks (linkMemo.ts): `seen` is read and added to; an answer is added only when
 * `keep(path)` and nothing it was read from (`tainted`: a count that goes up when something that may not be kept
 * was read) says otherwise.
 */
export interface KeptAnswers {
  seen: Map<string, DocDiagnostic[] | null>[];
  keep(path: string): boolean;
  tainted(): number;
  /** What the last check placed on each link, and the page text: found again for the links that did not change. */
  placed: PlacedLinks;
  text: string;
}

/**
 * Checks gathered links of `uri` (its own anchors come from the index summary, which is the page's). Links with
 * the same URL and flags in one page have the same diagnostics, but for their ranges: each URL is checked once
 * (kept for this call only, unless `kept` holds them: the next check may see another index or other files).
 */
export async function checkLinks(checker: LinkChecker, env: { docsetOf(uri: string): Promise<Docset | undefined> }, uri: string, links: GatheredLinks, kept?: KeptAnswers): Promise<DocDiagnostic[]> {
  const from: LinkSource = { uri, docset: await env.docsetOf(uri) };
  const out: DocDiagnostic[] = [];
  const positions = new Positions(links.starts);
  // Per flags (image, empty text, a fragment): per URL, its diagnostics with probe ranges (null: not placeable);
  // `kept` holds the answers of earlier checks that still hold, `seen` this check's others.
  const seen: Map<string, DocDiagnostic[] | null>[] = [];
  const placing = kept?.placed.begin(kept.text, links, kept.seen);
  for (let k = 0; k < links.urls.length; k++) {
    // The same link as at the last check, from the same kept answers: what it placed (most links, when typing).
    const again = placing?.again(k);
    if (again) {
      placing!.set(k, again.known, again.placed);
      continue;
    }
    const url = links.urls[k];
    const flags = links.flags[k] | (links.spans[6 * k + 4] < 0 ? 0 : 4);
    const m = (seen[flags] ??= new Map());
    const keptHere = kept ? (kept.seen[flags] ??= new Map()) : undefined;
    const keptAnswer = keptHere?.get(url);
    let isKept = keptAnswer !== undefined;
    let known = isKept ? keptAnswer : m.get(url);
    if (known === undefined) {
      const before = kept?.tainted();
      const r = checker.check(new ProbeLink(url, links.paths[k], (flags & 1) !== 0, (flags & 2) !== 0, (flags & 4) !== 0), from);
      known = probed(r instanceof Promise ? await r : r);
      isKept = !!keptHere && kept!.tainted() === before && kept!.keep(links.paths[k]);
      if (isKept) keptHere!.set(url, known);
      else m.set(url, known);
    }
    if (known !== null && known.length === 0) {
      // Nothing to place; recorded all the same, so that the next check finds the link again without a lookup.
      if (isKept) placing?.set(k, known, known);
      continue;
    }
    if (known !== null && placing) {
      const found = isKept ? placing.find(k, known) : undefined;
      let list = found;
      if (!list) {
        const link = new GatheredLink(links, k, positions);
        list = known.map((x) => placed(x, link));
      }
      placing.set(k, isKept ? known : undefined, list);
      continue;
    }
    const link = new GatheredLink(links, k, positions);
    if (known !== null) {
      for (const x of known) out.push(placed(x, link));
      continue;
    }
    // Not placeable (a range made from the link's, as a cross-link scheme's): checked as itself.
    const r = checker.check(link, from);
    const list = r instanceof Promise ? await r : r;
    if (placing) placing.set(k, undefined, list);
    else for (const x of list) out.push(x);
  }
  // With a placing, what each link got is in it: joined once at the end (50,000 diagnostics pushed one by one are
  // copied into ever larger arrays, each fresh memory).
  return placing ? placing.end() : out;
}
