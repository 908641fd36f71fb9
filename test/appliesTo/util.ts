// Helpers for the applies_to tests: spans found by text, and a TextLoc over a plain string.
import type { TextLoc } from '../../server/src/appliesTo/model';

/** The span of the `nth` (0-based) occurrence of `needle` in `text`. */
export function spanOf(text: string, needle: string, nth = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' #${nth} not found in ${JSON.stringify(text)}`);
  }
  return { start: at, end: at + needle.length };
}

/** A directly mapped location for `text` placed at `start`. */
export function loc(text: string, start = 0): TextLoc {
  return { text, start, end: start + text.length, direct: true };
}
