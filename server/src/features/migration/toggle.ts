// Edits that check or uncheck migration items: `[ ]` ↔ `[x]` on the box only, nothing else of the line.
import type { Page } from '../../model/types';
import type { Position, TextEdit } from '../../types';
import type { MigrationToggleResult } from '../../protocol';
import { itemAt, pageMigration, type MigrationItem } from './model';

export function boxEdit(page: Page, item: MigrationItem, checked: boolean): TextEdit {
  const box = item.item.boxSpan;
  return { range: page.lines.range(box.start, box.end), newText: checked ? '[x]' : '[ ]' };
}

/** Flips every item under one of `positions` (each item once). */
export function toggleEdits(page: Page, positions: Position[]): TextEdit[] {
  const pm = pageMigration(page);
  const seen = new Set<MigrationItem>();
  for (const p of positions) {
    const item = itemAt(pm, page.lines.offsetAt(p));
    if (item) seen.add(item);
  }
  return [...seen].sort((a, b) => a.item.start - b.item.start).map((i) => boxEdit(page, i, !i.item.checked));
}

/** Answers `elasticDocs/migrationToggle`: null when no item is under the positions. */
export function migrationToggle(page: Page, positions: Position[]): MigrationToggleResult {
  const edits = toggleEdits(page, positions);
  return edits.length ? { version: page.version, edits } : null;
}
