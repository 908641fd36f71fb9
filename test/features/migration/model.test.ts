import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from '../../../server/src/model/page';
import { noteText, pageMigration } from '../../../server/src/features/migration/model';
import { sharedFile } from '../../helpers';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

test('the seed page: metadata, one checklist of 10 open items, the "combine content" list of 10 pages, a TODO, 5 anchors to place', () => {
  const text = sharedFile('samples/security.md');
  const page = parsePage(text, 'file:///ws/docs/security.md');
  const pm = pageMigration(page);
  const meta = pm.blocks.flatMap((b) => b.meta).map((m) => [m.kind, m.value]);
  assert.deepEqual(meta, [
    ['what', 'Refine'],
    ['issue', 'https://github.com/elastic/docs-projects/issues/346'],
    ['scope', 'this is just communication security - link to users + roles, spaces, monitoring, ++'],
    ['todo', 'Add links to the sections below'],
  ]);
  assert.equal(pm.checklists.length, 1);
  const cl = pm.checklists[0];
  assert.deepEqual([cl.items.length, cl.done], [10, 0]);
  assert.deepEqual(pm.items.map((i) => i.line + 1), [36, 38, 39, 40, 41, 42, 43, 44, 45, 46]);
  assert.equal(pm.items[0].notes, 'redirect only');
  assert.equal(pm.items[0].source?.path, './raw-migrated-files/elasticsearch/elasticsearch-reference/security-files.md');
  assert.deepEqual(pm.items.slice(1).map((i) => i.notes), Array(9).fill(''));
  const lists = pm.blocks.flatMap((b) => b.sourceLists);
  assert.equal(lists.length, 1);
  assert.equal(page.lines.lineAt(lists[0].intro.start) + 1, 63);
  assert.equal(lists[0].entries.length, 10);
  assert.equal(lists[0].entries[9].path, '/raw-migrated-files/cloud/cloud/ec-faq-technical.md');
  assert.equal(slice(text, lists[0].entries[9].pathSpan), '/raw-migrated-files/cloud/cloud/ec-faq-technical.md');
  assert.deepEqual(pm.anchors.map((a) => a.name), ['field-document-limitations', 'alias-limitations', 'preventing-unauthorized-access', 'preserving-data-integrity', 'maintaining-audit-trail']);
  assert.equal(pm.todos.length, 1);
  assert.equal(slice(text, pm.todos[0].textSpan), 'TODO: Add links to the sections below');
});

test('leniency: extra spaces, * [ ], - [X], items without notes, notes over several lines, label case', () => {
  const text = [
    '%   what NEEDS to be done :   Rewrite  ',
    '% Github issue: #12',
    '% scope note: small',
    '%  *   [ ]    ./a.md   ',
    '%        Notes: first line',
    '%          second line',
    '% - [X] b.md',
    '% + [x] sub/c.md',
    '%      just a note without label',
    '% -  [ ] d.md',
  ].join('\n');
  const pm = pageMigration(parsePage(text));
  assert.deepEqual(pm.blocks[0].meta.map((m) => [m.kind, m.value, slice(text, m.valueSpan)]), [
    ['what', 'Rewrite', 'Rewrite'],
    ['issue', '#12', '#12'],
    ['scope', 'small', 'small'],
  ]);
  assert.deepEqual(pm.items.map((i) => [i.item.checked, i.source?.path, i.notes, slice(text, i.item.boxSpan)]), [
    [false, './a.md', 'first line second line', '[ ]'],
    [true, 'b.md', '', '[X]'],
    [true, 'sub/c.md', 'just a note without label', '[x]'],
    [false, 'd.md', '', '[ ]'],
  ]);
  assert.equal(pm.checklists.length, 1, 'one checklist: items follow each other');
  assert.deepEqual([pm.checklists[0].items.length, pm.checklists[0].done], [4, 2]);
});

test('checklists split at a comment that is not an item; blocks split at text; empty % lines keep a checklist together', () => {
  const text = ['% - [ ] a.md', '%', '% - [x] b.md', '% Other pages:', '% - [ ] c.md', '', 'Text', '', '% - [ ] d.md'].join('\n');
  const pm = pageMigration(parsePage(text));
  assert.deepEqual(pm.checklists.map((c) => c.items.map((i) => i.item.path)), [['a.md', 'b.md'], ['c.md'], ['d.md']]);
  assert.equal(pm.blocks.length, 2);
  assert.deepEqual(pm.blocks.map((b) => b.checklists.length), [2, 1]);
});

test('sources: a link item takes its URL; task text that is not a path has no source', () => {
  const text = ['% - [ ] [Old page](../old/page.md)', '% - [ ] Write the introduction', '% - [ ] notes.md', '% - [ ]'].join('\n');
  const pm = pageMigration(parsePage(text));
  assert.deepEqual(pm.items.map((i) => i.source?.path), ['../old/page.md', undefined, 'notes.md', undefined]);
  assert.equal(slice(text, pm.items[0].source!.span), '../old/page.md');
});

test('TODO: only the word TODO at the start of a comment, any case; comments that merely mention it are not todos', () => {
  const text = ['% TODO', '% todo: lower', '% TODOs are listed here', '% See the TODO list', '%TODO not a comment', 'TODO in text'].join('\n');
  const pm = pageMigration(parsePage(text));
  assert.deepEqual(pm.todos.map((t) => t.value), ['', 'lower']);
});

test('anchors to place: only $$$anchors$$$ alone on their line outside comments', () => {
  const text = ['$$$alone$$$', '', 'Text $$$inline$$$ here', '', '% $$$commented$$$', '', '  $$$indented$$$  '].join('\n');
  assert.deepEqual(pageMigration(parsePage(text)).anchors.map((a) => a.name), ['alone', 'indented']);
});

test('noteText drops the Notes: label of the first line only', () => {
  assert.equal(noteText(['Notes: a', 'Notes: b']), 'a Notes: b');
  assert.equal(noteText(['NOTE:   x  ']), 'x');
  assert.equal(noteText([]), '');
});
