import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import { diagnose } from './util';

test('anchor.duplicate: an included snippet defining an id the page (or an earlier snippet) already has', async () => {
  const ds = await diagnose({
    'docs/page.md': '# P\n\n## Examples\n\n:::{include} _snippets/a.md\n:::\n\n:::{include} _snippets/b.md\n:::\n',
    'docs/_snippets/a.md': 'Text\n\n### Examples\n\n$$$shared$$$\n',
    'docs/_snippets/b.md': '$$$SHARED$$$\n\n## Only in B\n',
  }, 'docs/page.md', ['anchor.']);
  assert.deepEqual(ds.map((d) => `${d.code} ${r(d.range)} ${d.message}`), [
    "anchor.duplicate 4:13-4:27 Duplicate anchor 'examples': the included snippet `_snippets/a.md` defines it (line 3), and so does the heading on line 3 of this page: the page renders the id twice and links to '#examples' reach only the first.",
    "anchor.duplicate 7:13-7:27 Duplicate anchor 'shared': the included snippet `_snippets/b.md` defines it (line 1), and so does the snippet `_snippets/a.md` included on line 5: the page renders the id twice and links to '#shared' reach only the first.",
  ]);
});

test('anchor.duplicate: distinct snippet anchors, literal includes and missing snippets give nothing', async () => {
  const ds = await diagnose({
    'docs/page.md': '# P\n\n## One\n\n:::{include} _snippets/a.md\n:::\n\n:::{include} _snippets/a.md\n:literal:\n:::\n\n:::{include} _snippets/missing.md\n:::\n',
    'docs/_snippets/a.md': '## Two\n',
  }, 'docs/page.md', ['anchor.']);
  assert.deepEqual(ds, []);
});

test('anchor.duplicate: the same snippet included twice is one warning for all of its anchors', async () => {
  const ds = await diagnose({
    'docs/page.md': '# P\n\n:::{include} _snippets/a.md\n:::\n\n:::{include} _snippets/a.md\n:::\n\n:::{include} _snippets/plain.md\n:::\n\n:::{include} _snippets/plain.md\n:::\n',
    'docs/_snippets/a.md': '## One\n\n## Two\n\n$$$three$$$\n\n$$$four$$$\n',
    'docs/_snippets/plain.md': 'No anchors.\n',
  }, 'docs/page.md', ['anchor.']);
  assert.deepEqual(ds.map((d) => `${r(d.range)} ${d.message}`), [
    "5:13-5:27 Duplicate anchors: `_snippets/a.md` is already included on line 3, so its anchors ('one', 'two', 'three', … (4 in all)) are rendered twice and links reach only the first copy.",
  ]);
});
