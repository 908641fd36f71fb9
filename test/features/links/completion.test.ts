import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import { urlPrefix } from '../../../server/src/features/links/completion';
import { at } from './util';

const FILES = {
  'docs/guide/install.md': '# Install the client\n\n## Requirements\n\n$$$legacy-id$$$\n\n:::{note}\n:name: heads-up\nx\n:::\n\n:::{include} /_snippets/extra.md\n:::\n',
  'docs/_snippets/extra.md': '## From the snippet\n',
  'docs/index.md': '# Home\n',
};

test('urlPrefix: the URL typed after `](`, on unfinished links too', () => {
  assert.equal(urlPrefix('See [the guide](guide/in'), 'guide/in');
  assert.equal(urlPrefix('See [x](<guide/in'), 'guide/in');
  assert.equal(urlPrefix('See [x](a.md) and more'), undefined);
  assert.equal(urlPrefix('(not a link'), undefined);
});

test('page paths after `](`: relative to the page, snippets left out, each with its title', async () => {
  const { ls, d, pos } = await at({ ...FILES, 'docs/guide/page.md': '# P\n\nSee [x](|\n' }, 'docs/guide/page.md');
  const items = await ls.completion(d, pos);
  assert.deepEqual(items.map((i) => `${i.label} | ${i.detail}`).sort(), ['../index.md | Home', 'install.md | Install the client']);
  assert.equal(r((items[0].textEdit as { range: Parameters<typeof r>[0] }).range), '2:8-2:8');
});

test('page paths only from the page\'s docset: not a sibling docset\'s, not a nested docset\'s, not a folder that only starts like it', async () => {
  const { ls, d, pos } = await at({
    ...FILES,
    'docs/guide/page.md': '# P\n\nSee [x](|\n',
    'docs/nested/docset.yml': 'project: nested\n',
    'docs/nested/inner.md': '# Inner\n',
    'docs-old/docset.yml': 'project: old\n',
    'docs-old/legacy.md': '# Legacy\n',
    'other/docset.yml': 'project: other\n',
    'other/elsewhere.md': '# Elsewhere\n',
  }, 'docs/guide/page.md');
  const items = await ls.completion(d, pos);
  assert.deepEqual(items.map((i) => i.label).sort(), ['../index.md', 'install.md']);
});

test('`/`-rooted paths from the docset root replace what was typed', async () => {
  const { ls, d, pos } = await at({ ...FILES, 'docs/guide/page.md': '# P\n\nSee [x](/gu|\n' }, 'docs/guide/page.md');
  const items = await ls.completion(d, pos);
  const install = items.find((i) => i.label === '/guide/install.md');
  assert.ok(install, items.map((i) => i.label).join());
  assert.deepEqual(install.textEdit, { range: { start: { line: 2, character: 8 }, end: { line: 2, character: 11 } }, newText: '/guide/install.md' });
});

test('anchors after `#`: headings by their text, $$$ anchors, :name:s and the included snippet\'s', async () => {
  const { ls, d, pos } = await at({ ...FILES, 'docs/guide/page.md': '# P\n\nSee [x](install.md#re|)\n' }, 'docs/guide/page.md');
  const items = await ls.completion(d, pos);
  assert.deepEqual(items.map((i) => `${i.label} | ${i.detail} | ${(i.textEdit as { newText: string }).newText}`), [
    'Requirements | #requirements | requirements',
    'legacy-id | $$$ anchor | legacy-id',
    'heads-up | {note} | heads-up',
    'From the snippet | #from-the-snippet (from _snippets/extra.md) | from-the-snippet',
  ]);
  assert.equal(r((items[0].textEdit as { range: Parameters<typeof r>[0] }).range), '2:19-2:21');
});

test('`#` alone: the current page\'s anchors, from the live text', async () => {
  const { ls, d, pos } = await at({ ...FILES, 'docs/guide/page.md': '# P\n\n## Local heading [local]\n\n[x](#|)\n' }, 'docs/guide/page.md');
  const items = await ls.completion(d, pos);
  assert.deepEqual(items.map((i) => `${i.label} ${(i.textEdit as { newText: string }).newText}`), ['Local heading local']);
});

test('`#` alone after edits: each version\'s own anchors (kept per page model, never a stale list)', async () => {
  const { ls, d, pos } = await at({ ...FILES, 'docs/guide/page.md': '# P\n\n## Local heading [local]\n\n[x](#|)\n' }, 'docs/guide/page.md');
  const labels = async (doc: typeof d, p: typeof pos) => (await ls.completion(doc, p)).map((i) => `${i.label} ${r((i.textEdit as { range: Parameters<typeof r>[0] }).range)}`);
  assert.deepEqual(await labels(d, pos), ['Local heading 4:5-4:5']);
  assert.deepEqual(await labels(d, pos), ['Local heading 4:5-4:5']);
  // A heading added above: the new version lists it, and the old one's ranges are not reused.
  const v2 = { ...d, version: 2, text: `## Added\n\n${d.text}` };
  const p2 = { line: pos.line + 2, character: pos.character };
  assert.deepEqual(await labels(v2, p2), ['Added 6:5-6:5', 'Local heading 6:5-6:5']);
  const v3 = { ...d, version: 3, text: d.text.replace('## Local heading [local]', 'Plain text now') };
  assert.deepEqual(await labels(v3, pos), []);
});

test('no link completion outside a link URL or in an external URL', async () => {
  for (const text of ['# P\n\nplain |text\n', '# P\n\n[x](https://exa|\n']) {
    const { ls, d, pos } = await at({ ...FILES, 'docs/guide/page.md': text }, 'docs/guide/page.md');
    assert.deepEqual((await ls.completion(d, pos)).filter((i) => i.label === 'install.md' || i.label === 'Requirements'), []);
  }
});
