import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, show } from './helpers';

test('table.cell-count: more cells than the header (on the extra cells), fewer (on the row)', async () => {
  const text = '# T\n\n| A | B |\n|---|---|\n| a | b | c | d |\n| x |\n| ok | ok |\n| e | f | g |\n';
  assert.deepEqual(show(await diagnostics(text), 'table.'), [
    'table.cell-count warning 4:10-4:15 This row has 4 cells but the header has 2: docs-builder widens the whole table to 4 columns, and the 2 extra columns get empty headers.',
    'table.cell-count warning 5:2-5:3 This row has 1 cell but the header has 2: docs-builder renders the missing cell empty.',
    'table.cell-count warning 7:10-7:11 This row has 3 cells but the header has 2: docs-builder widens the whole table to 3 columns, and the extra column gets an empty header.',
  ]);
});

test('table.cell-count: none for pipes in code, escaped pipes, links and substitutions, or a trailing empty cell', async () => {
  const text = '# T\n\n| A | B |\n|---|---|\n| `a|b` | c \\| d |\n| [x | y](https://e.co) | {{ech | lc}} |\n| empty | |\n';
  assert.deepEqual(show(await diagnostics(text), 'table.'), []);
});
