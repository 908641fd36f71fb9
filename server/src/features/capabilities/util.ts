// Small helpers shared by the capabilities area's features: where the cursor sits on its line, ranges of tokens,
// the innermost directive around an offset, and the Markdown of a hover.
import type { Hover, Range } from 'vscode-languageserver-types';
import type { Directive, Page, Span } from '../../model/types';

/** The text of the cursor's line up to the cursor, and where that line starts. */
export function linePrefix(page: Page, offset: number): { prefix: string; lineStart: number } {
  const line = page.lines.lineAt(offset);
  const lineStart = page.lines.starts[line];
  return { prefix: page.text.slice(lineStart, offset), lineStart };
}

export function within(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The range `[start, end)` as an LSP range. */
export function rangeOf(page: Page, start: number, end: number): Range {
  return page.lines.range(start, end);
}

/** A Markdown hover over `[start, end)`. */
export function markdownHover(page: Page, value: string, span: Span): Hover {
  return { contents: { kind: 'markdown', value }, range: rangeOf(page, span.start, span.end) };
}

/** Start of the token that ends at `offset`: scans back over characters that are not in `stops`. */
export function tokenStart(text: string, offset: number, stops = ' \t,:{}[]`\n\r|+'): number {
  let i = offset;
  while (i > 0 && !stops.includes(text[i - 1])) i--;
  return i;
}

/**
 * The innermost directive whose body holds `offset` (after its opening line, before its closing fence).
 * `skipLineOf` leaves out a directive opened on that line (the one being typed).
 */
export function enclosingDirective(page: Page, offset: number, skipLineOf?: number): Directive | undefined {
  let best: Directive | undefined;
  for (const d of page.directives) {
    if (skipLineOf !== undefined && page.lines.lineAt(d.open.start) === page.lines.lineAt(skipLineOf)) continue;
    const end = d.close ? d.close.start : d.end;
    if (offset > d.open.end && offset <= end && (!best || d.open.start >= best.open.start)) best = d;
  }
  return best;
}

/** Text of a directive's body after its option lines (what docs-builder sees as its content). */
export function directiveContent(page: Page, d: Directive): Span {
  const last = d.options.length ? d.options[d.options.length - 1].end : d.body.start;
  return { start: Math.max(d.body.start, last), end: Math.max(d.body.end, last) };
}

/** Closest candidate by edit distance (case-insensitive), when it is close enough to be a likely typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(v, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(v.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
