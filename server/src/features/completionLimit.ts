// A completion list the editor can take in one go: when the features offer more than `max` items (page paths in
// a workspace of thousands of pages, the anchors of a 1 MB page), only those that match what is typed (the text
// from the item's edit range start to the cursor) are kept, the best matches first, at most `max`, and the list
// says it is incomplete so the editor asks again as the writer types. A list of `max` or fewer goes as it is.
// The match is at least as lenient as the editor's own filter (the typed characters in order, any case), so
// nothing the editor would have shown from the whole list is missing from the cut one.
import type { CompletionItem } from 'vscode-languageserver-types';

export const MAX_COMPLETION_ITEMS = 200;

export interface CompletionListResult {
  isIncomplete: boolean;
  items: CompletionItem[];
}

/** Where the item's edit starts on the cursor's line (undefined: no edit range, the word before the cursor). */
function editStart(item: CompletionItem, line: number): number | undefined {
  const e = item.textEdit;
  if (!e) return undefined;
  const range = 'range' in e ? e.range : e.insert;
  return range.start.line === line ? range.start.character : undefined;
}

/** 0 exact, 1 prefix, 2 at a word start, 3 inside, 4 the characters in order; undefined: no match. */
export function matchRank(typed: string, candidate: string): number | undefined {
  if (typed === '') return 0;
  const t = typed.toLowerCase();
  const c = candidate.toLowerCase();
  if (c === t) return 0;
  if (c.startsWith(t)) return 1;
  const at = c.indexOf(t);
  if (at > 0) return /[\s/._#-]/.test(c[at - 1]) ? 2 : 3;
  let i = 0;
  for (let j = 0; j < c.length && i < t.length; j++) if (c[j] === t[i]) i++;
  return i === t.length ? 4 : undefined;
}

/** An item's rank for what is typed: the better of its filterText's and its label's (9: neither matches). */
function rankOf(typed: string, filterText: string, label: string): number {
  return Math.min(matchRank(typed, filterText) ?? 9, matchRank(typed, label) ?? 9);
}

/**
 * For a feature with more than `max` candidates (the anchors of a 1 MB page), of which making every item would cost
 * more than the list is worth: the positions of the best `max + 1` as limitCompletions would rank their items, in
 * that order, given what is typed and `keys(i)`, candidate i's filterText and label (its sortText must order as
 * its position). The feature makes those items only and sets `cut` (CompletionContextInfo); the list then reads
 * as if it had offered them all. undefined when there are `max` or fewer: offer them all.
 */
export function bestCandidates(n: number, max: number, typed: string, keys: (i: number) => readonly [string, string]): number[] | undefined {
  if (n <= max) return undefined;
  const byRank: number[][] = [[], [], [], [], []];
  for (let i = 0; i < n; i++) {
    if (typed === '') {
      byRank[0].push(i);
      if (byRank[0].length > max) break;
      continue;
    }
    const rank = rankOf(typed, ...keys(i));
    if (rank < 9) byRank[rank].push(i);
  }
  return byRank.flat().slice(0, max + 1);
}

/**
 * `items` cut to `max` for a cursor at `character` of `line`, whose text up to the cursor is `lineText`.
 * The best matches of what is typed come first (then by sortText, then as the features gave them). `cut`: a
 * feature offered only its best (`bestCandidates`), so the list is cut and incomplete whatever its length.
 */
export function limitCompletions(items: CompletionItem[], lineText: string, line: number, character: number, max = MAX_COMPLETION_ITEMS, cut = false): CompletionListResult {
  if (items.length <= max && !cut) return { isIncomplete: false, items };
  const word = /[\w.-]*$/.exec(lineText.slice(0, character))![0];
  const ranked: { item: CompletionItem; rank: number; sort: string; i: number }[] = [];
  items.forEach((item, i) => {
    const start = editStart(item, line);
    const typed = start !== undefined && start <= character ? lineText.slice(start, character) : word;
    const rank = rankOf(typed, item.filterText ?? item.label, item.label);
    if (rank < 9) ranked.push({ item, rank, sort: item.sortText ?? item.label, i });
  });
  ranked.sort((a, b) => a.rank - b.rank || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0) || a.i - b.i);
  return { isIncomplete: true, items: ranked.slice(0, max).map((r) => r.item) };
}
