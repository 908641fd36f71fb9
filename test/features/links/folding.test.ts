import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, workspace } from './util';

test('folding: front matter, sections, directives, code blocks, comment runs and block comments', async () => {
  const text = [
    '---', 'title: x', '---', '# T', '',
    '## A', '', ':::{note}', 'x', ':::', '',
    '```js', 'code', '```', '',
    '% one', '% two', '% three', '', '% alone', '',
    '<!--', 'hidden', '-->', '',
    '## B', 'last',
  ].join('\n');
  const ls = await workspace({});
  const ranges = await ls.foldingRanges(doc('docs/page.md', text));
  assert.deepEqual(ranges.map((f) => `${f.startLine}-${f.endLine}${f.kind ? ` ${f.kind}` : ''}`), [
    '0-2', '3-26 region', '5-23 region', '7-9 region', '11-13', '15-17 comment', '21-23 comment', '25-26 region',
  ]);
});
