import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzyScore } from '../../../server/src/features/links/workspaceSymbols';
import { workspace } from './util';

test('fuzzyScore: characters in order, word starts and prefixes first', () => {
  assert.equal(fuzzyScore('xyz', 'install'), -1);
  assert.ok(fuzzyScore('inst', 'Install the client') > fuzzyScore('inst', 'Reinstalling'));
  assert.ok(fuzzyScore('itc', 'Install the client') > 0);
});

test('workspace symbols: page titles, headings and anchors across pages, fuzzy, best first', async () => {
  const ls = await workspace({
    'docs/a.md': '# Alpha page\n\n## Install the client\n\n$$$install-legacy$$$\n',
    'docs/b.md': '# Beta\n\n## Configure\n\n:::{note}\n:name: install-note\n:::\n',
  });
  const syms = await ls.workspaceSymbols('instcl');
  assert.deepEqual(syms.map((s) => `${s.name} | ${s.containerName} | ${s.location.uri.replace('file:///ws/docs/', '')}:${s.location.range.start.line}`), ['Install the client | Alpha page | a.md:2']);
  const all = await ls.workspaceSymbols('install');
  assert.deepEqual(all.map((s) => s.name), ['Install the client', '#install-legacy', '#install-note']);
  assert.ok((await ls.workspaceSymbols('')).some((s) => s.name === 'Beta'));
});
