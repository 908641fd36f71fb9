import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, inserted } from './helpers';

test('role names after a single {, inserted with their backticks', async () => {
  const items = await complete('# T\n\nPress {‸\n');
  assert.deepEqual(items.map((i) => i.label), ['{applies_to}', '{preview}', '{icon}', '{kbd}', '{math}', '{subs}']);
  assert.equal(inserted(items[3]), '{kbd}`$1`');
  assert.deepEqual((await complete('# T\n\nPress {{‸\n')).filter((i) => i.label === '{kbd}'), []);
  assert.deepEqual((await complete('# T\n\n```\n{‸\n```\n')).filter((i) => i.label === '{kbd}'), []);
});

test('{icon} names and {kbd} keys', async () => {
  const icons = await complete('# T\n\nSee {icon}`che‸');
  assert.ok(icons.some((i) => i.label === 'check'));
  assert.equal(icons.find((i) => i.label === 'check')?.textEdit && 'range' in icons[0].textEdit! ? icons[0].textEdit.range.start.character : -1, 11);
  const keys = await complete('# T\n\nPress {kbd}`ctrl+sh‸`\n');
  const shift = keys.find((i) => i.label === 'shift');
  assert.equal(shift?.detail, '⇧ Shift');
  assert.equal(shift?.textEdit && 'range' in shift.textEdit ? shift.textEdit.range.start.character : -1, 17);
});
