import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, inserted } from './helpers';
import { r } from '../../helpers';

async function snippet(marked: string, name: string): Promise<string | undefined> {
  const item = (await complete(marked)).find((i) => i.label === name);
  return item && inserted(item);
}

test('directive names after :::{ — every content directive, no backtick-only literal blocks', async () => {
  const items = await complete('# T\n\n:::{‸\n');
  const names = items.map((i) => i.label);
  for (const n of ['note', 'tab-set', 'tab-item', 'image', 'applies-switch', 'stepper', 'button', 'table', 'changelog', 'agent-skill', 'hero']) assert.ok(names.includes(n), n);
  assert.ok(!names.includes('applies_to') && !names.includes('code'));
  assert.equal(items.find((i) => i.label === 'note')?.filterText, ':::{note');
  assert.equal(r((items[0].textEdit as { range: import('vscode-languageserver-types').Range }).range), '2:0-2:4');
  assert.ok((await complete('# T\n\n```{‸\n')).some((i) => i.label === 'applies_to'));
});

test('snippets close with the fence they open with; arguments and required options are placeholders', async () => {
  assert.equal(await snippet('# T\n\n:::{‸\n', 'note'), ':::{note}\n$0\n:::');
  assert.equal(await snippet('# T\n\n:::{‸\n', 'image'), ':::{image} ${1:path/to/image.png}\n$0\n:::');
  assert.equal(await snippet('# T\n\n:::{‸\n', 'agent-skill'), ':::{agent-skill}\n:url: ${1}\n$0\n:::');
  assert.equal(await snippet('# T\n\n:::{‸\n', 'include'), ':::{include} ${1:/_snippets/snippet.md}\n:::');
  assert.equal(await snippet('# T\n\n:::{‸\n', 'button'), ':::{button}\n[${1:Label}](${2:url})\n:::');
});

test('containers open with a first child and one colon more than it', async () => {
  assert.equal(await snippet('# T\n\n:::{‸\n', 'tab-set'), '::::{tab-set}\n:::{tab-item} ${1:Title}\n$0\n:::\n::::');
  assert.equal(await snippet('# T\n\n:::::{‸\n', 'stepper'), ':::::{stepper}\n::::{step} ${1:Title}\n$0\n::::\n:::::');
});

test('inside a colon directive, the new fence is one colon shorter than its parent', async () => {
  const inTabSet = '# T\n\n:::::{tab-set}\n:::{‸\n:::::\n';
  assert.equal(await snippet(inTabSet, 'tab-item'), '::::{tab-item} ${1:Title}\n$0\n::::');
  // An auto-closed brace after the cursor is replaced too.
  const items = await complete('# T\n\n::::{stepper}\n:::{‸}\n::::\n');
  const step = items.find((i) => i.label === 'step');
  assert.equal(step && inserted(step), ':::{step} ${1:Title}\n$0\n:::');
  assert.equal(r((step!.textEdit as { range: import('vscode-languageserver-types').Range }).range), '3:0-3:5');
});

test('options on a : line inside a directive, without those already set; closed sets as choices', async () => {
  const items = await complete('# T\n\n:::{button}\n:align: left\n:‸\n[x](y)\n:::\n');
  assert.deepEqual(items.map((i) => i.label), ['type']);
  assert.equal(inserted(items[0]), 'type: ${1|primary,secondary,neutral|}');
  const note = await complete('# T\n\n:::{note}\n:o‸\n:::\n');
  assert.deepEqual(note.map((i) => `${i.label}=${inserted(i)}`), ['name=name: ', 'open=open:', 'applies_to=applies_to: ']);
  assert.deepEqual(await complete('# T\n\n:o‸\n'), []);
});

test('values after :option: for closed sets', async () => {
  assert.deepEqual((await complete('# T\n\n:::{carousel}\n:max-height: s‸\n:::\n')).map((i) => i.label), ['none', 'small', 'medium']);
  assert.deepEqual(await complete('# T\n\n:::{image} a.png\n:alt: ‸\n:::\n'), []);
});
