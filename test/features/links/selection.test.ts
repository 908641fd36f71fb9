import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SelectionRange } from 'vscode-languageserver-types';
import { r } from '../../helpers';
import { at } from './util';

function chain(s: SelectionRange | undefined): string[] {
  const out: string[] = [];
  for (let c = s; c; c = c.parent) out.push(r(c.range));
  return out;
}

test('selection ranges grow from a link fragment to the link, the section and the document', async () => {
  const { ls, d, pos } = await at({ 'docs/page.md': '# T\n\n## Sec\n\nSee [the text](other.md#fra|g) now.\n' }, 'docs/page.md');
  const [sel] = await ls.selectionRanges(d, [pos]);
  assert.deepEqual(chain(sel), ['4:24-4:28', '4:15-4:28', '4:4-4:29', '2:0-4:34', '0:0-4:34', '0:0-5:0']);
});

test('selection ranges inside a directive option: value, option, body, directive', async () => {
  const { ls, d, pos } = await at({ 'docs/page.md': ':::{note}\n:name: my-|note\nbody\n:::\n' }, 'docs/page.md');
  const [sel] = await ls.selectionRanges(d, [pos]);
  assert.deepEqual(chain(sel), ['1:7-1:14', '1:0-1:14', '1:0-3:0', '0:0-3:3', '0:0-4:0']);
});
