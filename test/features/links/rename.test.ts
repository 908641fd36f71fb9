import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { r } from '../../helpers';
import { at } from './util';

const FILES = {
  'docs/target.md': '# T\n\n## Install [install-it]\n\n## Plain heading\n\nA $$$old$$$ anchor.\n\n:::{note}\n:name: my-note\n:::\n\n[self](#old)\n',
  'docs/b.md': '# B\n\n[a](target.md#install-it) [b](target.md#OLD) [c](target.md#plain-heading) [d](target.md#my-note)\n',
};

const edits = (e: WorkspaceEdit | undefined) =>
  Object.entries(e?.changes ?? {}).flatMap(([u, list]) => list.map((x) => `${u.split('file:///ws/docs/').join('')} ${r(x.range)} ${x.newText}`)).sort();

async function renameAt(files: Record<string, string>, rel: string, name: string) {
  const { ls, d, pos } = await at(files, rel);
  return { prep: await ls.prepareRename(d, pos), edit: await ls.rename(d, pos, name) };
}

test('rename a $$$ anchor: the anchor and every link to it, in one edit', async () => {
  const { prep, edit } = await renameAt({ ...FILES, 'docs/target.md': FILES['docs/target.md'].split('$$$old').join('$$$o|ld') }, 'docs/target.md', 'new-id');
  assert.deepEqual(prep && { range: r(prep.range), placeholder: prep.placeholder }, { range: '6:5-6:8', placeholder: 'old' });
  assert.deepEqual(edits(edit), ['b.md 2:40-2:43 new-id', 'target.md 12:8-12:11 new-id', 'target.md 6:5-6:8 new-id']);
});

test('rename a heading\'s custom id, and give a heading without one a custom id', async () => {
  const custom = await renameAt({ ...FILES, 'docs/target.md': FILES['docs/target.md'].split('[install-it]').join('[inst|all-it]') }, 'docs/target.md', 'setup');
  assert.deepEqual(edits(custom.edit), ['b.md 2:14-2:24 setup', 'target.md 2:12-2:22 setup']);
  const plain = await renameAt({ ...FILES, 'docs/target.md': FILES['docs/target.md'].split('## Plain').join('## Pl|ain') }, 'docs/target.md', 'plain');
  assert.equal(plain.prep?.placeholder, 'plain-heading');
  assert.deepEqual(edits(plain.edit), ['b.md 2:59-2:72 plain', 'target.md 4:16-4:16  [plain]']);
});

test('rename from a link fragment renames the target anchor (a :name: here)', async () => {
  const { prep, edit } = await renameAt({ ...FILES, 'docs/b.md': FILES['docs/b.md'].split('#my-note').join('#my-|note') }, 'docs/b.md', 'tip');
  assert.deepEqual(prep && { range: r(prep.range), placeholder: prep.placeholder }, { range: '2:88-2:95', placeholder: 'my-note' });
  assert.deepEqual(edits(edit), ['b.md 2:88-2:95 tip', 'target.md 9:7-9:14 tip']);
});

test('rename is refused for invalid ids, ids already taken and unknown anchors; the page title has nothing to rename', async () => {
  const files = { ...FILES, 'docs/target.md': FILES['docs/target.md'].split('$$$old').join('$$$o|ld') };
  await assert.rejects(renameAt(files, 'docs/target.md', 'has space'), /not an anchor id docs-builder keeps as written.*'has-space'/);
  await assert.rejects(renameAt(files, 'docs/target.md', 'install-it'), /'install-it' is already an anchor of this page \(the heading on line 3\)/);
  assert.deepEqual(await renameAt({ ...FILES, 'docs/target.md': '# T|itle\n' }, 'docs/target.md', 'x'), { prep: undefined, edit: undefined });
  await assert.rejects(renameAt({ ...FILES, 'docs/b.md': '# B\n\n[a](target.md#nowh|ere)\n' }, 'docs/b.md', 'x'), /`nowhere` is not an anchor of the target page/);
});

test('rename from a link to an anchor of an included snippet: the snippet and the links through the including page', async () => {
  const files = {
    'docs/page.md': '# P\n\n:::{include} _snippets/s.md\n:::\n',
    'docs/_snippets/s.md': '$$$shared$$$\n',
    'docs/b.md': '# B\n\n[a](page.md#sha|red) [b](page.md#SHARED)\n',
  };
  const { edit } = await renameAt(files, 'docs/b.md', 'common');
  assert.deepEqual(edits(edit), ['_snippets/s.md 0:3-0:9 common', 'b.md 2:12-2:18 common', 'b.md 2:32-2:38 common']);
});
