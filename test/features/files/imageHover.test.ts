// Hover on an image path: the picture (a Markdown image of the file's URI), its path, file size and pixel size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cursor, r } from '../../helpers';
import { doc, workspace } from './util';

const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, ...be32(13), 0x49, 0x48, 0x44, 0x52, ...be32(640), ...be32(480), 8, 6, 0, 0, 0, ...new Array(2000).fill(0)]);

async function hover(text: string) {
  const c = cursor(text);
  const ls = await workspace({ 'docs/page.md': c.text, 'docs/img/shot.png': PNG, 'docs/img/plain.svg': '<svg width="10" height="20"></svg>' });
  const d = doc('docs/page.md', c.text);
  return ls.hover(d, ls.page(d).lines.positionAt(c.offset));
}

test('image hover: on an {image} path, the picture, its path, size and pixels', async () => {
  const h = await hover('# P\n\n:::{image} img/sh|ot.png\n:alt: A [shot]\n:::\n');
  assert.ok(h);
  assert.equal((h.contents as { value: string }).value, '![A \\[shot\\]](<file:///ws/docs/img/shot.png>)\n\n`img/shot.png` · 2.0 KB · 640 × 480 px');
  assert.equal(r(h.range!), '2:11-2:23');
});

test('image hover: on a Markdown image, the whole image is the range', async () => {
  const h = await hover('# P\n\nSee ![Vector](/img/pl|ain.svg "title").\n');
  assert.ok(h);
  assert.equal((h.contents as { value: string }).value, '![Vector](<file:///ws/docs/img/plain.svg>)\n\n`img/plain.svg` · 34 bytes · 10 × 20 px');
  assert.equal(r(h.range!), '2:4-2:37');
});

test('image hover: nothing for a missing file or an external URI', async () => {
  assert.equal(await hover('# P\n\n:::{image} img/gon|e.png\n:::\n'), undefined);
  assert.equal(await hover('# P\n\n![x](https://example.com/a.p|ng)\n'), undefined);
});
