import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';
import { sharedFile } from '../helpers';

function fixture(): { root: string; page: string; text: string } {
  const dir = mkdtempSync(join(tmpdir(), 'edls-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'docset.yml'), 'subs:\n  ech: "Elastic Cloud Hosted"\n');
  const text = sharedFile('samples/security.md');
  writeFileSync(join(dir, 'docs', 'security.md'), text);
  return { root: pathToFileURL(dir).toString(), page: pathToFileURL(join(dir, 'docs', 'security.md')).toString(), text };
}

test('LSP over stdio: diagnostics for the seed page, incremental edits, settings', async (t) => {
  const { root, page, text } = fixture();
  const c = new TestClient();
  t.after(() => c.stop());
  const init = (await c.initialize(root)) as { capabilities: { textDocumentSync: { change: number } } };
  assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
  await c.open(page, text);
  const first = await c.diagnostics(page, (p) => p.diagnostics.length > 0);
  assert.equal(first.diagnostics.filter((d) => d.code === 'migration.unchecked').length, 10);
  assert.ok(first.diagnostics.every((d) => d.source === 'elastic-docs'));
  assert.equal(first.diagnostics.filter((d) => d.code === 'sub.undefined').length, 0, 'ech is defined by the docset');

  // Incremental change: insert an undefined substitution on the H1 line's next line.
  const h1 = text.split('\n').indexOf('# Security');
  await c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: page, version: 2 },
    contentChanges: [{ range: { start: { line: h1 + 1, character: 0 }, end: { line: h1 + 1, character: 0 } }, text: 'Uses {{nope}} here.\n' }],
  });
  const second = await c.diagnostics(page, (p) => p.version === 2);
  const undef = second.diagnostics.filter((d) => d.code === 'sub.undefined');
  assert.deepEqual(undef.map((d) => [d.range.start.line, d.range.start.character, d.message]), [[h1 + 1, 7, 'Substitution key {nope} is undefined']]);

  // Settings: turn migration.unchecked off; the server pulls the configuration and revalidates.
  c.settings = { severity: { 'migration.unchecked': 'off' } };
  await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  const third = await c.diagnostics(page, (p) => !p.diagnostics.some((d) => d.code === 'migration.unchecked'));
  assert.equal(third.diagnostics.filter((d) => d.code === 'sub.undefined').length, 1);
});

test('LSP: a flood of changes publishes only for the last version; closing clears', async (t) => {
  const { root, page } = fixture();
  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(root);
  await c.open(page, '# T\n', 1);
  await c.diagnostics(page);
  for (let v = 2; v <= 200; v++) {
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: page, version: v }, contentChanges: [{ text: `# T\n\n{{undefined-${v}}}\n` }] });
  }
  const last = await c.diagnostics(page, (p) => p.version === 200);
  assert.deepEqual(last.diagnostics.map((d) => d.message), ['Substitution key {undefined-200} is undefined']);
  await c.conn.sendNotification('textDocument/didClose', { textDocument: { uri: page } });
  await c.diagnostics(page, (p) => p.diagnostics.length === 0);
});
