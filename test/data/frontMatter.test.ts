import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DOCSET_KEYS,
  FRONT_MATTER_KEYS,
  PAGE_LAYOUTS,
  PRODUCT_IDS,
  getDocsetKey,
  getFrontMatterKey,
  getProduct,
} from '../../server/src/data/frontMatter';

test('page front-matter keys of spec §6.2', () => {
  assert.deepEqual(FRONT_MATTER_KEYS.map((k) => k.key), [
    'title', 'navigation_title', 'description', 'sub', 'layout', 'applies_to', 'mapped_pages', 'products', 'noindex', 'cta', 'listing',
  ]);
  assert.equal(getFrontMatterKey('title')?.deprecated, true);
  assert.deepEqual(getFrontMatterKey('layout')?.values, ['landing-page', 'not-found', 'archive', 'full-search', 'hub']);
  assert.equal(PAGE_LAYOUTS.includes('hub'), true);
  assert.equal(getFrontMatterKey('noindex')?.type, 'boolean');
  assert.deepEqual(getFrontMatterKey('products')?.itemKeys, ['id']);
  assert.equal(getFrontMatterKey('mapped_urls'), undefined);
  assert.equal(getFrontMatterKey('Title'), undefined);
});

test('docset.yml keys of spec §7.1', () => {
  const keys = DOCSET_KEYS.map((k) => k.key);
  assert.equal(new Set(keys).size, keys.length);
  for (const key of ['project', 'toc', 'subs', 'cross_links', 'exclude', 'features', 'max_toc_depth', 'dev_docs', 'suppress', 'products', 'registry', 'cta']) {
    assert.ok(getDocsetKey(key), key);
  }
  assert.deepEqual(getDocsetKey('suppress')?.values, ['DeepLinkingVirtualFile', 'FolderFileNameMismatch', 'AutolinkElasticCoDocs']);
  assert.equal(getDocsetKey('display_name')?.deprecated, true);
  assert.equal(getDocsetKey('max_toc_depth')?.type, 'integer');
  assert.equal(getDocsetKey('sub'), undefined);
});

test('product ids for products: - id:', () => {
  assert.equal(PRODUCT_IDS.includes('kibana'), true);
  assert.equal(PRODUCT_IDS.includes('edot-sdk'), true);
  assert.equal(new Set(PRODUCT_IDS).size, PRODUCT_IDS.length);
  assert.deepEqual(getProduct('apm-agent'), { id: 'apm-agent', display: 'APM Agent' });
  assert.equal(getProduct('cloud_hosted')?.display, 'Elastic Cloud Hosted');
  assert.equal(getProduct('Kibana'), undefined);
  assert.equal(getProduct('platform'), undefined);
});
