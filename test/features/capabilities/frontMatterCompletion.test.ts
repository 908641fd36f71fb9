import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, inserted } from './helpers';

test('front-matter keys at the start of a top-level line, without those already set', async () => {
  const items = await complete('---\nlayout: hub\n‸\n---\n# T\n');
  const labels = items.map((i) => i.label);
  assert.deepEqual(labels, ['title', 'navigation_title', 'description', 'sub', 'applies_to', 'mapped_pages', 'products', 'noindex', 'cta', 'listing']);
  assert.equal(inserted(items.find((i) => i.label === 'products')!), 'products:\n  - id: $0');
  assert.deepEqual(items.find((i) => i.label === 'title')?.tags, [1]);
});

test('values: layouts, noindex, product ids under products', async () => {
  assert.deepEqual((await complete('---\nlayout: l‸\n---\n# T\n')).map((i) => i.label), ['landing-page', 'not-found', 'archive', 'full-search', 'hub']);
  assert.deepEqual((await complete('---\nnoindex: ‸\n---\n# T\n')).map((i) => i.label), ['true', 'false']);
  const products = await complete('---\nproducts:\n  - id: ki‸\n---\n# T\n');
  const kibana = products.find((i) => i.label === 'kibana');
  assert.equal(kibana?.detail, 'Kibana');
  assert.ok(products.some((i) => i.label === 'apm-agent-java'));
  assert.deepEqual(await complete('---\ncta:\n  id: ‸\n---\n# T\n'), []);
});

test('nothing from front matter below it', async () => {
  assert.deepEqual((await complete('---\nlayout: hub\n---\n# T\n\nlay‸\n')).filter((i) => i.label === 'layout'), []);
});
