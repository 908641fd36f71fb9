// Image path completion after `{image}` / `{figure}` and inside `![alt](`: the typed folder's image files and
// subfolders, relative to the page or from the docset root; no `.md` pages there (those are for links).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cursor, r } from '../../helpers';
import { doc, workspace } from './util';

const FILES = {
  'docs/guide/page.md': '# P\n',
  'docs/guide/other.md': '# O\n',
  'docs/guide/img/shot.png': '',
  'docs/guide/img/notes.txt': '',
  'docs/guide/img/deeper/x.svg': '',
  'docs/guide/logo.svg': '',
  'docs/images/root.gif': '',
};

async function complete(text: string) {
  const c = cursor(text);
  const ls = await workspace({ ...FILES, 'docs/guide/page.md': c.text });
  const d = doc('docs/guide/page.md', c.text);
  return ls.completion(d, ls.page(d).lines.positionAt(c.offset));
}

const shown = (items: { label: string; textEdit?: unknown }[]) => items.map((i) => `${i.label} ${r((i.textEdit as { range: Parameters<typeof r>[0] }).range)}`).sort();

test('image completion: after `{image} ` the page folder\'s images and folders, not pages', async () => {
  const items = await complete('# P\n\n:::{image} |\n:::\n');
  assert.deepEqual(shown(items), ['img/ 2:11-2:11', 'logo.svg 2:11-2:11']);
  assert.equal(items.find((i) => i.label === 'img/')?.command?.command, 'editor.action.triggerSuggest');
});

test('image completion: inside a typed folder, and from the docset root after `/`, in {figure} too', async () => {
  assert.deepEqual(shown(await complete('# P\n\n:::{image} img/sh|\n:::\n')), ['deeper/ 2:15-2:17', 'shot.png 2:15-2:17']);
  assert.deepEqual(shown(await complete('# P\n\n:::{figure} /images/|\n:::\n')), ['root.gif 2:20-2:20']);
});

test('image completion: in `![alt](` images, and the links area offers no `.md` pages there', async () => {
  assert.deepEqual(shown(await complete('# P\n\nSee ![A shot](img/|')), ['deeper/ 2:18-2:18', 'shot.png 2:18-2:18']);
  const top = await complete('# P\n\n![A shot](|');
  assert.deepEqual(top.filter((i) => i.label.endsWith('.md')), []);
});

test('image completion: nothing in a link, on the directive name, or for a URL; links still complete pages', async () => {
  const link = await complete('# P\n\n[Other](|');
  assert.ok(link.some((i) => i.label === 'other.md'));
  assert.ok(!link.some((i) => i.label === 'logo.svg'));
  assert.deepEqual((await complete('# P\n\n:::{ima|ge} x\n:::\n')).filter((i) => i.label.endsWith('.svg')), []);
  assert.deepEqual(await complete('# P\n\n:::{image} https://|\n:::\n'), []);
  assert.deepEqual((await complete('# P\n\n:::{note} |\n:::\n')).filter((i) => i.label === 'logo.svg'), []);
});
