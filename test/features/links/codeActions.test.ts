import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-types';
import { editDistance, similarIds } from '../../../server/src/features/links/codeActions';
import { r } from '../../helpers';
import { doc, workspace } from './util';

const edits = (a: CodeAction) => Object.entries(a.edit?.changes ?? {}).flatMap(([u, list]) => list.map((x) => `${u.replace('file:///ws/docs/', '')} ${r(x.range)} ${JSON.stringify(x.newText)}`));

async function fixes(files: Record<string, string>, rel = 'docs/sub/page.md') {
  const ls = await workspace(files);
  const d = doc(rel, files[rel]);
  const diags = (await ls.diagnostics(d)).filter((x) => x.code.startsWith('link.'));
  const range = diags[0].range;
  return (await ls.codeActions(d, range, diags.map((x) => ({ code: x.code, range: x.range, data: x.data, message: x.message })))).map((a) => `${a.title} => ${edits(a).join(' ; ')}`);
}

test('editDistance and similarIds', () => {
  assert.equal(editDistance('install', 'instal'), 1);
  assert.ok(similarIds('install-the-client', 'install-the-clients'));
  assert.ok(similarIds('setup', 'setup-guide'));
  assert.ok(!similarIds('setup', 'teardown'));
});

test('quick fix: add the missing .md', async () => {
  assert.deepEqual(await fixes({ 'docs/sub/page.md': '# P\n\n[x](other)\n', 'docs/sub/other.md': '# O\n' }), ['Add the .md extension: other.md => sub/page.md 2:4-2:9 "other.md"']);
});

test('quick fix: replace a redirected path with its target, relative or /-rooted like the link', async () => {
  const files = { 'docs/redirects.yml': "redirects:\n  'old.md': 'guide/new.md'\n  '/sub/gone.md': 'x.md'\n", 'docs/guide/new.md': '# N\n' };
  assert.deepEqual(await fixes({ ...files, 'docs/sub/page.md': '# P\n\n[x](old.md)\n' }), ['Replace with the redirect target: ../guide/new.md => sub/page.md 2:4-2:10 "../guide/new.md"']);
  assert.deepEqual(await fixes({ ...files, 'docs/sub/page.md': '# P\n\n[x](/old.md)\n' }), ['Replace with the redirect target: /guide/new.md => sub/page.md 2:4-2:11 "/guide/new.md"']);
});

test('quick fix for a missing anchor: the closest anchors, or create it in the target page', async () => {
  const list = await fixes({ 'docs/sub/page.md': '# P\n\n[x](other.md#instal)\n', 'docs/sub/other.md': '# O\n\n## Install\n\n## Installing more\n\nLast line' });
  assert.deepEqual(list, [
    "Change the anchor to '#install' (Install) => sub/page.md 2:13-2:19 \"install\"",
    "Change the anchor to '#installing-more' (Installing more) => sub/page.md 2:13-2:19 \"installing-more\"",
    'Create the anchor $$$instal$$$ at the end of sub/other.md => sub/other.md 6:9-6:9 "\\n\\n$$$instal$$$\\n"',
  ]);
});
