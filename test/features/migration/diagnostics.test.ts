import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r, service, sharedFile, uri } from '../../helpers';
import type { DocDiagnostic } from '../../../server/src/types';

async function check(text: string, files: Record<string, string> = {}, config = {}): Promise<DocDiagnostic[]> {
  const { ls } = service({ 'docs/docset.yml': 'subs: {}\n', ...files, 'docs/guide/page.md': text }, config);
  await ls.index.build();
  return ls.diagnostics({ uri: uri('docs/guide/page.md'), version: 1, text });
}

const show = (ds: DocDiagnostic[], prefix: string) => ds.filter((d) => d.code.startsWith(prefix)).map((d) => `${d.code} ${d.severity} ${r(d.range)} ${d.message}`);

test('migration.source-missing: a path found neither next to the page nor under the docset root', async () => {
  const text = '# T\n\n% - [ ] ./raw/gone.md\n%     Notes: redirect only\n';
  assert.deepEqual(show(await check(text), 'migration.source'), [
    'migration.source-missing warning 2:8-2:21 Migration source `./raw/gone.md` does not exist (looked for docs/guide/raw/gone.md or docs/raw/gone.md).',
  ]);
});

test('migration.source-missing: no warning when the path resolves from the page, from the docset root, or with a leading /', async () => {
  const text = '# T\n\n% - [ ] ./near.md\n% - [ ] ./raw-migrated-files/x.md\n% - [ ] /raw-migrated-files/y.md\n% - [ ] [Old](../other.md)\n';
  const files = {
    'docs/guide/near.md': '# Near\n',
    'docs/raw-migrated-files/x.md': '# X\n',
    'docs/raw-migrated-files/y.md': '# Y\n',
    'docs/other.md': '# Other\n',
  };
  assert.deepEqual(show(await check(text, files), 'migration.source'), []);
  // The same page without those files: one warning per item, on the path (the link's URL for the link item).
  assert.deepEqual((await check(text)).filter((d) => d.code === 'migration.source-missing').map((d) => r(d.range)), ['2:8-2:17', '3:8-3:33', '4:8-4:32', '5:14-5:25']);
});

test('migration.source-missing: files outside the index (non-Markdown, excluded) still count; checked items and task text are not looked up', async () => {
  const text = '# T\n\n% - [ ] ../raw/img.png\n% - [x] ./deleted.md\n% - [ ] Write the intro\n% - [ ] ../raw/excluded.md\n';
  const files = { 'docs/raw/img.png': 'PNG', 'docs/raw/excluded.md': '# E\n' };
  assert.deepEqual(show(await check(text, files, { exclude: ['docs/raw/**'] }), 'migration.source'), []);
});

test('migration.todo: a Hint on the text of each % TODO comment', async () => {
  const ds = await check('# T\n\n% TODO: add screenshots\n%   todo check the API\n% The TODO list\n');
  assert.deepEqual(show(ds, 'migration.todo'), [
    'migration.todo hint 2:2-2:23 TODO: add screenshots',
    'migration.todo hint 3:4-3:22 todo check the API',
  ]);
});

test('severities are configurable per code, and off removes them; migration.unchecked still comes from the foundation, once', async () => {
  const text = '# T\n\n% TODO x\n% - [ ] gone.md\n';
  const ds = await check(text, {}, { severity: { 'migration.todo': 'warning', 'migration.source-missing': 'off' } });
  assert.deepEqual(ds.filter((d) => d.code.startsWith('migration.')).map((d) => `${d.code} ${d.severity}`), ['migration.todo warning', 'migration.unchecked information']);
});

test('the seed page in a docset without the raw pages: 10 unchecked, 10 source-missing, 1 todo', async () => {
  const text = sharedFile('samples/security.md');
  const { ls } = service({ 'docs/docset.yml': 'subs:\n  ech: "Elastic Cloud Hosted"\n', 'docs/security.md': text });
  await ls.index.build();
  const ds = await ls.diagnostics({ uri: uri('docs/security.md'), version: 1, text });
  const count = (code: string) => ds.filter((d) => d.code === code).length;
  assert.deepEqual([count('migration.unchecked'), count('migration.source-missing'), count('migration.todo')], [10, 10, 1]);
  assert.equal(ds.find((d) => d.code === 'migration.source-missing')?.message,
    'Migration source `./raw-migrated-files/elasticsearch/elasticsearch-reference/security-files.md` does not exist (looked for docs/raw-migrated-files/elasticsearch/elasticsearch-reference/security-files.md).');
});
