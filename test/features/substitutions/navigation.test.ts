import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver-types';
import { LineIndex } from '../../../server/src/model/lines';
import { r } from '../../helpers';
import { DOCSET, DOCSET_URI, setup } from './util';

const OTHERS = {
  'docs/other.md': '# Other\n\n{{ech}} and {{ Ech | lc }}\n',
  'docs/sub/deep.md': '---\nnavigation_title: "{{ech}} deep"\n---\n# Deep\n\n[x](https://e.co/{{ech}})\n',
  'docs/_snippets/snip.md': '{{ech}}\n',
  'docs/unrelated.md': '# U\n\n{{es}}\n',
  // A separate docset: its {{ech}} is another key.
  'docs/nested/docset.yml': 'subs:\n  ech: "Other"\n',
  'docs/nested/page.md': '# N\n\n{{ech}}\n',
};

const locs = (ls: Location[]) => ls.map((l) => `${l.uri.replace('file:///ws/', '')} ${r(l.range)}`);

test('definition: a use goes to the docset key (any case, spaces, in every context); front matter keys to the page', async () => {
  const s = setup('---\nsub:\n  local: "L"\n  ech: "shadow"\n---\n# T\n\n{{ ECH‸ }} {{local}} {{version.stack}} {{my.dotted}}\n[a](https://e.co/{{ech}}) `{{ech}}`\n');
  assert.deepEqual(locs(await s.ls.definition(s.doc, s.pos)), ['docs/docset.yml 2:2-2:5'], 'global wins over the page redeclaring it');
  assert.deepEqual(locs(await s.ls.definition(s.doc, s.find('{{local', 3))), ['docs/page.md 2:2-2:7']);
  assert.deepEqual(locs(await s.ls.definition(s.doc, s.find('{{version', 3))), [], 'built-in: nowhere to go');
  assert.deepEqual(locs(await s.ls.definition(s.doc, s.find('{{my.dotted', 5))), ['docs/docset.yml 6:2-6:11']);
  assert.deepEqual(locs(await s.ls.definition(s.doc, s.find('{{ech}})', 3))), ['docs/docset.yml 2:2-2:5'], 'in a link URL');
  assert.deepEqual(locs(await s.ls.definition(s.doc, s.find('`{{ech', 3))), [], 'not in inline code');
});

test('definition from a front matter value, a directive title and subs=true code', async () => {
  const s = setup('---\nnavigation_title: "{{ecloud}}"\n---\n# T\n\n:::{note} {{ecloud}}\nx\n:::\n\n```sh subs=true\n{{ecloud}}\n```\n');
  for (let n = 0; n < 3; n++) assert.deepEqual(locs(await s.ls.definition(s.doc, s.find('{{ecloud', 3, n))), ['docs/docset.yml 3:2-3:8'], `use ${n}`);
});

test('references: every use across the docset (other pages, snippets, front matter, URLs), not another docset', async () => {
  const s = setup('# T\n\n{{e‸ch}} twice: {{ech|lc}}\n', OTHERS);
  await s.ls.index.build();
  assert.deepEqual(locs(await s.ls.references(s.doc, s.pos, true)), [
    'docs/docset.yml 2:2-2:5',
    'docs/page.md 2:2-2:5',
    'docs/page.md 2:17-2:20',
    'docs/_snippets/snip.md 0:2-0:5',
    'docs/other.md 2:2-2:5',
    'docs/other.md 2:15-2:18',
    'docs/sub/deep.md 1:21-1:24',
    'docs/sub/deep.md 5:19-5:22',
  ]);
  assert.equal((await s.ls.references(s.doc, s.pos, false)).length, 7, 'without the declaration');
});

test('references of a front matter key stay in its page; of a built-in key span the docset', async () => {
  const s = setup('---\nsub:\n  local: "L"\n---\n# T\n\n{{local}} {{version.stack}}\n', { 'docs/b.md': '{{local}} {{version.stack | M}}\n' });
  await s.ls.index.build();
  assert.deepEqual(locs(await s.ls.references(s.doc, s.find('local', 1), true)), ['docs/page.md 2:2-2:7', 'docs/page.md 6:2-6:7']);
  assert.deepEqual(locs(await s.ls.references(s.doc, s.find('{{local', 3), false)), ['docs/page.md 6:2-6:7']);
  assert.deepEqual(locs(await s.ls.references(s.doc, s.find('{{version', 3), true)), ['docs/page.md 6:12-6:25', 'docs/b.md 0:12-0:25']);
});

test('references and definition from the docset.yml document itself', async () => {
  const s = setup('# T\n\n{{ech}}\n', OTHERS);
  await s.ls.index.build();
  const yml = { uri: DOCSET_URI, version: 1, text: DOCSET };
  const pos = new LineIndex(DOCSET).positionAt(DOCSET.indexOf('ech:') + 1);
  const refs = locs(await s.ls.references(yml, pos, true));
  assert.deepEqual(refs.slice(0, 2), ['docs/docset.yml 2:2-2:5', 'docs/_snippets/snip.md 0:2-0:5']);
  assert.equal(refs.length, 7);
  assert.ok(refs.includes('docs/page.md 2:2-2:5'));
  assert.deepEqual(locs(await s.ls.definition(yml, pos)), ['docs/docset.yml 2:2-2:5']);
  const unused = new LineIndex(DOCSET).positionAt(DOCSET.indexOf('hello:'));
  assert.deepEqual(locs(await s.ls.references(yml, unused, false)), []);
  assert.deepEqual(await s.ls.references(yml, { line: 0, character: 2 }, true), [], 'not on a key');
});

test('document highlights: the key in this page, its front matter definition as a write', async () => {
  const s = setup('---\nsub:\n  local: "L"\n---\n# T\n\n{{lo‸cal}} {{ech}} {{ LOCAL | uc }}\n');
  const hl = await s.ls.documentHighlights(s.doc, s.pos);
  assert.deepEqual(hl.map((h) => `${r(h.range)} ${h.kind}`), ['2:2-2:7 3', '6:2-6:7 2', '6:21-6:26 2']);
  assert.deepEqual(await s.ls.documentHighlights(s.doc, s.find('# T')), []);
});
