// Irregular space characters in text, as docs-builder's SpaceNormalizer (Myst/Linters/SpaceNormalizer.cs) finds
// them: its inline parser sees them wherever Markdown inlines are parsed (paragraphs, headings, list items, table
// cells, `%` comments), not in code, front matter, HTML comments, link URLs or directive lines. docs-builder gives
// one Hint per file, at the first one; here each one gets the Hint (`whitespace.irregular`), so each can be fixed.
// The no-break, figure, narrow no-break and medium mathematical spaces are kept by docs-builder (they have a
// typographic purpose) and are not reported. `docs-builder format --write` removes the invisible ones and turns
// the others into a plain space; the quick fixes do the same (./codeActions.ts).
import { codeSpansIn } from '../../model/inline';
import type { Page, Span } from '../../model/types';
import type { DocDiagnostic } from '../../types';

/** Removed by `docs-builder format` (invisible). */
const REMOVE: Record<string, string> = {
  '\u000B': 'line tabulation', '\u000C': 'form feed', '\u0085': 'next line', '\u1680': 'Ogham space mark',
  '\u180E': 'Mongolian vowel separator', '\uFEFF': 'zero width no-break space', '\u200B': 'zero width space',
  '\u2028': 'line separator', '\u2029': 'paragraph separator',
};
/** Replaced with a plain space by `docs-builder format`. */
const REPLACE: Record<string, string> = {
  '\u2000': 'en quad', '\u2001': 'em quad', '\u2002': 'en space', '\u2003': 'em space', '\u2004': 'three-per-em space',
  '\u2005': 'four-per-em space', '\u2006': 'six-per-em space', '\u2008': 'punctuation space', '\u2009': 'thin space',
  '\u200A': 'hair space', '\u3000': 'ideographic space',
};

export const IRREGULAR_SPACE_MESSAGE = "Irregular space detected. Run 'docs-builder format --write' to automatically fix all instances.";

export interface IrregularSpace {
  offset: number;
  char: string;
  /** What `docs-builder format --write` puts in its place. */
  replacement: '' | ' ';
  /** `zero width space (U+200B)`. */
  name: string;
}

function describe(c: string): string {
  return `${REMOVE[c] ?? REPLACE[c]} (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`;
}

/**
 * Which of the page's irregular offsets lie in a span docs-builder's inline parser never sees (front matter, code
 * blocks, HTML comments, stray fences, directive lines, link URLs). Each span marks the offsets inside it, found by
 * halving in the sorted offsets: a page has few irregular characters and may have thousands of spans, and this
 * runs on every keystroke.
 */
function notInline(page: Page): Uint8Array {
  const offsets = page.irregular;
  const skipped = new Uint8Array(offsets.length);
  const mark = (s: Span) => {
    let lo = 0;
    let hi = offsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (offsets[mid] < s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < offsets.length && offsets[i] < s.end; i++) skipped[i] = 1;
  };
  if (page.frontMatter) mark(page.frontMatter);
  for (const s of page.codeBlocks) mark(s);
  for (const s of page.blockComments) mark(s);
  for (const s of page.strayFences) mark(s);
  for (const d of page.directives) {
    mark(d.open);
    for (const o of d.options) mark(o);
    if (d.close) mark(d.close);
  }
  for (const l of page.links) mark(l.urlSpan);
  return skipped;
}

export function irregularSpaces(page: Page): IrregularSpace[] {
  const text = page.text;
  if (page.irregular.length === 0) return [];
  const skipped = notInline(page);
  const out: IrregularSpace[] = [];
  const codeByLine = new Map<number, Span[]>();
  for (let k = 0; k < page.irregular.length; k++) {
    const o = page.irregular[k];
    if (skipped[k]) continue;
    const line = page.lines.lineAt(o);
    let code = codeByLine.get(line);
    if (!code) {
      code = codeSpansIn(text, page.lines.starts[line], page.lines.lineEnd(line));
      codeByLine.set(line, code);
    }
    if (code.some((s) => s.start <= o && o < s.end)) continue;
    const c = text[o];
    out.push({ offset: o, char: c, replacement: c in REMOVE ? '' : ' ', name: describe(c) });
  }
  return out;
}

export function irregularSpaceDiagnostics(page: Page): DocDiagnostic[] {
  return irregularSpaces(page).map((s) => ({
    code: 'whitespace.irregular',
    severity: 'hint',
    message: IRREGULAR_SPACE_MESSAGE,
    range: page.lines.range(s.offset, s.offset + 1),
    data: { name: s.name, replacement: s.replacement },
  }));
}
