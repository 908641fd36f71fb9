// Strings the index keeps for a long time: copied out of the page text (a slice would keep the whole text alive),
// and one copy of each (the same link targets, ids and labels come back on many pages; a link's path is often its URL).

import { copy } from '../model/detach';

export { copy };

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
