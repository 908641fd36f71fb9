import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { r } from '../../helpers';
import { setup } from './util';

async function complete(text: string, trigger?: string) {
  const s = setup(text);
  const items = await s.ls.completion(s.doc, s.pos, { triggerCharacter: trigger });
  return items;
}

const edit = (i: CompletionItem | undefined) => {
  const e = i?.textEdit as TextEdit | undefined;
  return e ? `${r(e.range)} ${e.newText}` : undefined;
};
const byLabel = (items: CompletionItem[], label: string) => items.find((i) => i.label === label);
const doc = (i: CompletionItem | undefined) => (i?.documentation as { value: string } | undefined)?.value;

test('completion after {{: every key in scope, value as detail, origin as documentation, closing braces added', async () => {
  const items = await complete('---\nsub:\n  local: "Mine"\n---\n# T\n\nUse {{‸\n', '{');
  const ech = byLabel(items, 'ech');
  assert.equal(ech?.detail, 'Elastic Cloud Hosted');
  assert.equal(doc(ech), 'Defined in [`docset.yml`](file:///ws/docs/docset.yml#L3), line 3.');
  assert.equal(edit(ech), '6:6-6:6 ech}}');
  assert.equal(byLabel(items, 'Stack-Version')?.detail, '9.1.3', 'docset keys keep their case');
  assert.equal(doc(byLabel(items, 'local')), "Defined in this page's front matter (`sub:`), line 3.");
  assert.ok(byLabel(items, 'version.stack'), 'built-in versions');
  assert.ok(byLabel(items, 'product.kibana'), 'built-in products');
  assert.equal(byLabel(items, 'context.page_title')?.detail, 'T');
  assert.equal(byLabel(items, '.kibana'), undefined, 'the .id alias only once the author types a dot');
  // Page and docset keys sort before built-ins.
  const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  assert.deepEqual(sorted.slice(0, 3).map((i) => i.label), ['local', 'agent', 'ech']);
});

test('completion filters on what is typed and replaces it; no }} added when the use is already closed', async () => {
  const items = await complete('# T\n\n{{ eclo‸\n');
  assert.deepEqual(items.map((i) => i.label), ['ecloud']);
  assert.equal(edit(items[0]), '2:3-2:7 ecloud}}');
  const inside = await complete('# T\n\n{{ec‸h}} and more\n');
  assert.deepEqual(inside.map((i) => i.label).filter((l) => l === 'ech' || l === 'ecloud'), ['ech', 'ecloud']);
  assert.equal(edit(byLabel(inside, 'ecloud')), '2:2-2:5 ecloud');
  const piped = await complete('# T\n\n{{e‸ | lc}}\n');
  assert.equal(edit(byLabel(piped, 'es')), '2:2-2:3 es');
  const dotted = await complete('# T\n\n{{.kib‸\n');
  assert.ok(byLabel(dotted, '.kibana'), 'aliases once a dot is typed');
  const dots = await complete('# T\n\n{{my.d‸\n', '.');
  assert.deepEqual(dots.map((i) => i.label), ['my.dotted']);
});

test('completion after |: the mutations, with what each does to this value', async () => {
  const items = await complete('# T\n\n{{stack-version | ‸\n', '|');
  assert.equal(items[0].label, 'M', 'version operators first for a version');
  assert.equal(byLabel(items, 'M.M')?.detail, '9.1.3 → 9.1');
  assert.equal(byLabel(items, 'M+1')?.detail, '9.1.3 → 10.0.0');
  assert.equal(edit(byLabel(items, 'M.M')), '2:18-2:18 M.M}}');
  assert.match(doc(byLabel(items, 'trim')) ?? '', /trims the end only/);
  const chained = await complete('# T\n\n{{stack-version | M+1 | M‸}}\n');
  assert.equal(byLabel(chained, 'M.M')?.detail, '10.0.0 → 10.0', 'after the earlier mutations');
  assert.equal(edit(byLabel(chained, 'M.M')), '2:24-2:25 M.M');
  const text = await complete('# T\n\n{{ech |‸\n', '|');
  assert.equal(text[0].label, 'lc', 'text operators first for text');
  assert.equal(byLabel(text, 'kc')?.detail, 'Elastic Cloud Hosted → elastic-cloud-hosted');
  assert.equal(byLabel(text, 'M')?.detail, 'Elastic Cloud Hosted (unchanged: not a version)');
  const undef = await complete('# T\n\n{{nope | ‸\n');
  assert.equal(byLabel(undef, 'lc')?.detail, undefined);
});

test('completion in front matter values, link targets, directive titles, subs=true code and {subs} roles', async () => {
  for (const t of [
    '---\nnavigation_title: "{{ec‸"\n---\n# T\n',
    '# T\n\n[x](https://e.co/{{ec‸\n',
    '# T\n\n:::{note} About {{ec‸\nbody\n:::\n',
    '# T\n\n```sh subs=true\n{{ec‸\n```\n',
    '# T\n\n{subs}`{{ec‸}}`\n',
    '# T\n\n% {{ec‸\n',
  ]) assert.ok(byLabel(await complete(t), 'ech'), t);
});

test('no completion where docs-builder does not substitute, or outside {{', async () => {
  for (const t of [
    '# T\n\n```sh\n{{ec‸\n```\n',
    '# T\n\n`{{ec‸}}`\n',
    '# T\n\n<!-- {{ec‸ -->\n',
    '# T\n\n{ec‸\n',
    '# T\n\n{{{ec‸\n',
    '# T\n\n{{ech}} ec‸\n',
    '# T\n\n{{ech ‸\n',
  ]) assert.equal(byLabel(await complete(t), 'ech'), undefined, t);
  assert.equal(byLabel(await complete('# T\n\n`{{ech | ‸}}`\n'), 'lc'), undefined);
});
