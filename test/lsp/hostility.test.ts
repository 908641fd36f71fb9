// Protocol hostility: positions past the end, unknown and closed documents, out-of-order versions, a
// cancelled workspace request. The server answers each (empty, or cancelled) and stays up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TestClient } from './client';
import { SHARED } from '../paths';

test('LSP hostility: bad positions, unknown documents, out-of-order versions, cancellation', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-hostile-lsp-'));
  writeFileSync(join(dir, 'docset.yml'), 'subs:\n  ech: Elastic Cloud Hosted\n');
  const page = pathToFileURL(join(dir, 'p.md')).toString();
  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(pathToFileURL(join(SHARED, 'corpus')).toString());

  // While the corpus is still being indexed, a workspace request cancelled right away is answered as cancelled (and the server keeps serving).
  const source = new CancellationTokenSource();
  const pending = c.conn.sendRequest('workspace/symbol', { query: '' }, source.token);
  source.cancel();
  await assert.rejects(pending, (e: { code?: number }) => e.code === -32800);
  const after = await c.conn.sendRequest('workspace/symbol', { query: 'zzzz-no-match' });
  assert.ok(Array.isArray(after));
  await c.open(page, '# T\n\n{{ech}} {{nope}}\n');
  await c.diagnostics(page, (p) => p.diagnostics.length > 0);

  // Positions far past the end, and negative-looking ones, answer empty.
  const far = { line: 1_000_000, character: 1_000_000 };
  assert.equal(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: page }, position: far }), null);
  assert.deepEqual(await c.conn.sendRequest('textDocument/completion', { textDocument: { uri: page }, position: far }), { isIncomplete: false, items: [] });
  assert.deepEqual(await c.conn.sendRequest('textDocument/definition', { textDocument: { uri: page }, position: { line: 2, character: 999 } }), []);

  // Unknown and closed documents answer empty.
  const unknown = 'file:///nowhere/never-opened.md';
  assert.equal(await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: unknown }, position: { line: 0, character: 0 } }), null);
  assert.deepEqual(await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: unknown } }), []);
  assert.equal(await c.conn.sendRequest('textDocument/rename', { textDocument: { uri: unknown }, position: { line: 0, character: 0 }, newName: 'x' }), null);

  // Out-of-order versions: a full-text change with an older version still leaves the server consistent.
  await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: page, version: 9 }, contentChanges: [{ text: '# T\n\n{{nine}}\n' }] });
  await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: page, version: 3 }, contentChanges: [{ text: '# T\n\n{{three}}\n' }] });
  const last = await c.diagnostics(page, (p) => p.version === 3);
  assert.deepEqual(last.diagnostics.map((d) => d.message), ['Substitution key {three} is undefined']);

  assert.equal(c.proc.exitCode, null, 'the server is still running');
});
