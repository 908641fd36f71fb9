// features/preview/context.ts on an in-memory docset: which snippets the preview gets (what docs-builder renders).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handlePreviewContext } from '../../../server/src/features/preview/requests';
import { snippetKey } from '../../../server/src/features/preview/context';
import { service, uri } from '../../helpers';

test('snippets: found, nested ones followed from their own folder, and null for what docs-builder does not render', async () => {
  const { ls } = service({
    'docs/docset.yml': 'subs:\n  a: "A"\n',
    'docs/_snippets/one.md': 'One.\n\n:::{include} two.md\n:::\n',
    'docs/_snippets/two.md': 'Two.\n\n:::{include} one.md\n:::\n',
    'docs/plain.md': 'Not a snippet.\n',
    'outside/_snippets/x.md': 'Outside.\n',
  });
  const page = uri('docs/page.md');
  const res = await handlePreviewContext(ls, { uri: page, includes: ['_snippets/one.md', 'plain.md', '../outside/_snippets/x.md', '_snippets/none.md'] });
  const text = (from: string, path: string) => res.snippets[snippetKey(from, path)]?.text;
  assert.equal(text(page, '_snippets/one.md'), 'One.\n\n:::{include} two.md\n:::\n');
  assert.equal(text(uri('docs/_snippets/one.md'), 'two.md'), 'Two.\n\n:::{include} one.md\n:::\n');
  assert.equal(text(uri('docs/_snippets/two.md'), 'one.md'), null, 'a loop is not followed');
  assert.equal(text(page, 'plain.md'), null, 'not in _snippets');
  assert.equal(text(page, '../outside/_snippets/x.md'), null, 'outside the docset');
  assert.equal(text(page, '_snippets/none.md'), null, 'missing');
  assert.deepEqual(res.subs.find(([k]) => k === 'a'), ['a', 'A']);
});
