import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { cursor, uri } from '../../helpers';
import { docsetService } from './util';

const TREE = {
  'docs/index.md': '# Home\n',
  'docs/setup.md': '# Setup\n',
  'docs/notes.txt': 'x',
  'docs/_snippets/s.md': 's\n',
  'docs/guide/index.md': '# Guide\n',
  'docs/guide/install.md': '# Install\n',
  'docs/guide/deep/more.md': '# More\n',
  'docs/dev/toc.yml': 'toc:\n  - file: index.md\n',
  'docs/dev/index.md': '# Dev\n',
  'docs/dev/api/toc.yml': 'toc:\n  - file: index.md\n',
  'docs/dev/api/index.md': '# API\n',
};

/** Completion at the `|` of `rel` (its text also in the workspace): `label newText detail` per item, in sort order. */
async function complete(rel: string, text: string, extra: Record<string, string> = {}): Promise<string[]> {
  const c = cursor(text);
  const ls = await docsetService({ ...TREE, ...extra, [rel]: c.text });
  const doc = { uri: uri(rel), version: 1, text: c.text };
  const items: CompletionItem[] = await ls.completion(doc, ls.page(doc).lines.positionAt(c.offset));
  return items
    .sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))
    .map((i) => `${i.label} ${i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : ''}${i.detail ? ` (${i.detail})` : ''}`);
}

test('file: offers the docset pages beside the entry, those not in the ToC first, then folders to deep-link into', async () => {
  assert.deepEqual(await complete('docs/docset.yml', 'toc:\n  - file: index.md\n  - file: |\n'), [
    'setup.md setup.md (not in the ToC yet)',
    'dev/ dev/',
    'guide/ guide/',
    'index.md index.md (already in the ToC)',
  ]);
});

test('file: inside a folder completes from that folder, and after `dir/` from the sub-folder; the whole value is replaced', async () => {
  assert.deepEqual(await complete('docs/docset.yml', 'toc:\n  - folder: guide\n    children:\n      - file: ins|tall.md\n'), [
    'index.md index.md (not in the ToC yet)',
    'deep/ deep/',
    'install.md install.md (already in the ToC)',
  ]);
  assert.deepEqual(await complete('docs/docset.yml', 'toc:\n  - folder: guide\n    children:\n      - file: deep/|\n'), ['more.md deep/more.md (not in the ToC yet)']);
  const c = cursor('toc:\n  - file: gu|ide.md\n');
  const ls = await docsetService({ ...TREE, 'docs/docset.yml': c.text });
  const doc = { uri: uri('docs/docset.yml'), version: 1, text: c.text };
  const item = (await ls.completion(doc, ls.page(doc).lines.positionAt(c.offset))).find((i) => i.label === 'guide/');
  assert.deepEqual(item?.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined, { start: { line: 1, character: 10 }, end: { line: 1, character: 18 } });
});

test('folder: offers folders (not `_` ones); toc: offers folders holding a toc.yml, relative to the toc.yml being edited', async () => {
  assert.deepEqual(await complete('docs/docset.yml', 'toc:\n  - folder: |\n'), [
    'dev dev (not in the ToC yet)',
    'guide guide (not in the ToC yet)',
    'dev/ dev/',
    'guide/ guide/',
  ]);
  assert.deepEqual(await complete('docs/docset.yml', 'toc:\n  - toc: |\n'), ['dev dev (toc.yml)', 'dev/ dev/', 'guide/ guide/']);
  assert.deepEqual(await complete('docs/dev/toc.yml', 'toc:\n  - file: index.md\n  - toc: |\n', { 'docs/docset.yml': 'toc:\n  - toc: dev\n' }), ['api api (toc.yml)', 'api/ api/']);
});

test('no ToC completion outside `toc:` values or outside docset files', async () => {
  assert.deepEqual(await complete('docs/docset.yml', 'exclude:\n  - file: |\ntoc:\n  - file: index.md\n'), []);
  assert.deepEqual(await complete('docs/docset.yml', 'toc:\n  - title: |\n'), []);
  assert.deepEqual(await complete('docs/other.yml', 'toc:\n  - file: |\n', { 'docs/docset.yml': 'toc: []\n' }), []);
});
