// Inline constructs docs-builder adds to CommonMark — `{{substitutions}}` (§1.3), `$$$anchors$$$` (§2.1),
// `{role}` prefixes (§5.4) — plus a fast scanner for code spans and links used where no CommonMark tree is
// built (comments, and the summary scanner for closed files).
import type { InlineAnchor, InlineContext, Link, Role, SubUse } from './types';
import { bareUrlEnd, forgetUrlScan, nextHttps } from './bareUrl';
import { slugify } from './slug';

export interface InlineSink {
  subs: SubUse[];
  anchors: InlineAnchor[];
  links: Link[];
  roles: Role[];
}

/**
 * The first stop character at or after `from` (or `end`), remembered: every later search from inside the
 * same stretch finds the same stop, so a line of a million `{{` or `$$$` openers is still read once.
 */
interface StopMemo {
  stops: number[];
  text: string;
  end: number;
  from: number;
  stop: number;
}
const SUB_STOP: StopMemo = { stops: [125, 10, 13, 9], text: '', end: -1, from: -1, stop: -1 };
const ANCHOR_STOP: StopMemo = { stops: [36, 10, 13], text: '', end: -1, from: -1, stop: -1 };

function nextStop(m: StopMemo, text: string, from: number, end: number): number {
  if (m.text === text && m.end === end && from >= m.from && from <= m.stop) return m.stop;
  let j = from;
  const [a, b, c, d = -1] = m.stops;
  while (j < end) {
    const x = text.charCodeAt(j);
    if (x === a || x === b || x === c || x === d) break;
    j++;
  }
  m.text = text;
  m.end = end;
  m.from = from;
  m.stop = j;
  return j;
}

/** `{{ key | m1 | m2 }}` at `i`: exactly two `{`, content up to the first CR/LF/TAB/`}`, exactly two `}`. */
export function matchSub(text: string, i: number, end: number, context: InlineContext): SubUse | undefined {
  if (text.charCodeAt(i) !== 123 || text.charCodeAt(i + 1) !== 123 || text.charCodeAt(i + 2) === 123) return undefined;
  if (i > 0 && text.charCodeAt(i - 1) === 123) return undefined;
  const j = nextStop(SUB_STOP, text, i + 2, end);
  if (j + 1 >= end + 1 || text.charCodeAt(j) !== 125 || text.charCodeAt(j + 1) !== 125 || text.charCodeAt(j + 2) === 125) return undefined;
  const inner = text.slice(i + 2, j);
  const parts: { s: string; start: number }[] = [];
  let p = 0;
  for (const piece of inner.split('|')) {
    const lead = piece.length - piece.trimStart().length;
    const s = piece.trim();
    if (s) parts.push({ s, start: i + 2 + p + lead });
    p += piece.length + 1;
  }
  if (parts.length === 0) return undefined;
  const k = parts[0];
  return {
    start: i, end: j + 2, key: k.s.toLowerCase(), rawKey: k.s, keySpan: { start: k.start, end: k.start + k.s.length },
    mutations: parts.slice(1).map((m) => ({ name: m.s, span: { start: m.start, end: m.start + m.s.length } })), context,
  };
}

/** `$$$name$$$` at `i`: three `$`, one or more non-`$` characters (one line), three `$`. */
export function matchAnchor(text: string, i: number, end: number, context: InlineContext): InlineAnchor | undefined {
  if (!text.startsWith('$$$', i)) return undefined;
  const j = nextStop(ANCHOR_STOP, text, i + 3, end);
  if (j === i + 3 || !text.startsWith('$$$', j) || j + 3 > end) return undefined;
  const name = text.slice(i + 3, j);
  // Alone on its line: only blanks back to the line start and on to the line end (stops at the first other).
  let ls = i - 1;
  while (ls >= 0 && (text.charCodeAt(ls) === 32 || text.charCodeAt(ls) === 9)) ls--;
  let le = j + 3;
  while (le < text.length && (text.charCodeAt(le) === 32 || text.charCodeAt(le) === 9)) le++;
  const standalone = (ls < 0 || text.charCodeAt(ls) === 10 || text.charCodeAt(ls) === 13) && (le >= text.length || text.charCodeAt(le) === 10 || text.charCodeAt(le) === 13);
  return { start: i, end: j + 3, name, id: slugify(name), nameSpan: { start: i + 3, end: j }, context, standalone };
}

/** Finds `{{…}}` and `$$$…$$$` in plain text (no code spans, no links): used on text node sources. */
export function scanTextRun(text: string, start: number, end: number, context: InlineContext, sink: Pick<InlineSink, 'subs' | 'anchors'>): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 123) {
      const u = matchSub(text, i, end, context);
      if (u) {
        sink.subs.push(u);
        i = u.end;
        continue;
      }
    } else if (c === 36) {
      const a = matchAnchor(text, i, end, context);
      if (a) {
        sink.anchors.push(a);
        i = a.end;
        continue;
      }
    } else if (c === 92) {
      i += 2;
      continue;
    }
    i++;
  }
}

/** The role name ending just before `i` (`{name}` immediately followed by the code span at `i`). */
export function roleBefore(text: string, i: number, floor: number): { name: string; start: number } | undefined {
  if (text.charCodeAt(i - 1) !== 125) return undefined;
  let j = i - 2;
  while (j >= floor) {
    const c = text.charCodeAt(j);
    if (c === 123) break;
    if (c === 125 || c === 32 || c === 9 || c === 10 || c === 13 || c === 96) return undefined;
    j--;
  }
  if (j < floor || j === i - 2) return undefined;
  return { name: text.slice(j + 1, i - 1), start: j };
}

/** End of the code span opened by the backtick run at `i`, or -1 (CommonMark: a closing run of equal length). */
const CODE_SPANS: { text: string; end: number; none: Map<number, number> | undefined } = { text: '', end: -1, none: undefined };

export function codeSpanEnd(text: string, i: number, end: number): { n: number; close: number } | undefined {
  let n = 0;
  while (text.charCodeAt(i + n) === 96) n++;
  // Remembered: no run of n backticks after position p (so none after any later position either).
  const memo = CODE_SPANS;
  if (memo.text !== text || memo.end !== end) {
    memo.text = text;
    memo.end = end;
    // Made when first needed: most stretches have no unclosed run (this runs for every unit and table row).
    memo.none = undefined;
  }
  const none = memo.none?.get(n);
  if (none !== undefined && i >= none) return { n, close: -1 };
  const found = findClosingRun(text, i, n, end);
  if (found < 0) (memo.none ??= new Map()).set(n, Math.min(none ?? i, i));
  return { n, close: found };
}

function findClosingRun(text: string, i: number, n: number, end: number): number {
  let j = i + n;
  while (j < end) {
    const k = indexIn(text, 96, j, end);
    if (k < 0) return -1;
    let m = 0;
    while (text.charCodeAt(k + m) === 96) m++;
    if (m === n) return k;
    j = k + m;
  }
  return -1;
}

export function addRole(text: string, role: { name: string; start: number }, codeStart: number, n: number, close: number, sink: InlineSink): void {
  const contentStart = codeStart + n;
  sink.roles.push({
    start: role.start, end: close + n, name: role.name, nameSpan: { start: role.start + 1, end: role.start + 1 + role.name.length },
    content: text.slice(contentStart, close), contentSpan: { start: contentStart, end: close },
  });
  if (role.name === 'subs') scanTextRun(text, contentStart, close, 'role', sink);
}

/** indexOf bounded to `[from, to)`: -1 when absent (never scans past `to`). */
export function indexIn(text: string, c: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
}

/** What a RegExp `\s` matches (ECMAScript WhiteSpace and LineTerminator: also what String.prototype.trim removes). */
export function isJsSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSchemeChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45;
}

/**
 * End (exclusive) of the autolink `<scheme:rest>` at `i`, or -1: what `/^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/`
 * matches on `text.slice(i, min(end, i + 2048))`, read in place (a `<` is common in prose and code: no slice each).
 * Neither run can backtrack: `:` is no scheme character, and `>` ends the `[^\s<>]` run.
 */
export function autolinkEnd(text: string, i: number, end: number): number {
  const limit = Math.min(end, i + 2048);
  let j = i + 1;
  if (j >= limit || !isAsciiLetter(text.charCodeAt(j))) return -1;
  j++;
  const schemeRest = j;
  while (j < limit && isSchemeChar(text.charCodeAt(j))) j++;
  if (j - schemeRest < 1 || j - schemeRest > 31 || j >= limit || text.charCodeAt(j) !== 58) return -1;
  j++;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (c === 60 || c === 62 || isJsSpace(c)) break;
    j++;
  }
  return j < limit && text.charCodeAt(j) === 62 ? j + 1 : -1;
}

/** Splits a link destination (`url "title"`) starting at `i`, ending before the `)` at `close`. */
export function linkParts(text: string, open: number, textStart: number, textEnd: number, i: number, close: number, image: boolean, context: Link['context']): Link {
  let s = i;
  while (s < close && isSpace(text.charCodeAt(s))) s++;
  let urlStart = s;
  let urlEnd: number;
  if (text.charCodeAt(s) === 60) {
    urlStart = s + 1;
    urlEnd = indexIn(text, 62, urlStart, close);
    if (urlEnd < 0) urlEnd = close;
  } else {
    urlEnd = s;
    while (urlEnd < close && !isSpace(text.charCodeAt(urlEnd))) {
      // `{{ key | M.M }}` in a URL is substituted before parsing (docs-builder): its spaces do not end the URL.
      if (text.charCodeAt(urlEnd) === 123 && text.charCodeAt(urlEnd + 1) === 123) {
        const e = nextStop(SUB_STOP, text, urlEnd + 2, close);
        if (text.charCodeAt(e) === 125 && text.charCodeAt(e + 1) === 125) {
          urlEnd = e + 2;
          continue;
        }
      }
      urlEnd++;
    }
  }
  // The title: what follows the URL, trimmed, without its delimiters (bounds found in place; mostly nothing).
  let restStart = urlEnd + (text.charCodeAt(urlEnd) === 62 ? 1 : 0);
  let restEnd = close;
  while (restStart < restEnd && isJsSpace(text.charCodeAt(restStart))) restStart++;
  while (restEnd > restStart && isJsSpace(text.charCodeAt(restEnd - 1))) restEnd--;
  const title = restEnd - restStart >= 2 ? text.slice(restStart + 1, restEnd - 1) : undefined;
  const rawUrl = text.slice(urlStart, urlEnd);
  const url = rawUrl.includes('\\') ? rawUrl.replace(/\\([!-/:-@[-`{-~])/g, '$1') : rawUrl;
  const hash = indexIn(text, 35, urlStart, urlEnd);
  const hasHash = hash >= 0;
  const link: Link = {
    start: open, end: close + 1, image, text: text.slice(textStart, textEnd), textSpan: { start: textStart, end: textEnd },
    url, urlSpan: { start: urlStart, end: urlEnd }, path: hasHash ? text.slice(urlStart, hash) : text.slice(urlStart, urlEnd),
    pathSpan: { start: urlStart, end: hasHash ? hash : urlEnd }, context, autolink: false, title,
  };
  if (hasHash) {
    link.fragment = text.slice(hash + 1, urlEnd);
    link.fragmentSpan = { start: hash + 1, end: urlEnd };
  }
  return link;
}

/**
 * Matching `]` of each `[` from where it was first asked, in one pass (nested brackets balanced, code spans and
 * escapes skipped). A few ranges are remembered at once: link text is scanned as a range of its own inside its
 * paragraph, and must not make the paragraph's brackets be matched again.
 */
interface BracketMemo {
  text: string;
  start: number;
  end: number;
  /**
   * Each `[` the pass met, in order, then its `]` (-1: none): `[open0, close0, open1, close1, …]`, searched by
   * halving. Only the first `count` entries are this pass's: the array is kept for the next pass that reuses the
   * memo (a pass per paragraph with a `[`: no new array, no growing one, each time).
   */
  pairs: number[];
  count: number;
}
const BRACKETS: BracketMemo[] = [];
const BRACKET_MEMOS = 4;
/** The pass's stack (indexes into `pairs` of the brackets not closed yet): its first `depth` entries, kept between passes. */
const BRACKET_STACK: number[] = [];

/** The characters the bracket pass stops at: `\\`, a backtick, `[` and `]`. */
const BRACKET_STOPS = stopTable('\\`[]');

/** A lookup table of ASCII stop characters: in a hot loop one table test is cheaper than a chain of comparisons. */
function stopTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const ch of chars) t[ch.charCodeAt(0)] = 1;
  return t;
}

/**
 * Lets go of the text the scan memos were made for (they are kept between the units of one parse): a page text
 * held here after the parse outlives its version (detach.ts).
 */
export function forgetScannedText(): void {
  CODE_SPANS.text = '';
  CODE_SPANS.none = undefined;
  for (const m of BRACKETS) m.text = '';
  forgetUrlScan();
}

function bracketEnd(text: string, i: number, end: number): number {
  let m: BracketMemo | undefined;
  for (const x of BRACKETS) {
    if (x.text === text && x.end === end && i >= x.start) {
      m = x;
      break;
    }
  }
  if (!m) {
    // The oldest memo is reused for this pass (its arrays kept), once there are enough.
    m = BRACKETS.length >= BRACKET_MEMOS ? BRACKETS.shift()! : { text, start: i, end, pairs: [], count: 0 };
    const pairs = m.pairs;
    let count = 0;
    const stack = BRACKET_STACK;
    let depth = 0;
    for (let j = i; j < end; j++) {
      let c = text.charCodeAt(j);
      // Skip to the next stop character in a tight loop (most of a paragraph is none).
      while (c >= 128 || BRACKET_STOPS[c] === 0) {
        if (++j >= end) break;
        c = text.charCodeAt(j);
      }
      if (j >= end) break;
      if (c === 92) j++;
      else if (c === 96) {
        const cs = codeSpanEnd(text, j, end);
        if (cs && cs.close >= 0) j = cs.close + cs.n - 1;
        else if (cs) j += cs.n - 1;
      } else if (c === 91) {
        stack[depth++] = count;
        pairs[count++] = j;
        pairs[count++] = -1;
      } else if (c === 93 && depth > 0) pairs[stack[--depth] + 1] = j;
    }
    m.text = text;
    m.start = i;
    m.end = end;
    m.count = count;
    BRACKETS.push(m);
  }
  // The opens are in increasing order: find `i` by halving (a `[` the pass skipped, escaped or in code, is not there).
  const pairs = m.pairs;
  const count = m.count;
  let lo = 0;
  let hi = count >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pairs[2 * mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo < count && pairs[2 * lo] === i ? pairs[2 * lo + 1] : -1;
}

const QUOTE_STOP: StopMemo = { stops: [34, 10, 10], text: '', end: -1, from: -1, stop: -1 };
const APOS_STOP: StopMemo = { stops: [39, 10, 10], text: '', end: -1, from: -1, stop: -1 };

/** Skips spaces and tabs, and at most one line break (a link's parts may not cross a blank line). */
function skipBlank(text: string, j: number, end: number): number {
  let newline = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 9) j++;
    else if ((c === 10 || c === 13) && !newline) {
      newline = true;
      j += c === 13 && text.charCodeAt(j + 1) === 10 ? 2 : 1;
    } else break;
  }
  return j;
}

/**
 * The `)` closing a link destination that starts after the `(` at `i`, or -1 (CommonMark: a destination
 * without spaces — or `<…>` — with parentheses balanced up to 32 deep, an optional title, then `)`).
 * `{{…}}` inside the destination is one unit: docs-builder substitutes it before parsing.
 */
function parenEnd(text: string, i: number, end: number): number {
  let j = skipBlank(text, i + 1, end);
  if (text.charCodeAt(j) === 60) {
    j++;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 62) break;
      if (c === 10 || c === 13 || c === 60) return -1;
      j += c === 92 ? 2 : 1;
    }
    if (j >= end) return -1;
    j++;
  } else {
    let depth = 0;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (c === 92) j += 2;
      else if (c === 123 && text.charCodeAt(j + 1) === 123) {
        const stop = nextStop(SUB_STOP, text, j + 2, end);
        j = text.charCodeAt(stop) === 125 && text.charCodeAt(stop + 1) === 125 ? stop + 2 : j + 2;
      } else if (c === 40) {
        if (++depth > 32) return -1;
        j++;
      } else if (c === 41) {
        if (depth === 0) break;
        depth--;
        j++;
      } else if (c <= 32) break;
      else j++;
    }
    if (depth !== 0) return -1;
  }
  const beforeTitle = j;
  j = skipBlank(text, j, end);
  const q = text.charCodeAt(j);
  if (j > beforeTitle && (q === 34 || q === 39 || q === 40)) {
    let close: number;
    if (q === 40) close = indexIn(text, 41, j + 1, Math.min(end, j + 4096));
    else {
      close = j + 1;
      // The closing quote, skipping escaped ones; a title may span lines but not a blank line.
      for (;;) {
        close = nextStop(q === 34 ? QUOTE_STOP : APOS_STOP, text, close, end);
        if (close >= end) return -1;
        if (text.charCodeAt(close) === 10) {
          if (text.charCodeAt(skipBlank(text, close + 1, end)) === 10) return -1;
          close++;
          continue;
        }
        if (text.charCodeAt(close - 1) === 92) {
          close++;
          continue;
        }
        break;
      }
    }
    if (close < 0) return -1;
    j = skipBlank(text, close + 1, end);
  }
  return text.charCodeAt(j) === 41 ? j : -1;
}

/** The code spans of `text[start, end)` (one line): each span's bounds and its backtick run length. */
export function codeSpansIn(text: string, start: number, end: number): { start: number; end: number; n: number }[] {
  const out: { start: number; end: number; n: number }[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) {
      i++;
      continue;
    }
    if (c !== 96) continue;
    const cs = codeSpanEnd(text, i, end);
    if (!cs || cs.close < 0) break;
    out.push({ start: i, end: cs.close + cs.n, n: cs.n });
    i = cs.close + cs.n - 1;
  }
  return out;
}

/** End (exclusive) of an inline link or image whose `[` is at `i`, within one line, or -1. */
export function linkEndIn(text: string, i: number, end: number): number {
  const close = bracketEnd(text, i, end);
  if (close < 0 || text.charCodeAt(close + 1) !== 40) return -1;
  const pe = parenEnd(text, close + 1, end);
  return pe > 0 ? pe + 1 : -1;
}

/**
 * A top-level scan of part of a long unit (./unitWindow.ts): where it stopped, and each step that read past the end
 * of the line it started on (only a `[`: every other construct ends on its line) with how far it read. A line start
 * no such step reads across is a place where the scan can be started afresh and give the same results.
 */
export interface ScanRun {
  /** The top level stops at its first step starting at or after this offset. */
  limit: number;
  /** Where the top level stopped (its next step's start). */
  at: number;
  /** `[start, reach)` of each step that read past its line, flat (`[s0, r0, s1, r1, …]`), in order of start. */
  spans: number[];
  /**
   * Brackets matched by counting from each `[` on (what the unit-wide pass finds in a unit without `\` and backticks,
   * the only things it skips), reading no further than the match: a window must not read the whole rest of its unit.
   */
  local: boolean;
  /** What local matching may still read; past it the run is `aborted` (a window not worth it: read the unit whole). */
  budget: number;
  aborted: boolean;
  /** The first line break at or after the last step recorded (-1: none known). */
  nl: number;
}

export function scanRun(limit: number, local: boolean, budget: number): ScanRun {
  return { limit, at: -1, spans: [], local, budget, aborted: false, nl: -1 };
}

/** Records that the step at `i` read up to `reach` (exclusive), if that is past the end of its line. */
function readPast(run: ScanRun, text: string, i: number, reach: number): void {
  if (run.nl < i) {
    run.nl = text.indexOf('\n', i);
    if (run.nl < 0) run.nl = text.length;
  }
  if (reach <= run.nl + 1) return;
  run.spans.push(i, reach);
}

/** The `]` matching the `[` at `b` by counting (a unit without `\` and backticks), or -1; charged to the run's budget. */
function localBracketEnd(text: string, b: number, end: number, run: ScanRun): number {
  let depth = 0;
  let j = b + 1;
  for (; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 91) depth++;
    else if (c === 93) {
      if (depth === 0) break;
      depth--;
    }
  }
  run.budget -= j - b;
  if (run.budget < 0) run.aborted = true;
  return j < end ? j : -1;
}

const STARTS = stopTable('\\`{$![<');

/**
 * Scans Markdown inline content between `start` and `end` for code spans (skipped, roles recorded), links and
 * images, autolinks, substitutions and anchors. Link text is scanned too (it may hold subs and anchors).
 */
export function scanInline(text: string, start: number, end: number, context: InlineContext, sink: InlineSink, run?: ScanRun): void {
  const linkContext: Link['context'] = context === 'comment' ? 'comment' : 'text';
  let i = start;
  // The next `https://` (a bare URL docs-builder may autolink, ./bareUrl.ts), found again once passed.
  let url = nextHttps(text, start);
  // Where the top level stops: at `end`, or with a run at its limit (what is read past it is read all the same).
  const lim = run && run.limit < end ? run.limit : end;
  while (i < lim) {
    if (url >= 0 && url < i) url = nextHttps(text, i);
    if (i === url) {
      const e = bareUrlEnd(text, i, end);
      if (e > 0) {
        const span = { start: i, end: e };
        const href = text.slice(i, e);
        sink.links.push({ start: i, end: e, image: false, text: href, textSpan: span, url: href, urlSpan: span, path: href, pathSpan: span, context: linkContext, autolink: true, bare: true });
        i = e;
      } else i++;
      continue;
    }
    const stop = url >= 0 && url < lim ? url : lim;
    let c = text.charCodeAt(i);
    // Skip plain text in a tight loop: only `\`, backticks, `{`, `$`, `!`, `[` and `<` can start anything.
    while (c >= 128 || STARTS[c] === 0) {
      if (++i >= stop) break;
      c = text.charCodeAt(i);
    }
    if (i >= stop) {
      if (i >= lim) break;
      continue;
    }
    switch (c) {
      case 92: // backslash escape (of ASCII punctuation only: `\h` leaves the `h` to start a URL)
        i += isAsciiPunctuation(text.charCodeAt(i + 1)) ? 2 : 1;
        continue;
      case 96: {
        const cs = codeSpanEnd(text, i, end);
        if (cs && cs.close >= 0) {
          const role = roleBefore(text, i, start);
          if (role) addRole(text, role, i, cs.n, cs.close, sink);
          i = cs.close + cs.n;
        } else i += cs ? cs.n : 1;
        continue;
      }
      case 123: {
        const u = matchSub(text, i, end, context);
        if (u) {
          sink.subs.push(u);
          i = u.end;
          continue;
        }
        break;
      }
      case 36: {
        const a = matchAnchor(text, i, end, context);
        if (a) {
          sink.anchors.push(a);
          i = a.end;
          continue;
        }
        break;
      }
      case 33: // ![
      case 91: {
        const image = c === 33;
        const b = image ? i + 1 : i;
        if (text.charCodeAt(b) !== 91) break;
        const close = run?.local ? localBracketEnd(text, b, end, run) : bracketEnd(text, b, end);
        if (run?.aborted) return;
        if (close < 0) {
          // Unmatched: the whole rest of the unit was read to tell.
          if (run) readPast(run, text, i, end);
          break;
        }
        if (text.charCodeAt(close + 1) === 40) {
          const pe = parenEnd(text, close + 1, end);
          if (pe > 0) {
            const link = linkParts(text, i, b + 1, close, close + 2, pe, image, linkContext);
            scanInline(text, b + 1, close, context, sink);
            sink.links.push(link);
            if (link.url.includes('{{')) scanTextRun(text, link.urlSpan.start, link.urlSpan.end, context === 'comment' ? 'comment' : 'link-url', sink);
            if (run) readPast(run, text, i, pe + 1);
            i = pe + 1;
            continue;
          }
          // No destination: how far its search read is not kept (a title may run over many lines), so all of it.
          if (run) readPast(run, text, i, end);
        } else if (run) readPast(run, text, i, close + 2);
        // Not a link: scan the bracket text as ordinary inline content.
        i = b + 1;
        continue;
      }
      case 60: {
        const e = autolinkEnd(text, i, end);
        if (e > 0) {
          const url = text.slice(i + 1, e - 1);
          sink.links.push({
            start: i, end: e, image: false, text: url, textSpan: { start: i + 1, end: e - 1 }, url,
            urlSpan: { start: i + 1, end: e - 1 }, path: url, pathSpan: { start: i + 1, end: e - 1 },
            context: linkContext, autolink: true,
          });
          i = e;
          continue;
        }
        break;
      }
    }
    i++;
  }
  if (run) run.at = i;
}

