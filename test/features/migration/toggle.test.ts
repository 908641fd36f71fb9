import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from '../../../server/src/model/page';
import { migrationToggle, toggleEdits } from '../../../server/src/features/migration/toggle';
import type { Position, TextEdit } from '../../../server/src/types';
import { r } from '../../helpers';

const TEXT = '# T\n\n% - [ ] a.md\n%     Notes: first\n% * [X] b.md\nText\n% - [x] c.md\n';

function apply(text: string, edits: TextEdit[]): string {
  const page = parsePage(text);
  let out = text;
  for (const e of [...edits].sort((a, b) => page.lines.offsetAt(b.range.start) - page.lines.offsetAt(a.range.start))) {
    out = out.slice(0, page.lines.offsetAt(e.range.start)) + e.newText + out.slice(page.lines.offsetAt(e.range.end));
  }
  return out;
}

const pos = (line: number, character: number): Position => ({ line, character });

test('toggle: [ ] becomes [x] and [X] becomes [ ], only the box changes', () => {
  const page = parsePage(TEXT);
  const e1 = toggleEdits(page, [pos(2, 0)]);
  assert.deepEqual(e1.map((e) => `${r(e.range)} ${e.newText}`), ['2:4-2:7 [x]']);
  assert.equal(apply(TEXT, e1).split('\n')[2], '% - [x] a.md');
  assert.equal(apply(TEXT, toggleEdits(page, [pos(4, 12)])).split('\n')[4], '% * [ ] b.md');
});

test('toggle: the cursor on a notes line toggles its item; several positions toggle each item once; elsewhere nothing', () => {
  const page = parsePage(TEXT);
  assert.deepEqual(toggleEdits(page, [pos(3, 8)]).map((e) => r(e.range)), ['2:4-2:7']);
  const all = toggleEdits(page, [pos(6, 3), pos(2, 1), pos(3, 0), pos(4, 0)]);
  assert.deepEqual(all.map((e) => `${r(e.range)} ${e.newText}`), ['2:4-2:7 [x]', '4:4-4:7 [ ]', '6:4-6:7 [ ]']);
  assert.deepEqual(toggleEdits(page, [pos(0, 1), pos(5, 2)]), []);
});

test('migrationToggle answers the version the edits are for, or null', () => {
  const page = parsePage(TEXT, 'file:///ws/p.md', 7);
  assert.deepEqual(migrationToggle(page, [pos(2, 0)])?.version, 7);
  assert.equal(migrationToggle(page, [pos(5, 0)]), null);
});
