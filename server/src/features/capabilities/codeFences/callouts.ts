// Code callouts as docs-builder's EnhancedCodeBlockParser finds them (CallOutParser.cs): classic markers, a line that
// ends in ` <n>` (every `<n>` on such a line counts), and "magic" trailing comments (` // text`, ` # text`) on lines
// without classic markers, shorter than 200 characters. None in fences of more than three backticks, with
// `callouts=false`, in tilde fences or in literal blocks (`{applies_to}`, `{contributors}`). The first line of a
// `console` block is its API call header, never a callout.
import { effectiveCodeLanguage } from '../../../data/codeLanguages';
import type { CodeBlock, Page } from '../../../model/types';
import { codeArgumentsParse } from './diagnostics';

export interface Callout {
  /** The number shown: `<n>` for a classic marker, the running count for a magic comment. */
  index: number;
  /** A magic `// text` / `# text` comment (docs-builder's `InlineCodeAnnotation`). */
  inline: boolean;
  /** Offsets of the marker (`<n>`) or of the comment, in the page. */
  start: number;
  end: number;
  text: string;
}

const CLASSIC = /^.+\S+.*?\s<\d+>$/i;
/** docs-builder's magic-comment pattern: the reference for `isMagicLine`, which reads a line the same in one pass. */
export const MAGIC = /^.+\S+.*?\s(?:\/\/|#)\s[^"/#]+$/i;
const INT32 = /^\s*[+-]?\d+\s*$/;

/**
 * A necessary condition for MAGIC, in one backward pass: the comment marker is the last `/` or `#` of the line
 * (what follows it has none, nor a `"`), and white space follows it. MAGIC itself backtracks over the whole line
 * (`.+\S+.*?`), so it runs only on the few lines that pass.
 */
export function mayBeMagic(text: string): boolean {
  return mayBeMagicAt(text, 0, text.length);
}

/** mayBeMagic of `text[start, end)`. */
function mayBeMagicAt(text: string, start: number, end: number): boolean {
  let k = end - 1;
  for (; k >= start; k--) {
    const c = text.charCodeAt(k);
    if (c === 34 || c === 35 || c === 47) break;
  }
  if (k < start || text.charCodeAt(k) === 34 || k + 1 >= end) return false;
  return /\s/.test(text[k + 1]);
}

/** What `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What `.` does not match. */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * `MAGIC.test(line)` without backtracking. The tail `[^"/#]+$` holds no `/` or `#`, so the comment marker ends at
 * the line's last `/` or `#` (j): `\s` after it, a tail of one or more characters without `"`, the marker (`#`,
 * or `//` ending at j), `\s` before it, and before that a prefix `.+\S+.*?`: two or more characters, none a line
 * terminator, one of those after the first not white space.
 */
export function isMagicLine(line: string): boolean {
  const n = line.length;
  let j = n - 1;
  for (; j >= 0; j--) {
    const c = line.charCodeAt(j);
    if (c === 47 || c === 35) break;
  }
  if (j < 0 || j + 2 >= n || !isSpace(line.charCodeAt(j + 1))) return false;
  for (let k = j + 2; k < n; k++) if (line.charCodeAt(k) === 34) return false;
  let markStart = j;
  if (line.charCodeAt(j) === 47) {
    if (j < 1 || line.charCodeAt(j - 1) !== 47) return false;
    markStart = j - 1;
  }
  const prefix = markStart - 1;
  if (prefix < 2 || !isSpace(line.charCodeAt(prefix))) return false;
  for (let k = 0; k < prefix; k++) if (isLineTerminator(line.charCodeAt(k))) return false;
  for (let k = 1; k < prefix; k++) if (!isSpace(line.charCodeAt(k))) return true;
  return false;
}

/** `callouts` from the block's arguments (`CodeBlockArguments`): true unless `callouts=false` parses. */
function calloutsEnabled(cb: CodeBlock): boolean {
  const args = cb.args;
  if (!codeArgumentsParse(args)) return true;
  for (const piece of args.split(',')) {
    const [key, value] = piece.split('=').map((s) => s.trim().toLowerCase());
    if (key === 'callouts' && value === 'false') return false;
  }
  return true;
}

/** Whether docs-builder looks for callouts in this block at all. */
export function hasCalloutParsing(cb: CodeBlock): boolean {
  if (cb.fenceChar !== '`' || cb.fenceLength > 3) return false;
  if (cb.directive === 'applies_to' || cb.directive === 'contributors') return false;
  return calloutsEnabled(cb);
}

/** The language docs-builder renders the block with (its console/terminal/painless rewrites applied). */
export function renderedLanguage(cb: CodeBlock): string {
  return effectiveCodeLanguage(cb.lang);
}

function parseInt32(s: string): number | undefined {
  if (!INT32.test(s)) return undefined;
  const n = Number(s.trim());
  return Number.isSafeInteger(n) && n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

/** `Trim(['<', '>'])`: both characters off both ends. */
function trimChevrons(s: string): string {
  return s.replace(/^[<>]+/, '').replace(/[<>]+$/, '');
}

/** The numbered markers of a classic line, and how many `<` it has (each one advances docs-builder's count). */
function classicOnLine(line: string, at: number): { callouts: Callout[]; opened: number } {
  const callouts: Callout[] = [];
  let opened = 0;
  for (let i = line.indexOf('<'); i >= 0; i = line.indexOf('<', i + 1)) {
    opened++;
    const close = line.indexOf('>', i);
    if (close < 0) continue;
    const n = parseInt32(trimChevrons(line.slice(i, close + 1)));
    if (n !== undefined) callouts.push({ index: n, inline: false, start: at + i, end: at + close + 1, text: line.slice(i, close + 1) });
  }
  return { callouts, opened };
}

function magicOnLine(line: string, at: number, count: number): Callout | undefined {
  const startIndex = Math.max(line.lastIndexOf(' // '), line.lastIndexOf(' # '));
  if (startIndex <= 0) return undefined;
  const text = line.slice(startIndex).trimStart().replace(/^\/+/, '').replace(/^#+/, '').trimStart();
  return { index: count + 1, inline: true, start: at + startIndex + 1, end: at + line.length, text };
}

/** The callouts of one code block, in source order (empty when docs-builder does not parse any). */
export function codeCallouts(page: Page, cb: CodeBlock): Callout[] {
  if (!hasCalloutParsing(cb) || cb.content.end <= cb.content.start) return [];
  const L = page.lines;
  const fenceIndent = cb.open.start - L.starts[L.lineAt(cb.open.start)];
  const out: Callout[] = [];
  let count = 0;
  const first = L.lineAt(cb.content.start);
  const last = L.lineAt(Math.max(cb.content.start, cb.content.end - 1));
  const src = page.text;
  for (let line = first; line <= last; line++) {
    if (line === first && cb.lang === 'console') continue;
    // Most code lines can hold neither kind: a classic one ends in `>`, a magic one passes mayBeMagic. Tell
    // from the page text, without cutting the line out.
    const ls = L.starts[line];
    const le = L.lineEnd(line);
    if (le === ls || (src.charCodeAt(le - 1) !== 62 && !mayBeMagicAt(src, ls, le))) continue;
    const raw = src.slice(ls, le);
    let strip = 0;
    while (strip < fenceIndent && raw[strip] === ' ') strip++;
    const text = raw.slice(strip);
    const at = L.starts[line] + strip;
    const classic = text.indexOf('<') > 0 && text.lastIndexOf('>') === text.length - 1 && CLASSIC.test(text) ? classicOnLine(text, at) : { callouts: [], opened: 0 };
    count += classic.opened;
    out.push(...classic.callouts);
    if (classic.callouts.length === 0 && text.length < 200 && isMagicLine(text)) {
      const magic = magicOnLine(text, at, count);
      if (magic) {
        count++;
        out.push(magic);
      }
    }
  }
  return out;
}

/** docs-builder's `UniqueCallOuts`: one per callout number. */
export function uniqueCallouts(callouts: readonly Callout[]): number {
  return new Set(callouts.map((c) => c.index)).size;
}
