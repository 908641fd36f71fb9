// Protocol tests through the built server: hover on a code callout marker, and the irregular-space quick fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-types';
import { TestClient } from './client';

function workspace(text: string): { root: string; page: string } {
  const dir = mkdtempSync(join(tmpdir(), 'edls-inline-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'docset.yml'), 'project: t\n');
  writeFileSync(join(dir, 'docs', 'page.md'), text);
  return { root: pathToFileURL(dir).toString(), page: pathToFileURL(join(dir, 'docs', 'page.md')).toString() };
}

test('LSP: hover on a callout marker shows its list item', async (t) => {
  const text = '# T\n\n```yaml\nreceivers: <1>\nexporters: <2>\n```\n\n1. Where data comes in.\n2. Where data goes.\n';
  const { root, page } = workspace(text);
  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(root);
  await c.open(page, text);
  await c.diagnostics(page);
  const h = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: page }, position: { line: 4, character: 12 } })) as Hover | null;
  assert.ok(h);
  assert.equal((h.contents as MarkupContent).value, '**Callout 2**: Where data goes.');
  assert.deepEqual(h.range, { start: { line: 4, character: 11 }, end: { line: 4, character: 14 } });
});

test('LSP: whitespace.irregular is published and its quick fix replaces the character', async (t) => {
  const text = '# T\n\nA thin\u2009space.\n';
  const { root, page } = workspace(text);
  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(root);
  await c.open(page, text);
  const published = await c.diagnostics(page, (p) => p.diagnostics.some((d) => d.code === 'whitespace.irregular'));
  const d = published.diagnostics.find((x) => x.code === 'whitespace.irregular')!;
  assert.deepEqual([d.severity, d.source, d.range], [4, 'elastic-docs', { start: { line: 2, character: 6 }, end: { line: 2, character: 7 } }]);
  const actions = (await c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri: page }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  const fix = actions.find((a) => a.title === 'Replace the thin space (U+2009) with a space');
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.deepEqual(fix.edit?.changes?.[page], [{ range: d.range, newText: ' ' }]);
});
