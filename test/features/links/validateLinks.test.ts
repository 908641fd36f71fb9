import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateLinks } from '../../../server/src/features/links/index';
import { r } from '../../helpers';
import { workspace } from './util';

test('validateLinks (the benchmark entry): every indexed page from its summary, same rules as the page diagnostics', async () => {
  const ls = await workspace({
    'docs/a.md': '# A\n\n## Here\n\n[1](#here) [2](#gone) [3](b.md#x) [4](nope.md) [5](b)\n% [6](nope.md)\n',
    'docs/b.md': '# B\n\n$$$x$$$ [7](a.md#HERE) [8](elasticsearch://x.md)\n',
  });
  const all = await validateLinks(ls);
  const flat = [...all].flatMap(([u, ds]) => ds.map((d) => `${u.replace('file:///ws/docs/', '')} ${d.code} ${r(d.range)}`));
  assert.deepEqual(flat, ['a.md link.no-such-anchor 4:16-4:20', 'a.md link.no-such-file 4:38-4:45', 'a.md link.missing-extension 4:51-4:52', 'b.md link.cross-link-undeclared 2:27-2:40']);
  const some = await validateLinks(ls, ['file:///ws/docs/b.md']);
  assert.deepEqual([...some.keys()], ['file:///ws/docs/b.md']);
});
