import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, show, DOCSET } from './helpers';
import { sharedFile } from '../../helpers';

const LIFECYCLES = 'Valid lifecycles are: ga, preview, tech-preview, experimental, beta, deprecated, removed.';

test('applies_to in front matter: unknown lifecycle, version on an unversioned key, unknown key, ess with ech', async () => {
  const text = '---\napplies_to:\n  stack: alpha 9.1\n  ess: ga 9.0\n  ech: ga\n  bogus: ga\n---\n# T\n';
  assert.deepEqual(show(await diagnostics(text), 'applies.'), [
    `applies.unknown-lifecycle error 2:9-2:14 Unknown product lifecycle: 'alpha'. ${LIFECYCLES}`,
    "applies.ess-and-ech warning 3:2-3:5 Both 'ess' and 'ech' are defined. Move 'ess' content into 'ech' to avoid information loss.",
    "applies.unversioned error 3:10-3:13 Can't specify a version for 'ess' because this product is not versioned. Remove the version, or use 'stack:' for version-specific requirements.",
    'applies.unknown-key warning 5:2-5:7 Applies block does not support the following keys: bogus',
  ]);
});

test('applies_to: an empty front-matter value; the seed page is clean', async () => {
  assert.deepEqual(show(await diagnostics('---\napplies_to:\n---\n# T\n'), 'applies.'), [
    "applies.empty warning 1:0-1:10 The 'applies_to' field is present but empty. No applicability will be assumed.",
  ]);
  assert.deepEqual(show(await diagnostics(sharedFile('samples/security.md'), { 'docs/docset.yml': DOCSET }), 'applies.'), []);
});

test('applies_to blocks, roles, {applies-item} arguments: docs-builder messages at the offending text', async () => {
  const text = [
    '# T', '',
    '```{applies_to}', 'serverless: ga 9.1', '```', '',
    'Text {applies_to}`stack: bogus` and {applies_to}`stack: [` and {preview}`9.1` and {applies_to}`stack: ga 9.1`.', '',
    '::::{applies-switch}', ':::{applies-item} stack: nope', 'x', ':::', ':::{applies-item} {', 'y', ':::', '::::', '',
  ].join('\n');
  assert.deepEqual(show(await diagnostics(text), 'applies.'), [
    "applies.unversioned error 3:15-3:18 Can't specify a version for 'serverless' because this product is not versioned. Remove the version, or use 'stack:' for version-specific requirements.",
    `applies.unknown-lifecycle error 6:25-6:30 Unknown product lifecycle: 'bogus'. ${LIFECYCLES}`,
    'applies.yaml error 6:49-6:57 Unable to parse applies_to role: {applies_to}stack: [',
    `applies.unknown-lifecycle error 9:25-9:29 Unknown product lifecycle: 'nope'. ${LIFECYCLES}`,
    'applies.yaml error 12:18-12:19 Unable to parse applies_to definition: {',
  ]);
});

test('applies_to options: checked, but errors are warnings (docs-builder drops the badge silently)', async () => {
  const text = '# T\n\n:::{note}\n:applies_to: stack: nope\nBody\n:::\n\n:::{dropdown} Title\n:applies_to: ess: ga\nBody\n:::\n';
  assert.deepEqual(show(await diagnostics(text), 'applies.'), [
    `applies.unknown-lifecycle warning 3:20-3:24 Unknown product lifecycle: 'nope'. ${LIFECYCLES}`,
  ]);
});

test('applies.in-heading: an inline applies_to role in a heading', async () => {
  const ds = await diagnostics('# T\n\n## Setup {applies_to}`stack: ga`\n\nText {applies_to}`stack: ga`\n');
  assert.deepEqual(show(ds, 'applies.'), [
    "applies.in-heading warning 2:9-2:32 Do not use inline 'applies_to' annotations with headings. Use a section 'applies_to' annotation instead.",
  ]);
});

test('applies_to: the same definition written twice is reported at each place, and a page read again reports the same', async () => {
  const text = ['# T', '', 'A {applies_to}`stack: bogus` here.', '', 'B {applies_to}`stack: bogus` and {preview}`x.y`.', '', '```{applies_to}', 'stack: bogus', '```', ''].join('\n');
  const want = [
    `applies.unknown-lifecycle error 2:22-2:27 Unknown product lifecycle: 'bogus'. ${LIFECYCLES}`,
    `applies.unknown-lifecycle error 4:22-4:27 Unknown product lifecycle: 'bogus'. ${LIFECYCLES}`,
    `applies.unknown-lifecycle error 7:7-7:12 Unknown product lifecycle: 'bogus'. ${LIFECYCLES}`,
  ];
  assert.deepEqual(show(await diagnostics(text), 'applies.unknown-lifecycle'), want);
  // Moved down two lines: the same texts, found again, sit at their new places.
  assert.deepEqual(show(await diagnostics(`\n\n${text}`), 'applies.unknown-lifecycle'), want.map((w) => w.replace(/ (\d+):(\d+)-(\d+):/, (_, a, b, c) => ` ${+a + 2}:${b}-${+c + 2}:`)));
});
