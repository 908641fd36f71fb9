// Where the page holds a character docs-builder's SpaceNormalizer treats as irregular white space (the names and
// what `docs-builder format` does with each are in features/text/irregularSpace.ts). Found once per parse, and
// after an edit only in the stretch read again, so the whitespace check does not scan a large page per keystroke.

/** The characters: vertical tab, form feed, next line, Ogham space, Mongolian vowel separator, BOM, zero width,
 * line and paragraph separators, the en/em spaces but figure space (U+2007), hair space, ideographic space. */
export const IRREGULAR_CHARS = '\u000B\u000C\u0085\u1680\u180E\uFEFF\u200B\u2028\u2029\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200A\u3000';

import type { TextChange } from './textChange';

const IRREGULAR = new RegExp(`[${[...IRREGULAR_CHARS].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** Offsets of irregular characters in `text[from, to)`, appended to `out` in order. */
export function irregularOffsets(text: string, from = 0, to = text.length, out: number[] = []): number[] {
  // A stretch is searched as a slice of its own (no copy): the pattern run on the whole text from `from` would
  // look on to the next irregular character, maybe the end of a large page, after every edit.
  const s = from === 0 && to >= text.length ? text : text.slice(from, to);
  IRREGULAR.lastIndex = 0;
  for (let m = IRREGULAR.exec(s); m; m = IRREGULAR.exec(s)) out.push(from + m.index);
  IRREGULAR.lastIndex = 0;
  return out;
}

/**
 * The offsets after an edit: those before the change kept, the changed text searched, those after it moved. Only
 * the changed characters (not the whole stretch the edit made the parser read again: a long paragraph, maybe most
 * of a large page) are searched — a character is irregular or not whatever surrounds it.
 */
export function editedIrregular(old: readonly number[], text: string, change: TextChange): number[] {
  const d = change.newEnd - change.oldEnd;
  const out: number[] = [];
  let i = 0;
  for (; i < old.length && old[i] < change.start; i++) out.push(old[i]);
  irregularOffsets(text, change.start, change.newEnd, out);
  for (; i < old.length && old[i] < change.oldEnd; i++);
  for (; i < old.length; i++) out.push(old[i] + d);
  return out;
}
