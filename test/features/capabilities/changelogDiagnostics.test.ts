import { test } from 'node:test';
import assert from 'node:assert/strict';
import { windowsService } from '../../helpers';
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

const bundle = (target: string) => `products:\n- product: elasticsearch\n  target: ${target}\nentries:\n- title: Feature in ${target}\n  type: feature\n`;
const versions = { 'docs/changelog/bundles/9.2.0.yaml': bundle('9.2.0'), 'docs/changelog/bundles/9.3.0.yaml': bundle('9.3.0') };

test('changelog.version-unmatched: a :version: no bundle of the folder matches (docs-builder ChangelogVersionFilterNoMatchTests)', async () => {
  assert.deepEqual(await run(':::{changelog}\n:version: 1.2.3\n:::\n', versions), ["changelog.version-unmatched warning 3:10-3:15 No changelog bundle matches :version: '1.2.3'."]);
  // The version is the first product's target; a file name (with or without its extension) matches too.
  assert.deepEqual(await run(':::{changelog}\n:version: 9.3.0.yaml\n:::\n', { 'docs/changelog/bundles/x.yaml': bundle('9.3.0') }), [
    "changelog.version-unmatched warning 3:10-3:20 No changelog bundle matches :version: '9.3.0.yaml'.",
  ]);
  // An amend file merged into its bundle is no bundle of its own; YAML that is no bundle is skipped.
  assert.deepEqual(await run(':::{changelog}\n:version: 9.3.0.amend-1\n:::\n', {
    ...versions, 'docs/changelog/bundles/9.3.0.amend-1.yaml': 'entries: []\n', 'docs/changelog/bundles/broken.yml': 'products: [\n',
  }), ["changelog.version-unmatched warning 3:10-3:23 No changelog bundle matches :version: '9.3.0.amend-1'."]);
});

test('changelog :version: silent: a matching target, file name or stem (any case), a standalone amend file, :cdn: (docs-builder ChangelogVersionFilterTests, ChangelogCdnVersionFilterTests)', async () => {
  assert.deepEqual(await run(':::{changelog}\n:version: 9.3.0\n:::\n', versions), []);
  assert.deepEqual(await run(':::{changelog}\n:version: NEXT\n:::\n', { 'docs/changelog/bundles/next.yaml': 'products: []\n' }), []);
  assert.deepEqual(await run(':::{changelog}\n:version: 9.10\n:::\n', { 'docs/changelog/bundles/a.yaml': bundle('9.10') }), []);
  assert.deepEqual(await run(':::{changelog}\n:version: 9.4.0.amend-1.yaml\n:::\n', { ...versions, 'docs/changelog/bundles/9.4.0.amend-1.yaml': 'entries: []\n' }), []);
  // Only YAML that is no bundle: nothing loaded, nothing to match against.
  assert.deepEqual(await run(':::{changelog}\n:version: 1.0.0\n:::\n', { 'docs/changelog/bundles/empty.yaml': '' }), []);
  const declared = `${DOCSET}release_notes:\n  - product: elasticsearch\n`;
  assert.deepEqual(await run(':::{changelog}\n:cdn: elasticsearch\n:version: 1.2.3\n:::\n', {}, declared), []);
});

test('changelog.config-outside: a :config: path that leaves the git checkout (the docset folder or its parent, whichever holds .git), else the docset folder', async () => {
  const git = { 'docs/.git/HEAD': 'ref\n' };
  assert.deepEqual(await run(':::{changelog}\n:config: ../changelog.yml\n:::\n', { ...bundles, ...git, 'changelog.yml': 'x: 1\n' }), [
    'changelog.config-outside error 3:9-3:25 Changelog config path must resolve within the documentation directory.',
  ]);
  // No .git at all: the docset folder is the boundary.
  assert.deepEqual(await run(':::{changelog}\n:config: ../changelog.yml\n:::\n', { ...bundles, 'changelog.yml': 'x: 1\n' }), [
    'changelog.config-outside error 3:9-3:25 Changelog config path must resolve within the documentation directory.',
  ]);
  // The checkout in the parent folder (a `.git` file, as in a worktree): beyond it is outside.
  assert.deepEqual(await run(':::{changelog}\n:config: ../../changelog.yml\n:::\n', { ...bundles, '.git': 'gitdir: x\n' }), [
    'changelog.config-outside error 3:9-3:28 Changelog config path must resolve within the documentation directory.',
  ]);
});

test('changelog :config: silent: inside the checkout of the parent folder (docs-builder ChangelogConfigTests)', async () => {
  assert.deepEqual(await run(':::{changelog}\n:config: ../changelog.yml\n:::\n', { ...bundles, '.git/HEAD': 'ref\n', 'changelog.yml': 'x: 1\n' }), []);
  assert.deepEqual(await run(':::{changelog}\n:config: /changelog.yml\n:::\n', { ...bundles, 'docs/changelog.yml': 'x: 1\n' }), []);
  // Inside the checkout but not there: only missing.
  assert.deepEqual(await run(':::{changelog}\n:config: ../other.yml\n:::\n', { ...bundles, '.git/HEAD': 'ref\n' }), [
    "changelog.config-missing warning 3:9-3:21 Specified changelog config path '../other.yml' not found.",
  ]);
});

test('changelog.bundles-absolute / changelog.config-absolute: never on Linux and macOS (docs-builder trims `/`, and `\\` for :config:); on Windows a drive, or `\\` for the bundles folder', async () => {
  const block = ':::{changelog} C:\\bundles\n:config: D:\\changelog.yml\n:::\n';
  assert.deepEqual(await run(block), [
    'changelog.bundles-missing error 2:15-2:25 Changelog bundles folder `C:\\bundles` does not exist.',
    "changelog.config-missing warning 3:9-3:25 Specified changelog config path 'D:\\changelog.yml' not found.",
  ]);
  const onWindows = async (text: string) => {
    const { ls, uri } = windowsService({ 'docs/docset.yml': DOCSET, ...bundles });
    const ds = await ls.diagnostics({ uri: uri('docs/page.md'), version: 1, text: `# T\n\n${text}` });
    return show(ds, 'changelog.');
  };
  assert.deepEqual(await onWindows(block), [
    'changelog.bundles-absolute error 2:15-2:25 Changelog bundles path must not be an absolute path.',
    'changelog.config-absolute error 3:9-3:25 Changelog config path must not be an absolute path.',
  ]);
  // `\x` is absolute for the bundles folder only: :config: trims backslashes as well.
  assert.deepEqual(await onWindows(':::{changelog} \\bundles\n:config: \\changelog.yml\n:::\n'), [
    'changelog.bundles-absolute error 2:15-2:23 Changelog bundles path must not be an absolute path.',
    "changelog.config-missing warning 3:9-3:23 Specified changelog config path '\\changelog.yml' not found.",
  ]);
});

