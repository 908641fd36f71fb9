import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatText, migrationReport, summaryLine } from '../../../server/src/features/migration/report';
import type { MigrationItemsResult } from '../../../server/src/protocol';

const R = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const RESULT: MigrationItemsResult = {
  open: 2, total: 3,
  pages: [
    { uri: 'file:///w/z.md', open: 1, total: 1, anchors: [], items: [{ line: 4, range: R, path: 'p.md', notes: '', checked: false }] },
    { uri: 'file:///w/a.md', open: 1, total: 2, anchors: [], items: [{ line: 0, range: R, path: 'x.md', notes: 'n', checked: false }, { line: 2, range: R, path: 'y.md', notes: '', checked: true }] },
    { uri: 'file:///w/done.md', open: 0, total: 1, anchors: [], items: [{ line: 9, range: R, path: 'd.md', notes: '', checked: true }] },
  ],
};

test('report: items per page sorted by displayed path, 1-based lines; text lists open items and the summary', () => {
  const rep = migrationReport(RESULT, (u) => u.slice(10));
  assert.deepEqual(rep.summary, { open: 2, total: 4, pages: 2 });
  assert.equal(summaryLine(rep), '2 of 4 items open in 2 pages');
  assert.deepEqual(rep.items.map((i) => `${i.page}:${i.line} ${i.checked}`), ['a.md:1 false', 'a.md:3 true', 'done.md:10 true', 'z.md:5 false']);
  assert.equal(formatText(rep), 'a.md (1 of 2 open)\n  a.md:1 x.md — n\nz.md (1 of 1 open)\n  z.md:5 p.md\n2 of 4 items open in 2 pages\n');
});
