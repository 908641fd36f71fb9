import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';
import { sharedFile } from '../helpers';
import {
  MIGRATION_ITEMS, MIGRATION_TARGET, MIGRATION_TOGGLE, type RequestParams, type RequestResult,
} from '../../server/src/protocol';

function fixture(): { root: string; page: string; other: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'edls-mig-'));
  const raw = join(dir, 'docs', 'raw-migrated-files', 'kibana', 'kibana');
  mkdirSync(raw, { recursive: true });
  writeFileSync(join(dir, 'docs', 'docset.yml'), 'subs:\n  ech: "Elastic Cloud Hosted"\n');
  writeFileSync(join(raw, 'xpack-security.md'), '# Security in Kibana\n\nKibana security, as it was.\n');
  const text = sharedFile('samples/security.md');
  writeFileSync(join(dir, 'docs', 'security.md'), text);
  writeFileSync(join(dir, 'docs', 'zz.md'), '# Last\n\n% - [ ] ./raw-migrated-files/kibana/kibana/xpack-security.md\n\nSee [limits](security.md#alias-limitations).\n');
  return { root: pathToFileURL(dir).toString(), page: pathToFileURL(join(dir, 'docs', 'security.md')).toString(), other: pathToFileURL(join(dir, 'docs', 'zz.md')).toString(), text };
}

function send<M extends typeof MIGRATION_ITEMS | typeof MIGRATION_TARGET | typeof MIGRATION_TOGGLE>(c: TestClient, method: M, params: RequestParams<M>): Promise<RequestResult<M>> {
  return c.conn.sendRequest(method, params) as Promise<RequestResult<M>>;
}

const r = (x: { start: { line: number; character: number }; end: { line: number; character: number } }) => `${x.start.line}:${x.start.character}-${x.end.line}:${x.end.character}`;

test('LSP: migration diagnostics, custom requests (items, target, toggle), code lens and hover on the seed page', async (t) => {
  const { root, page, other, text } = fixture();
  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(root);
  await c.open(page, text);
  const diags = await c.diagnostics(page, (p) => p.diagnostics.some((d) => d.code === 'migration.source-missing'));
  const count = (code: string) => diags.diagnostics.filter((d) => d.code === code).length;
  assert.deepEqual([count('migration.unchecked'), count('migration.source-missing'), count('migration.todo')], [10, 9, 1], 'xpack-security.md exists under the docset root');

  const items = await send(c, MIGRATION_ITEMS, { anchors: true });
  assert.deepEqual(items.pages.map((p) => [p.uri, p.open, p.total]), [[page, 10, 10], [other, 1, 1]]);
  assert.deepEqual([items.open, items.total], [11, 11]);
  const anchors = items.pages[0].anchors.map((a) => `${a.name} ${a.links}`);
  assert.deepEqual(anchors, ['field-document-limitations 0', 'alias-limitations 1', 'preventing-unauthorized-access 0', 'preserving-data-integrity 0', 'maintaining-audit-trail 0']);

  const first = await send(c, MIGRATION_TARGET, { uri: page, position: { line: 0, character: 0 }, direction: 'next' });
  assert.deepEqual(first && [first.uri, r(first.range)], [page, '35:4-35:7']);
  const second = await send(c, MIGRATION_TARGET, { uri: page, position: first!.range.start, direction: 'next' });
  assert.deepEqual(second && [second.uri, r(second.range)], [page, '37:4-37:7']);
  const onward = await send(c, MIGRATION_TARGET, { uri: page, position: { line: 45, character: 9 }, direction: 'next' });
  assert.deepEqual(onward && [onward.uri, r(onward.range)], [other, '2:4-2:7'], 'past the last item: the next page with open items');
  const back = await send(c, MIGRATION_TARGET, { uri: page, position: { line: 35, character: 0 }, direction: 'previous' });
  assert.deepEqual(back && [back.uri, r(back.range)], [other, '2:4-2:7'], 'before the first: wraps to the last page');

  const toggle = await send(c, MIGRATION_TOGGLE, { uri: page, positions: [{ line: 36, character: 10 }] });
  assert.deepEqual(toggle && [toggle.version, toggle.edits.map((e) => `${r(e.range)} ${e.newText}`)], [1, ['35:4-35:7 [x]']]);
  assert.equal(await send(c, MIGRATION_TOGGLE, { uri: page, positions: [{ line: 0, character: 0 }] }), null);

  const lenses = (await c.conn.sendRequest('textDocument/codeLens', { textDocument: { uri: page } })) as { range: { start: { line: number } }; command?: { title: string } }[];
  const ours = lenses.filter((l) => l.command?.title.startsWith('Migration:'));
  assert.deepEqual(ours.map((l) => [l.range.start.line, l.command?.title]), [[35, 'Migration: 0 of 10 done · Next unchecked']]);

  const hover = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: page }, position: { line: 38, character: 20 } })) as { contents: { value: string } } | null;
  const value = hover?.contents.value ?? '';
  assert.ok(value.startsWith('**Migration item** · open'), value);
  assert.ok(value.includes('**Security in Kibana**\n\n```markdown\nKibana security, as it was.\n```'), value);
  assert.ok(value.includes(`Also in the checklists of:\n- [docs/zz.md](${other}#L3) line 3`), value);

  const links = (await c.conn.sendRequest('textDocument/documentLink', { textDocument: { uri: page } })) as { range: { start: { line: number } }; target?: string }[];
  assert.ok(links.some((l) => l.range.start.line === 38 && l.target?.endsWith('/docs/raw-migrated-files/kibana/kibana/xpack-security.md')), JSON.stringify(links));
});
