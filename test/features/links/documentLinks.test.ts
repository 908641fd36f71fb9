import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import { doc, workspace } from './util';

test('document links: pages (at the anchor line), images, same-page anchors, include/image paths, links in comments', async () => {
  const text = [
    '# P', '',
    '## Here', '',
    '[a](other.md#deep) [b](other.md) [c](#here) [d](missing.md) [e](https://example.com) ![i](img/x.png)', '',
    ':::{include} _snippets/s.md', ':::', '',
    ':::{image} img/x.png', ':::', '',
    '% - [ ] [old](raw-migrated-files/old/page.md)', '% [gone](not/there.md)', '',
  ].join('\n');
  const ls = await workspace({
    'docs/other.md': '# O\n\n## Deep\n', 'docs/img/x.png': 'PNG', 'docs/_snippets/s.md': 'x\n', 'docs/raw-migrated-files/old/page.md': '# Old\n',
  });
  const links = await ls.documentLinks(doc('docs/sub/../page.md'.replace('sub/../', ''), text));
  assert.deepEqual(links.map((l) => `${r(l.range)} ${l.target?.replace('file:///ws/docs/', '')}`), [
    '4:4-4:17 other.md#L3',
    '4:23-4:31 other.md',
    '4:37-4:42 page.md#L3',
    '4:90-4:99 img/x.png',
    '6:13-6:27 _snippets/s.md',
    '9:11-9:20 img/x.png',
    '12:14-12:44 raw-migrated-files/old/page.md',
  ]);
});
