import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, inserted } from './helpers';

const labels = (items: { label: string }[]) => items.map((i) => i.label);

test('applies_to keys under front-matter applies_to, and nothing applies_to-ish elsewhere in front matter', async () => {
  const items = await complete('---\napplies_to:\n  ‸\n---\n# T\n');
  assert.deepEqual(labels(items).slice(0, 4), ['stack', 'deployment', 'serverless', 'product']);
  assert.equal(inserted(items[0]), 'stack: ');
  const sub = await complete('---\napplies_to:\n  deployment:\n    e‸\n---\n# T\n');
  assert.deepEqual(labels(sub), ['ece', 'eck', 'ess', 'ech', 'self']);
  assert.ok(!labels(await complete('---\nnavigation_title: ‸\n---\n# T\n')).includes('stack'));
});

test('lifecycles and versions in a role still being typed, a complete role and a block', async () => {
  const lifecycles = await complete('# T\n\nSome {applies_to}`stack: ‸');
  assert.deepEqual(labels(lifecycles), ['ga', 'preview', 'experimental', 'beta', 'deprecated', 'removed', 'unavailable']);
  const versions = await complete('# T\n\nSome {applies_to}`stack: ga 9.‸` text\n');
  assert.deepEqual(labels(versions).slice(0, 4), ['9.0', '=9.0', '9.1', '=9.1']);
  assert.equal(versions[0].textEdit && 'range' in versions[0].textEdit ? versions[0].textEdit.range.start.character : -1, 28);
  const block = await complete('# T\n\n```{applies_to}\nserverless:\n  ‸\n```\n');
  assert.deepEqual(labels(block), ['elasticsearch', 'observability', 'security', 'vectordb']);
  // Unversioned keys get no versions.
  assert.deepEqual(labels(await complete('# T\n\n{applies_to}`ess: ga ‸`\n')), []);
});

test('applies_to in :applies_to: options and {applies-item} arguments', async () => {
  assert.ok(labels(await complete('# T\n\n:::{note}\n:applies_to: st‸\n:::\n')).includes('stack'));
  assert.deepEqual(labels(await complete('# T\n\n::::{applies-switch}\n:::{applies-item} stack: ‸\n:::\n::::\n')).slice(0, 2), ['ga', 'preview']);
});
