import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handleMigrationItems } from '../../../server/src/features/migration/requests';
import { r, service, uri } from '../../helpers';

const FILES = {
  'docs/docset.yml': 'subs: {}\n',
  'docs/b.md': '# Bee\n\n% - [ ] one.md\n%   Notes: first\n% - [x] two.md\n\n$$$legacy-id$$$\n\nText $$$inline$$$.\n',
  'docs/a.md': '# A\n\n% - [x] done.md\n',
  'docs/c.md': '# C\n\nSee [x](b.md#legacy-id), [y](/b.md#LEGACY-ID), [z](#legacy-id) and [w](b.md#inline).\n',
  'docs/sub/d.md': '# D\n\n[up](../b.md#legacy-id) ![img](../b.md#legacy-id)\n',
  'docs/plain.md': '# Nothing here\n',
};

test('migrationItems: pages with checklists sorted by URI, items with line, notes (no label), state; totals', async () => {
  const { ls } = service(FILES);
  await ls.index.build();
  const res = await handleMigrationItems(ls, {});
  assert.deepEqual(res.pages.map((p) => [p.uri.slice(16), p.title, p.open, p.total]), [['a.md', 'A', 0, 1], ['b.md', 'Bee', 1, 2]]);
  assert.deepEqual(res.pages[1].items.map((i) => [i.line, r(i.range), i.path, i.notes, i.checked]), [
    [2, '2:0-3:16', 'one.md', 'first', false],
    [4, '4:0-4:14', 'two.md', '', true],
  ]);
  assert.deepEqual([res.open, res.total], [1, 3]);
  assert.deepEqual(res.pages.map((p) => p.anchors.length), [0, 0], 'anchors only when asked for');
});

test('migrationItems with anchors: standalone $$$anchors$$$ with the links that point to them (relative, /, same-page ids ignored elsewhere)', async () => {
  const { ls } = service(FILES);
  await ls.index.build();
  const res = await handleMigrationItems(ls, { anchors: true });
  const b = res.pages.find((p) => p.uri === uri('docs/b.md'));
  assert.deepEqual(b?.anchors.map((a) => [a.name, a.id, r(a.range), a.links]), [['legacy-id', 'legacy-id', '6:0-6:15', 3]]);
  assert.ok(!res.pages.some((p) => p.uri === uri('docs/c.md')), 'pages without checklists or anchors are left out');
});

test('migrationItems for some pages only, and the open document as edited', async () => {
  const { ls } = service(FILES);
  await ls.index.build();
  ls.page({ uri: uri('docs/a.md'), version: 2, text: '# A\n\n% - [ ] done.md\n% - [ ] new.md\n' });
  const res = await handleMigrationItems(ls, { uris: [uri('docs/a.md'), uri('docs/plain.md')] });
  assert.deepEqual(res.pages.map((p) => [p.uri.slice(16), p.open, p.total]), [['a.md', 2, 2]]);
});
