import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r, service, sharedFile, uri } from '../helpers';
import type { DocDiagnostic } from '../../server/src/types';

const DOCSET = 'subs:\n  ech: "Elastic Cloud Hosted"\n  Stack-Version: "9.1.3"\n';

async function check(text: string, files: Record<string, string> = { 'docs/docset.yml': DOCSET }, config = {}): Promise<DocDiagnostic[]> {
  const { ls } = service({ ...files, 'docs/page.md': text }, config);
  return ls.diagnostics({ uri: uri('docs/page.md'), version: 1, text });
}

const codes = (ds: DocDiagnostic[], prefix = '') => ds.filter((d) => d.code.startsWith(prefix)).map((d) => `${d.code} ${d.severity} ${r(d.range)} ${d.message}`);

test('sub.undefined: error on the key; hint with a space; one-character keys ignored; case-insensitive lookups', async () => {
  const ds = await check('# T\n\n{{ECH}} {{ stack-version }} {{nope}} {{my key}} {{x}} {{y|lc}}\n');
  assert.deepEqual(codes(ds, 'sub.'), [
    'sub.undefined error 2:30-2:34 Substitution key {nope} is undefined',
    'sub.undefined hint 2:39-2:45 Substitution key {my key} is undefined',
    'sub.undefined error 2:56-2:57 Substitution key {y} is undefined',
  ]);
});

test('sub.undefined on a built-in key this extension\'s data does not hold (a product added to docs-builder since): a warning that says why', async () => {
  const ds = await check('# T\n\n{{product.elasticsearch}} {{product.fleet-server}} {{version.stack}} {{version.brand-new}} {{.fleet-server}}\n');
  assert.deepEqual(ds.filter((d) => d.code === 'sub.undefined').map((d) => `${d.data?.key} ${d.severity} ${d.message.replace(/^Substitution key \{[^}]+\} is undefined/, '')}`), [
    "product.fleet-server warning  (not in this extension's copy of docs-builder's products.yml, which may be older than docs-builder's: check the id)",
    "version.brand-new warning  (not in this extension's copy of docs-builder's versions.yml, which may be older than docs-builder's: check the id)",
    ".fleet-server warning  (not in this extension's copy of docs-builder's products.yml, which may be older than docs-builder's: check the id)",
  ]);
});

test('sub.undefined in comments is a hint (nothing renders there), and nothing in code or <!-- -->', async () => {
  const ds = await check('# T\n\n% {{incomment}}\n`{{code}}`\n<!-- {{html}} -->\n```\n{{fenced}}\n```\n');
  assert.deepEqual(ds.filter((d) => d.code === 'sub.undefined').map((d) => `${d.data?.key} ${d.severity}`), ['incomment hint']);
});

test('sub.shadowed: a front-matter key that exists globally (any case)', async () => {
  const ds = await check('---\nsub:\n  ECH: mine\n  local: ok\n---\n# T {{local}} {{ech}}\n');
  assert.deepEqual(codes(ds, 'sub.'), ['sub.shadowed error 2:2-2:5 {ech} can not be redeclared in front matter as its a global substitution']);
});

test('mutations: unknown, too many, and none checked on undefined keys', async () => {
  const ds = await check('# T\n\n{{stack-version | M.M | bogus}} {{ech|lc|lc|lc|lc|lc|lc|lc|lc|lc|lc}} {{nope|bogus}}\n');
  assert.deepEqual(codes(ds, 'sub.'), [
    "sub.mutation-unknown error 2:24-2:29 Mutation 'bogus' on {stack-version} is undefined",
    'sub.too-many-mutations error 2:38-2:67 Substitution key {ech} defines too many mutations, none will be applied',
    'sub.undefined error 2:72-2:76 Substitution key {nope} is undefined',
  ]);
});

test('directives: unclosed, fence nesting, unknown, unsupported, unknown option; valid nesting is clean', async () => {
  const clean = await check('# T\n\n::::{tab-set}\n:::{tab-item} A\nx\n:::\n::::\n\n:::{note}\n:name: n1\n:::\n');
  assert.deepEqual(codes(clean, 'directive.'), []);
  const ds = await check('# T\n\n:::{note}\n:bogus: 1\n:::{tip}\nx\n:::\n:::\n\n:::{foo}\n:::\n\n:::{sidebar}\n:::\n\n:::{warning}\nnever closed\n');
  assert.deepEqual(ds.filter((d) => d.code.startsWith('directive.')).map((d) => `${d.code} ${r(d.range)}`), [
    'directive.option-unknown 3:1-3:6',
    'directive.fence-nesting 4:0-4:3',
    'directive.fence-nesting 7:0-7:3',
    'directive.unknown 9:4-9:7',
    'directive.unsupported 12:4-12:11',
    'directive.unclosed 15:0-15:12',
  ]);
});

test('comments: %% and %text render as text; <!-- never closed', async () => {
  const ds = await check('# T\n\n%%x\n%text\n% fine\n<!--\nrest\n');
  assert.deepEqual(ds.map((d) => `${d.code} ${r(d.range)}`), ['comment.not-a-comment 2:0-2:2', 'comment.not-a-comment 3:0-3:2', 'comment.unterminated 5:0-5:4']);
});

test('frontmatter.yaml with the docs-builder wording at the error position', async () => {
  const ds = await check('---\ntitle: [unclosed\n---\n# T\n');
  assert.equal(ds[0].code, 'frontmatter.yaml');
  assert.match(ds[0].message, /^Failed to parse yaml front matter block\./);
  assert.equal(ds[0].range.start.line >= 1, true);
});

test('anchor.duplicate: headings, $$$anchors$$$ and :name: compared case-insensitively; H1 not counted', async () => {
  const ds = await check('# Setup\n\n## Setup\n\n$$$SETUP$$$\n\n:::{note}\n:name: setup\n:::\n\n## Other\n');
  assert.deepEqual(ds.filter((d) => d.code === 'anchor.duplicate').map((d) => r(d.range)), ['4:0-4:11', '7:7-7:12']);
});

test('severity overrides per code, including off', async () => {
  const text = '# T\n\n{{nope}}\n% - [ ] a.md\n';
  const ds = await check(text, undefined, { severity: { 'sub.undefined': 'warning', 'migration.unchecked': 'off', 'migration.source-missing': 'off' } });
  assert.deepEqual(ds.map((d) => `${d.code} ${d.severity}`), ['sub.undefined warning']);
});

test('the seed page: 10 migration.unchecked, a sub.undefined hint for each {{ech}} (all in comments) without a docset, none with one, no directive diagnostics', async () => {
  const text = sharedFile('samples/security.md');
  const without = await check(text, {});
  assert.equal(without.filter((d) => d.code === 'migration.unchecked').length, 10);
  assert.equal(without.filter((d) => d.code === 'sub.undefined').length, 5);
  assert.ok(without.filter((d) => d.code === 'sub.undefined').every((d) => d.message === 'Substitution key {ech} is undefined' && d.severity === 'hint'));
  assert.equal(without.filter((d) => d.code.startsWith('directive.')).length, 0);
  const withDocset = await check(text);
  assert.equal(withDocset.filter((d) => d.code === 'sub.undefined').length, 0);
  const first = withDocset.find((d) => d.code === 'migration.unchecked')!;
  assert.equal(first.severity, 'information');
  assert.equal(first.message, 'Unchecked migration item: ./raw-migrated-files/elasticsearch/elasticsearch-reference/security-files.md — Notes: redirect only');
});
