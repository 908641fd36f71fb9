import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { r } from '../../helpers';
import { doc, workspace } from './util';

const PAGE = [
  '# Title', '', 'Intro $$$top$$$', '',
  '## First', '', ':::{note} Careful', 'Body', ':::', '',
  '### Deeper', '', 'x', '',
  '## Second [second-id]', '', '::::{tab-set}', ':::{tab-item} A', '$$$in-tab$$$', ':::', '::::', '',
].join('\n');

function tree(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''} ${r(s.range)}`, ...tree(s.children ?? [], depth + 1)]);
}

test('outline: headings nested by level over their sections, directives with arguments, $$$ anchors', async () => {
  const ls = await workspace({});
  const symbols = await ls.documentSymbols(doc('docs/page.md', PAGE));
  assert.deepEqual(tree(symbols), [
    'Title 0:0-20:4',
    '  $$$top$$$ (#top) 2:6-2:15',
    '  First (#first) 4:0-12:1',
    '    {note} Careful 6:0-8:3',
    '    Deeper (#deeper) 10:0-12:1',
    '  Second (#second-id) 14:0-20:4',
    '    {tab-set} 16:0-20:4',
    '      {tab-item} A 17:0-19:3',
    '        $$$in-tab$$$ (#in-tab) 18:0-18:12',
  ]);
  const first = symbols[0].children![1];
  assert.equal(r(first.selectionRange), '4:0-4:8');
});
