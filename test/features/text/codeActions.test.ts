import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { r, service, uri } from '../../helpers';

async function actions(text: string, line: number) {
  const { ls } = service({ 'docs/docset.yml': 'project: t\n', 'docs/page.md': text });
  const doc = { uri: uri('docs/page.md'), version: 1, text };
  const ds = (await ls.diagnostics(doc)).filter((d) => d.code === 'whitespace.irregular' && d.range.start.line === line);
  const range = ds[0].range;
  const acts = await ls.codeActions(doc, range, [ds[0]]);
  return acts.filter((a) => a.diagnostics?.some((d) => d.code === 'whitespace.irregular')).map((a) => {
    const edits = (a.edit?.changes?.[doc.uri] ?? []) as TextEdit[];
    return `${a.title}: ${edits.map((e) => `${r(e.range)}=${JSON.stringify(e.newText)}`).join(' ')}`;
  });
}

test('whitespace.irregular quick fixes: remove an invisible one, replace a visible one, fix all on the page', async () => {
  const text = '# T\n\nzero\u200Bwidth and em\u2003space.\n\nthin\u2009space\n';
  assert.deepEqual(await actions(text, 2), [
    'Remove the zero width space (U+200B): 2:4-2:5=""',
    'Fix all 3 irregular spaces on this page: 2:4-2:5="" 2:17-2:18=" " 4:4-4:5=" "',
  ]);
  assert.deepEqual(await actions(text, 4), [
    'Replace the thin space (U+2009) with a space: 4:4-4:5=" "',
    'Fix all 3 irregular spaces on this page: 2:4-2:5="" 2:17-2:18=" " 4:4-4:5=" "',
  ]);
});

test('one irregular space: no "fix all" action', async () => {
  assert.deepEqual(await actions('# T\n\na\u3000b\n', 2), ['Replace the ideographic space (U+3000) with a space: 2:1-2:2=" "']);
});
