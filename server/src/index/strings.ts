// Strings the index keeps for a long time: copied out of the page text (a slice would keep the whole text alive),
// and one copy of each (the same link targets, ids and labels come back on many pages; a link's path is often its URL).

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

/** One copy of each string given, for the summaries made together (one index build, one batch of pages). */
export class StringPool {
  private readonly kept = new Map<string, string>();

  /** `copies`: whether the strings given may be slices of a text to free (false: fresh strings, e.g. received from a thread). */
  constructor(private readonly copies = true) {}

  get(s: string): string {
    const k = this.kept.get(s);
    if (k !== undefined) return k;
    // Kept under the copy, not under `s`: the key must not hold the text either.
    const c = this.copies ? copy(s) : s;
    this.kept.set(c, c);
    return c;
  }
}
