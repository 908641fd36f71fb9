// `{settings}` (SettingsBlock.cs, DirectiveHtmlRenderer.WriteSettingsBlock): outside the docset, missing, and a
// file that does not read as YAML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import { diagnose, diagnoseOnWindows } from './util';

const show = (ds: { code: string; range: Parameters<typeof r>[0]; message: string; severity: string }[]) => ds.map((d) => `${d.severity} ${d.code} ${r(d.range)} ${d.message}`);
const PAGE = '# P\n\n:::{settings} /syntax/settings.yml\n:::\n';

test('settings: a YAML settings file gives nothing', async () => {
  const ds = await diagnose({ 'docs/page.md': PAGE, 'docs/syntax/settings.yml': 'product: Kibana\ngroups:\n  - group: General\n    settings:\n      - setting: a.b\n        description: Text\n' });
  assert.deepEqual(ds, []);
});

test('settings.not-found: the absolute path', async () => {
  const ds = await diagnose({ 'docs/page.md': PAGE });
  assert.deepEqual(show(ds), ['error settings.not-found 2:14-2:34 `/ws/docs/syntax/settings.yml` does not exist.']);
});

test('settings.outside-docset: a path that leaves the docset folder', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n:::{settings} ../kibana.yml\n:::\n', 'kibana.yml': 'a: 1\n' });
  assert.deepEqual(show(ds), ['error settings.outside-docset 2:14-2:27 Settings path must resolve within the documentation source directory.']);
});

test('settings.invalid: YAML that does not parse, or nothing at all, with the parser\'s reason after docs-builder\'s words', async () => {
  const bad = await diagnose({ 'docs/page.md': PAGE, 'docs/syntax/settings.yml': 'groups:\n  - group: [unclosed\n' });
  assert.equal(bad.length, 1);
  assert.equal(`${bad[0].severity} ${bad[0].code} ${r(bad[0].range)}`, 'error settings.invalid 2:14-2:34');
  assert.match(bad[0].message, /^Can not be parsed as a valid settings file\n\S/);
  const empty = await diagnose({ 'docs/page.md': PAGE, 'docs/syntax/settings.yml': '# nothing yet\n' });
  assert.deepEqual(show(empty), ['error settings.invalid 2:14-2:34 Can not be parsed as a valid settings file\nthe file holds no YAML document']);
});

test('settings.absolute-path: only on Windows (a drive, or `\\` after the leading `/`s); on Linux and macOS the path is only missing', async () => {
  const page = '# P\n\n:::{settings} \\\\server\\share\\kibana.yml\n:::\n\n:::{settings} /syntax/settings.yml\n:::\n';
  const files = { 'docs/page.md': page, 'docs/syntax/settings.yml': 'a: 1\n' };
  assert.deepEqual(show(await diagnose(files)), ['error settings.not-found 2:14-2:39 `/ws/docs/\\\\server\\share\\kibana.yml` does not exist.']);
  assert.deepEqual(show(await diagnoseOnWindows(files)), ['error settings.absolute-path 2:14-2:39 Settings path must not be an absolute path.']);
});
