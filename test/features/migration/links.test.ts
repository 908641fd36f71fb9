import { test } from 'node:test';
import assert from 'node:assert/strict';
import { migrationDefinition, migrationDocumentLinks } from '../../../server/src/features/migration/links';
import { cursor, r, service, uri } from '../../helpers';

const FILES = { 'docs/docset.yml': 'subs: {}\n', 'docs/raw/a.md': '# A\n', 'docs/guide/b.md': '# B\n' };

async function ctxFor(text: string) {
  const { ls } = service({ ...FILES, 'docs/guide/page.md': text });
  await ls.index.build();
  return ls.featureContext({ uri: uri('docs/guide/page.md'), version: 1, text });
}

test('document links: each item path that resolves (from the page or the docset root), none for missing paths or link items', async () => {
  const text = '# P\n\n% - [ ] ./raw/a.md\n% - [x] b.md\n% - [ ] gone.md\n% - [ ] [x](../raw/a.md)\n';
  const links = await migrationDocumentLinks(await ctxFor(text));
  assert.deepEqual(links.map((l) => `${r(l.range)} ${l.target}`), ['2:8-2:18 file:///ws/docs/raw/a.md', '3:8-3:12 file:///ws/docs/guide/b.md']);
});

test('go to definition on an item line opens its source at the top; nothing for missing sources or off items', async () => {
  const { text, offset } = cursor('# P\n\n% - [ ] ./raw/|a.md\n% - [ ] gone.md\n');
  const ctx = await ctxFor(text);
  assert.deepEqual((await migrationDefinition(ctx, offset))?.map((l) => `${l.uri} ${r(l.range)}`), ['file:///ws/docs/raw/a.md 0:0-0:0']);
  assert.deepEqual((await migrationDefinition(ctx, text.indexOf('[ ]')))?.length, 1, 'on the box too');
  assert.equal(await migrationDefinition(ctx, text.indexOf('gone')), undefined);
  assert.equal(await migrationDefinition(ctx, 1), undefined);
});
