import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { editDistance } from '../../../server/src/features/substitutions/codeActions';
import { LineIndex } from '../../../server/src/model/lines';
import { setup } from './util';

function apply(text: string, edits: TextEdit[]): string {
  const L = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => L.offsetAt(b.range.start) - L.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, L.offsetAt(e.range.start)) + e.newText + out.slice(L.offsetAt(e.range.end));
  return out;
}

async function actions(text: string, code: string, config = {}) {
  const s = setup(text, {}, config);
  const ds = (await s.ls.diagnostics(s.doc)).filter((d) => d.code === code);
  assert.ok(ds.length > 0, `no ${code} diagnostic`);
  const list = await s.ls.codeActions(s.doc, ds[0].range, ds.map((d) => ({ code: d.code, range: d.range, data: d.data, message: d.message })));
  const result = (a: CodeAction | undefined) => (a ? apply(s.doc.text, a.edit?.changes?.[s.doc.uri] ?? []) : undefined);
  return { list, titles: list.map((a) => `${a.kind} ${a.title}${a.isPreferred ? ' (preferred)' : ''}`), result, byTitle: (t: string) => result(list.find((a) => a.title === t)) };
}

test('edit distance counts a swap of two neighbours as one edit', () => {
  assert.equal(editDistance('ecluod', 'ecloud'), 1);
  assert.equal(editDistance('ech', 'ecg'), 1);
  assert.equal(editDistance('kitten', 'sitting'), 3);
});

test('sub.undefined: "Did you mean" close keys (nearest first), and "Define in front matter"', async () => {
  const a = await actions('# T\n\n{{ecluod}} here\n', 'sub.undefined');
  assert.deepEqual(a.titles, ['quickfix Did you mean `{{ecloud}}`? (preferred)', 'quickfix Define `ecluod` in front matter']);
  assert.equal(a.byTitle('Did you mean `{{ecloud}}`?'), '# T\n\n{{ecloud}} here\n');
  assert.equal(a.byTitle('Define `ecluod` in front matter'), '---\nsub:\n  ecluod: ""\n---\n\n# T\n\n{{ecluod}} here\n');
  const mixed = await actions('# T\n\n{{ Stack-Versoin | M.M }}\n', 'sub.undefined');
  assert.equal(mixed.byTitle('Did you mean `{{Stack-Version}}`?'), '# T\n\n{{ Stack-Version | M.M }}\n');
  const far = await actions('# T\n\n{{zzzz}}\n', 'sub.undefined');
  assert.deepEqual(far.titles, ['quickfix Define `zzzz` in front matter']);
});

test('Define in front matter: into an existing sub: map, an empty sub:, a flow map, or a new sub: key', async () => {
  const define = async (text: string) => (await actions(text, 'sub.undefined')).byTitle('Define `nope` in front matter');
  assert.equal(await define('---\ntitle: T\nsub:\n    a: "1"\n    b: "2"\nother: x\n---\n{{nope}}\n'), '---\ntitle: T\nsub:\n    a: "1"\n    b: "2"\n    nope: ""\nother: x\n---\n{{nope}}\n');
  assert.equal(await define('---\nsub:\ntitle: T\n---\n{{nope}}\n'), '---\nsub:\n  nope: ""\ntitle: T\n---\n{{nope}}\n');
  assert.equal(await define('---\nsub: {a: "1"}\n---\n{{nope}}\n'), '---\nsub: {a: "1", nope: ""}\n---\n{{nope}}\n');
  assert.equal(await define('---\nsub: {}\n---\n{{nope}}\n'), '---\nsub: {nope: ""}\n---\n{{nope}}\n');
  assert.equal(await define('---\ntitle: T\n---\n{{nope}}\n'), '---\ntitle: T\nsub:\n  nope: ""\n---\n{{nope}}\n');
  assert.equal(await define('---\ntitle: T\r\n---\r\n{{nope}}\r\n'), '---\ntitle: T\r\nsub:\r\n  nope: ""\r\n---\r\n{{nope}}\r\n');
});

test('sub.literal: replace the literal with {{key}}, the preferred key first', async () => {
  const a = await actions('# T\n\nDeploy on Elastic Cloud Hosted today.\n', 'sub.literal', { suggestSubstitutions: true });
  assert.deepEqual(a.titles, ['quickfix Replace with `{{ech}}` (preferred)', 'quickfix Replace with `{{product.cloud-hosted}}`', 'quickfix Replace with `{{product.ess}}`']);
  assert.equal(a.result(a.list[0]), '# T\n\nDeploy on {{ech}} today.\n');
});

test('a selection equal to a value offers the replacement whatever the setting; not in code', async () => {
  const s = setup('# T\n\nUse Elastic Cloud and `Elastic Cloud`.\n');
  const sel = (n: number) => ({ start: s.find('Elastic Cloud', 0, n), end: s.find('Elastic Cloud', 13, n) });
  const list = await s.ls.codeActions(s.doc, sel(0), []);
  assert.deepEqual(list.map((a) => `${a.kind} ${a.title}`), ['refactor.rewrite Replace with `{{ecloud}}`']);
  assert.equal(apply(s.doc.text, list[0].edit?.changes?.[s.doc.uri] ?? []), '# T\n\nUse {{ecloud}} and `Elastic Cloud`.\n');
  assert.deepEqual(await s.ls.codeActions(s.doc, sel(1), []), []);
  assert.deepEqual(await s.ls.codeActions(s.doc, { start: s.find('Use'), end: s.find('Use', 3) }, []), []);
});
