import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, DOCSET, show } from './helpers';

const bundles = { 'docs/changelog/bundles/9.3.0.yaml': 'products: []\n' };
const run = async (block: string, files: Record<string, string> = bundles, docset = DOCSET) => {
  const ds = await diagnostics(`# T\n\n${block}`, { 'docs/docset.yml': docset, ...files });
  return [...show(ds, 'changelog.'), ...show(ds, 'directive.')];
};

test('changelog.bundles-missing / -empty / -outside: the bundles folder, from the docset root', async () => {
  assert.deepEqual(await run(':::{changelog}\n:::\n', {}), ['changelog.bundles-missing error 2:0-2:14 Changelog bundles folder `changelog/bundles` does not exist.']);
  assert.deepEqual(await run(':::{changelog} /releases\n:::\n', { 'docs/releases/README.md': '# R\n' }), ['changelog.bundles-empty error 2:15-2:24 Changelog bundles folder `releases` contains no YAML files.']);
  assert.deepEqual(await run(':::{changelog} ../../elsewhere\n:::\n'), ['changelog.bundles-outside error 2:15-2:30 Changelog bundles path must resolve within the documentation source directory.']);
});

test('changelog option rules: deprecated :product:, visibility values, :config: and :cdn:', async () => {
  const block = ':::{changelog}\n:product: kibana\n:link-visibility: show\n:description-visibility: none\n:config: changelog.yml\n:::\n';
  assert.deepEqual(await run(block), [
    'changelog.config-missing warning 6:9-6:22 Specified changelog config path \'changelog.yml\' not found.',
    'directive.option-deprecated warning 3:1-3:16 The :product: option is deprecated and has no effect. The directive does not apply rules.publish. Move type/area filtering to rules.bundle so it applies at bundle time.',
    "directive.option-value warning 4:18-4:22 Invalid :link-visibility: value 'show'. Valid values are: auto, keep-links, hide-links. Using auto.",
    "directive.option-value warning 5:25-5:29 Invalid :description-visibility: value 'none'. Valid values are: auto, keep-descriptions, keep-highlight-descriptions, hide-descriptions. Using auto.",
  ]);
  assert.deepEqual(await run(':::{changelog}\n:cdn: elastic search\n:::\n'), ["directive.option-value error 3:6-3:20 Invalid :cdn: product 'elastic search'. Product names must match [a-zA-Z0-9_-]+."]);
  assert.deepEqual(await run(':::{changelog} bundles\n:cdn: elasticsearch\n:::\n'), [
    "changelog.cdn-undeclared error 3:6-3:19 The :cdn: product 'elasticsearch' is not declared in docset.yml. Add it under 'release_notes:', for example:\n  release_notes:\n    - product: elasticsearch",
    'directive.argument-ignored warning 2:15-2:22 The bundles folder argument is ignored when :cdn: is set; bundles are sourced from the CDN.',
  ]);
});

test('silent: bundles present, declared :cdn: products, valueless :cdn:, valid options', async () => {
  assert.deepEqual(await run(':::{changelog}\n:type: all\n:link-visibility: keep-links\n:description-visibility: hide-descriptions\n:::\n'), []);
  assert.deepEqual(await run(':::{changelog}\n:config: changelog.yml\n:::\n', { ...bundles, 'docs/changelog.yml': 'x: 1\n' }), []);
  const declared = `${DOCSET}release_notes:\n  - product: elasticsearch\n`;
  assert.deepEqual(await run(':::{changelog}\n:cdn: elasticsearch\n:::\n', {}, declared), []);
  assert.deepEqual(await run(':::{changelog}\n:cdn:\n:::\n', {}), []);
});
