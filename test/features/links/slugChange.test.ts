import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import { doc, workspace } from './util';

test('a heading whose id changed: update the links that used the old id, or pin it with [old-id]', async () => {
  const ls = await workspace({
    'docs/a.md': '# A\n\n[x](target.md#install-the-client) [y](target.md#install-the-client) [z](target.md#other)\n',
    'docs/b.md': '# B\n\n[w](../docs/target.md#install-the-client)\n',
  });
  const text = '# T\n\n## Install the clients\n\n## Other\n';
  const d = doc('docs/target.md', text);
  const actions = await ls.codeActions(d, { start: { line: 2, character: 5 }, end: { line: 2, character: 5 } }, []);
  const shown = actions.map((a) => `${a.title} => ${Object.entries(a.edit?.changes ?? {}).flatMap(([u, l]) => l.map((e) => `${u.replace('file:///ws/docs/', '')} ${r(e.range)} ${e.newText}`)).sort().join(' ; ')}`);
  assert.deepEqual(shown, [
    "Update 3 links from '#install-the-client' to '#install-the-clients' => a.md 2:14-2:32 install-the-clients ; a.md 2:48-2:66 install-the-clients ; b.md 2:22-2:40 install-the-clients",
    'Keep the old id: end the heading with [install-the-client] (3 links) => target.md 2:22-2:22  [install-the-client]',
  ]);
  const none = await ls.codeActions(d, { start: { line: 4, character: 3 }, end: { line: 4, character: 3 } }, []);
  assert.deepEqual(none, []);
});
