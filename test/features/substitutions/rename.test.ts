import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { LineIndex } from '../../../server/src/model/lines';
import { RenameRefused } from '../../../server/src/features/types';
import { r } from '../../helpers';
import { DOCSET, DOCSET_URI, setup } from './util';

const OTHERS = {
  'docs/other.md': '# Other\n\n{{ech}} and {{ Ech | lc }}\n',
  'docs/sub/deep.md': '---\nnavigation_title: "{{ech}} deep"\n---\n# Deep\n',
  'docs/nested/docset.yml': 'subs:\n  ech: "Other"\n',
  'docs/nested/page.md': '# N\n\n{{ech}}\n',
};

function edits(e: WorkspaceEdit | undefined): string[] {
  const out: string[] = [];
  for (const [uri, list] of Object.entries(e?.changes ?? {})) for (const t of list) out.push(`${uri.replace('file:///ws/', '')} ${r(t.range)} ${t.newText}`);
  return out.sort();
}

async function refused(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof RenameRefused, String(e));
    return e.message;
  }
  assert.fail('not refused');
}

test('rename from a use: the docset key and every use in the docset, in one edit; another docset untouched', async () => {
  const s = setup('# T\n\n{{ E‸CH }} and {{ech|lc}}\n', OTHERS);
  await s.ls.index.build();
  assert.deepEqual(await s.ls.prepareRename(s.doc, s.pos), { range: { start: { line: 2, character: 3 }, end: { line: 2, character: 6 } }, placeholder: 'ECH' });
  assert.deepEqual(edits(await s.ls.rename(s.doc, s.pos, 'hosted')), [
    'docs/docset.yml 2:2-2:5 hosted',
    'docs/other.md 2:15-2:18 hosted',
    'docs/other.md 2:2-2:5 hosted',
    'docs/page.md 2:16-2:19 hosted',
    'docs/page.md 2:3-2:6 hosted',
    'docs/sub/deep.md 1:21-1:24 hosted',
  ]);
});

test('rename a front matter key: its definition and the uses in its page only; a key with a dot', async () => {
  const s = setup('---\nsub:\n  local: "L"\n---\n# T\n\n{{lo‸cal}} {{LOCAL | uc}}\n', { 'docs/b.md': '---\nsub:\n  local: "B"\n---\n{{local}}\n' });
  await s.ls.index.build();
  assert.deepEqual(edits(await s.ls.rename(s.doc, s.pos, 'mine')), ['docs/page.md 2:2-2:7 mine', 'docs/page.md 6:12-6:17 mine', 'docs/page.md 6:2-6:7 mine']);
  assert.deepEqual(edits(await s.ls.rename(s.doc, s.find('local:'), 'mine')), ['docs/page.md 2:2-2:7 mine', 'docs/page.md 6:12-6:17 mine', 'docs/page.md 6:2-6:7 mine'], 'from the definition');
  const dotted = setup('# T\n\n{{my.do‸tted}}\n');
  assert.deepEqual(edits(await dotted.ls.rename(dotted.doc, dotted.pos, 'my.renamed')), ['docs/docset.yml 6:2-6:11 my.renamed', 'docs/page.md 2:2-2:11 my.renamed']);
});

test('rename from the docset.yml document; names YAML would not read back as strings are quoted', async () => {
  const s = setup('# T\n\n{{ech}}\n', OTHERS);
  await s.ls.index.build();
  const yml = { uri: DOCSET_URI, version: 1, text: DOCSET };
  const pos = new LineIndex(DOCSET).positionAt(DOCSET.indexOf('ech:') + 1);
  assert.deepEqual((await s.ls.prepareRename(yml, pos))?.placeholder, 'ech');
  const e = edits(await s.ls.rename(yml, pos, 'true'));
  assert.equal(e[0], 'docs/docset.yml 2:2-2:5 "true"');
  assert.equal(e.length, 5);
  assert.ok(e.includes('docs/page.md 2:2-2:5 true'));
});

test('rename: a change of case only is allowed', async () => {
  const s = setup('# T\n\n{{e‸ch}}\n');
  assert.deepEqual(edits(await s.ls.rename(s.doc, s.pos, 'ECH')), ['docs/docset.yml 2:2-2:5 ECH', 'docs/page.md 2:2-2:5 ECH']);
});

test('rename refused: built-in keys, undefined keys, names that exist, reserved or unreadable names', async () => {
  const s = setup('---\nsub:\n  local: "L"\n---\n# My page\n\n{{version.stack}} {{.kibana}} {{context.page_title}} {{nope}} {{ech}} {{local}}\n', { 'docs/b.md': '---\nsub:\n  taken: "B"\n---\n{{taken}}\n' });
  await s.ls.index.build();
  const at = (n: string) => s.find(n, 3);
  assert.equal(await refused(s.ls.prepareRename(s.doc, at('{{version'))), '{{version.stack}} is built into docs-builder (versions.yml): it cannot be renamed.');
  assert.equal(await refused(s.ls.rename(s.doc, at('{{.kibana'), 'x')), '{{.kibana}} is built into docs-builder (products.yml): it cannot be renamed.');
  assert.equal(await refused(s.ls.prepareRename(s.doc, at('{{context'))), '{{context.page_title}} is set by docs-builder from the page title: it cannot be renamed.');
  assert.equal(await refused(s.ls.prepareRename(s.doc, at('{{nope'))), '{{nope}} is not defined, so there is nothing to rename.');
  assert.equal(await refused(s.ls.rename(s.doc, at('{{ech'), 'ES')), '{{es}} already exists (docset.yml line 6): choose another name.');
  assert.equal(await refused(s.ls.rename(s.doc, at('{{ech'), 'local')), '{{local}} already exists (front matter line 3): choose another name.');
  assert.equal(await refused(s.ls.rename(s.doc, at('{{local'), 'ecloud')), '{{ecloud}} already exists (docset.yml line 4): choose another name.');
  assert.equal(await refused(s.ls.rename(s.doc, at('{{ech'), 'taken')), '{{taken}} is already defined in the front matter of b.md: choose another name.');
  assert.equal(await refused(s.ls.rename(s.doc, at('{{ech'), 'product.mine')), 'Keys starting with `version.`, `product.`, `.`, `context.` are reserved by docs-builder.');
  assert.equal(await refused(s.ls.rename(s.doc, at('{{ech'), 'two words')), '"two words" cannot be a substitution key: docs-builder reads a key up to the first space, tab, line break, `|` or `}`.');
  assert.equal(await s.ls.prepareRename(s.doc, s.find('# My')), undefined, 'not on a substitution: another area may answer');
  const shadow = setup('---\nsub:\n  e‸ch: "mine"\n---\n# T\n\n{{ech}}\n');
  assert.equal(await refused(shadow.ls.prepareRename(shadow.doc, shadow.pos)), 'This front matter key redeclares the global {{ech}}, which docs-builder keeps (and reports an error): rename the global key from one of its uses, or remove this one.');
});

test('rename: the single-character exception is not a substitution', async () => {
  const s = setup('# T\n\n[t](https://t/{{‸x}})\n');
  assert.equal(await s.ls.prepareRename(s.doc, s.pos), undefined);
});
