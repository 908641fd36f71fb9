// The strings of the page model are cut from the page text, and V8 makes a substring of 13 characters or more a
// view of its parent: the string keeps the whole text alive. A version parsed from the last one keeps the objects
// the edit did not touch, so every object made at some version kept that version's whole text alive: 57 old texts
// (3 MB) behind a 20 KB page after some typing, 17 (37 MB) behind the 1.1 MB page, and as much more garbage for
// every young-generation collection to copy (issue 16). What an edit read anew gets strings of its own once the
// next version keeps it (pageEdit.ts); what the first parse of a page makes keeps that one text.

/** Shorter substrings are copies already. */
const MIN_VIEW = 13;

/**
 * A flat copy of `s` that holds nothing of the string it came from. (`(' ' + s).slice(1)` does not do it: from 13
 * characters on, V8 makes a slice of a new, one-longer string, and keeps both.) Its two halves joined: V8 flattens
 * the join into one new string when it is first read, and the next minor GC drops the join's 32-byte cell. Measured
 * on an index build: as small as a JSON round trip, at the speed of the slice.
 */
export function copy(s: string): string {
  const half = s.length >> 1;
  const joined = s.slice(0, half) + s.slice(half);
  // Read once: flattened now, while `s` is still there to copy from.
  joined.charCodeAt(0);
  return joined;
}

/**
 * Gives each string of `o` (an object of the model or a list of them, and the objects and lists they hold, `depth`
 * levels down) its own copy. Numbers, typed arrays and short strings are left as they are.
 */
export function detachStrings(o: unknown, depth = 3): void {
  if (typeof o !== 'object' || o === null || ArrayBuffer.isView(o)) return;
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i++) {
      const v: unknown = o[i];
      if (typeof v === 'string') {
        if (v.length >= MIN_VIEW) o[i] = copy(v);
      } else if (depth > 0) detachStrings(v, depth - 1);
    }
    return;
  }
  const r = o as Record<string, unknown>;
  for (const k in r) {
    if (!Object.hasOwn(r, k)) continue;
    const v = r[k];
    if (typeof v === 'string') {
      if (v.length >= MIN_VIEW) r[k] = copy(v);
    } else if (depth > 0 && typeof v === 'object') detachStrings(v, depth - 1);
  }
}
