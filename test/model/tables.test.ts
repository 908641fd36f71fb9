// Table rows split as Markdig splits them; cells trimmed exactly as String.prototype.trim trims.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTrimmed, splitRow } from '../../server/src/model/tables';

test('isTrimmed is what String.prototype.trim removes, for every UTF-16 code unit', () => {
  const wrong: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (isTrimmed(c) !== (String.fromCharCode(c).trim() === '')) wrong.push(c);
  assert.deepEqual(wrong, []);
});

test('splitRow: outer pipes dropped, cells trimmed (also of no-break and ideographic spaces), code spans, subs and links kept whole', () => {
  const row = '| a |\u00a0b\u3000| `x|y` | {{v | M.M}} | [l|m](p.md) |   |';
  const cells = splitRow(row, 0, row.length);
  assert.deepEqual(cells.map((c) => c.text), ['a', 'b', '`x|y`', '{{v | M.M}}', '[l|m](p.md)', '']);
  for (const c of cells) assert.equal(row.slice(c.start, c.end), c.text);
  assert.deepEqual(splitRow('a | b', 0, 5).map((c) => c.text), ['a', 'b']);
});
