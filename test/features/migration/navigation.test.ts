import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTarget, type NavPage } from '../../../server/src/features/migration/navigation';
import { handleMigrationTarget } from '../../../server/src/features/migration/requests';
import { r, service, uri } from '../../helpers';

const P = (line: number, character = 2) => ({ line, character });
const PAGES: NavPage[] = [
  { uri: 'file:///ws/c.md', items: [P(1)] },
  { uri: 'file:///ws/a.md', items: [P(3), P(7), P(9)] },
  { uri: 'file:///ws/b.md', items: [] },
];
const at = (t: ReturnType<typeof findTarget>) => (t ? `${t.uri.slice(11)}:${t.position.line}` : 'none');

test('next: the following item in the page, then the next page with open items (URI order), wrapping', () => {
  assert.equal(at(findTarget(PAGES, 'file:///ws/a.md', P(0, 0), 'next')), 'a.md:3');
  assert.equal(at(findTarget(PAGES, 'file:///ws/a.md', P(3, 2), 'next')), 'a.md:7', 'the cursor on an item box goes to the next item');
  assert.equal(at(findTarget(PAGES, 'file:///ws/a.md', P(3, 0), 'next')), 'a.md:3', 'before the box on the same line: that item');
  assert.equal(at(findTarget(PAGES, 'file:///ws/a.md', P(9, 5), 'next')), 'c.md:1', 'past the last item: on to the next page (b.md has none)');
  assert.equal(at(findTarget(PAGES, 'file:///ws/c.md', P(4), 'next')), 'a.md:3', 'past the last page: wraps to the first');
  assert.equal(at(findTarget(PAGES, 'file:///ws/b.md', P(0), 'next')), 'c.md:1', 'a page without items starts from its place in the order');
  assert.equal(at(findTarget(PAGES, undefined, undefined, 'next')), 'a.md:3', 'no editor: the first item of the workspace');
  assert.equal(at(findTarget(PAGES, 'file:///ws/a.md', undefined, 'next')), 'a.md:3');
});

test('previous: mirror of next, wrapping to the last item of the last page', () => {
  assert.equal(at(findTarget(PAGES, 'file:///ws/a.md', P(8, 0), 'previous')), 'a.md:7');
  assert.equal(at(findTarget(PAGES, 'file:///ws/a.md', P(7, 2), 'previous')), 'a.md:3');
  assert.equal(at(findTarget(PAGES, 'file:///ws/a.md', P(2), 'previous')), 'c.md:1', 'before the first item of the first page: wraps to the last page');
  assert.equal(at(findTarget(PAGES, 'file:///ws/c.md', P(0), 'previous')), 'a.md:9', 'the previous page, at its last item');
  assert.equal(at(findTarget(PAGES, 'file:///ws/b.md', P(0), 'previous')), 'a.md:9');
  assert.equal(at(findTarget(PAGES, undefined, undefined, 'previous')), 'c.md:1');
});

test('one page wraps onto itself; no open items anywhere gives none', () => {
  const one: NavPage[] = [{ uri: 'file:///ws/a.md', items: [P(3), P(7)] }];
  assert.equal(at(findTarget(one, 'file:///ws/a.md', P(7), 'next')), 'a.md:3');
  assert.equal(at(findTarget(one, 'file:///ws/a.md', P(3), 'previous')), 'a.md:7');
  assert.equal(at(findTarget([{ uri: 'file:///ws/a.md', items: [] }], 'file:///ws/a.md', P(0), 'next')), 'none');
});

test('migrationTarget: the live page for the cursor page (edits not yet saved count), the box range on the next page', async () => {
  const a = '# A\n\n% - [ ] one.md\n% - [x] two.md\n';
  const { ls } = service({ 'docs/a.md': a, 'docs/b.md': '# B\n\n  %  - [ ] far.md\n', 'docs/c.md': '# C\n\n% - [x] done.md\n' });
  await ls.index.build();
  // In the editor, two.md was unchecked but not saved.
  const edited = { uri: uri('docs/a.md'), version: 2, text: a.replace('[x] two', '[ ] two') };
  const t1 = await handleMigrationTarget(ls, { uri: edited.uri, position: { line: 2, character: 5 }, direction: 'next' }, edited);
  assert.deepEqual([t1?.uri, t1 && r(t1.range), t1?.path], [uri('docs/a.md'), '3:4-3:7', 'two.md']);
  const t2 = await handleMigrationTarget(ls, { uri: edited.uri, position: { line: 3, character: 5 }, direction: 'next' }, edited);
  assert.deepEqual([t2?.uri, t2 && r(t2.range)], [uri('docs/b.md'), '2:7-2:10'], 'lands on the box of a closed page');
  const t3 = await handleMigrationTarget(ls, { uri: uri('docs/b.md'), position: { line: 2, character: 9 }, direction: 'next' }, undefined);
  assert.deepEqual([t3?.uri, t3 && r(t3.range)], [uri('docs/a.md'), '2:4-2:7'], 'wraps, c.md has only done items; a.md read from the index');
  const none = service({ 'docs/a.md': '# A\n' });
  await none.ls.index.build();
  assert.equal(await handleMigrationTarget(none.ls, { direction: 'previous' }, undefined), null);
});
