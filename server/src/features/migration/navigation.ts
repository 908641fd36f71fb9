// "Go to Next / Previous Unchecked Migration Item": within the page first, then on to the next (previous) page
// with open items in URI order, wrapping around the workspace. `findTarget` is the pure decision; the rest
// gathers the open items (the current page from its live model, the others from the index).
import type { Position } from '../../types';
import type { MigrationTargetParams, MigrationTargetResult } from '../../protocol';
import type { Page } from '../../model/types';
import type { WorkspaceIndex } from '../../index/workspaceIndex';
import { pageMigration } from './model';

export interface NavPage {
  uri: string;
  /** Positions of the open items (their boxes), in document order. */
  items: Position[];
}

export interface NavTarget {
  uri: string;
  position: Position;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The open item after (or before) `from` in the page `uri`, else the first (last) open item of the next (previous)
 * page in URI order, wrapping around. Without a position the search starts before the page's first item (next) or
 * after its last (previous). Undefined when no page has open items.
 */
export function findTarget(pages: NavPage[], uri: string | undefined, from: Position | undefined, direction: 'next' | 'previous'): NavTarget | undefined {
  const sorted = pages.filter((p) => p.items.length > 0).sort((a, b) => cmp(a.uri, b.uri));
  if (sorted.length === 0) return undefined;
  const next = direction === 'next';
  const here = uri === undefined ? undefined : sorted.find((p) => p.uri === uri);
  if (here) {
    const inPage = next
      ? here.items.find((p) => !from || before(from, p))
      : [...here.items].reverse().find((p) => !from || before(p, from));
    if (inPage) return { uri: here.uri, position: inPage };
  }
  let page: NavPage | undefined;
  if (uri !== undefined) page = next ? sorted.find((p) => cmp(p.uri, uri) > 0) : [...sorted].reverse().find((p) => cmp(p.uri, uri) < 0);
  page ??= next ? sorted[0] : sorted[sorted.length - 1];
  return { uri: page.uri, position: next ? page.items[0] : page.items[page.items.length - 1] };
}

/** The open items of a page model, at their boxes. */
export function openPositions(page: Page): Position[] {
  return pageMigration(page).items.filter((i) => !i.item.checked).map((i) => page.lines.positionAt(i.item.boxSpan.start));
}

export interface TargetHost {
  index: WorkspaceIndex;
  pageOf(uri: string): Promise<Page | undefined>;
}

/**
 * Answers `elasticDocs/migrationTarget`. `current` is the live model of the page the cursor is in (when it is an
 * open document). Other pages come from the index; the target page is read to land on its box exactly.
 */
export async function migrationTarget(host: TargetHost, params: MigrationTargetParams, current?: Page): Promise<MigrationTargetResult> {
  await host.index.whenReady();
  const pages: NavPage[] = [];
  for (const [uri, s] of host.index.pages) {
    if (current && uri === current.uri) continue;
    const open = s.checklist.filter((i) => !i.checked);
    // The index keeps the item's line; the box is found below when the page is chosen.
    if (open.length) pages.push({ uri, items: open.map((i) => ({ line: i.range.start.line, character: 0 })) });
  }
  if (current) pages.push({ uri: current.uri, items: openPositions(current) });
  const t = findTarget(pages, params.uri, params.position, params.direction);
  if (!t) return null;
  const page = current && t.uri === current.uri ? current : await host.pageOf(t.uri);
  if (page) {
    const item = pageMigration(page).items.find((i) => i.line === t.position.line && !i.item.checked);
    if (item) return { uri: t.uri, range: page.lines.range(item.item.boxSpan.start, item.item.boxSpan.end), path: item.item.path };
  }
  const summary = host.index.get(t.uri)?.checklist.find((i) => i.range.start.line === t.position.line);
  return { uri: t.uri, range: { start: t.position, end: t.position }, path: summary?.path ?? '' };
}
