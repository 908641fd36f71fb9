// The docset files area over the protocol: a toc.yml's diagnostics are published on the toc.yml itself, follow
// its unsaved edits, and its `file:` values complete with the docset's pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';

test('LSP docset files: toc.yml diagnostics on the toc.yml, live while typing, and ToC path completion', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-toc-'));
  mkdirSync(join(dir, 'docs', 'dev'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'docset.yml'), 'project: toc\ntoc:\n  - file: index.md\n  - toc: dev\n');
  writeFileSync(join(dir, 'docs', 'index.md'), '# Home\n');
  writeFileSync(join(dir, 'docs', 'dev', 'index.md'), '# Dev\n');
  writeFileSync(join(dir, 'docs', 'dev', 'extra.md'), '# Extra\n');
  const tocText = 'toc:\n  - file: index.md\n  - file: gone.md\n';
  writeFileSync(join(dir, 'docs', 'dev', 'toc.yml'), tocText);
  const toc = pathToFileURL(join(dir, 'docs', 'dev', 'toc.yml')).toString();

  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(pathToFileURL(dir).toString());
  await c.open(toc, tocText);
  const first = await c.diagnostics(toc, (p) => p.diagnostics.length > 0);
  assert.deepEqual(first.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code} ${d.source} ${d.message}`), [
    "2:10 toc.not-found elastic-docs File navigation 'dev/gone.md' could not be created. dev/gone.md",
  ]);

  // Typing a new entry: the pages of dev/ complete, the one not in the ToC yet first.
  await c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: toc, version: 2 },
    contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '  - file: \n' }],
  });
  const items = ((await c.conn.sendRequest('textDocument/completion', { textDocument: { uri: toc }, position: { line: 3, character: 10 }, context: { triggerKind: 2, triggerCharacter: ' ' } })) as { isIncomplete: boolean; items: { label: string; detail?: string; sortText?: string; textEdit: { newText: string } }[] }).items;
  const files = items.filter((i) => i.label.endsWith('.md')).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  assert.deepEqual(files.map((i) => `${i.textEdit.newText} (${i.detail})`), ['extra.md (not in the ToC yet)', 'index.md (already in the ToC)']);

  // Fixing the broken entry in the editor (unsaved) clears its diagnostic.
  await c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: toc, version: 3 },
    contentChanges: [{ range: { start: { line: 2, character: 10 }, end: { line: 2, character: 17 } }, text: 'extra.md' }, { range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } }, text: '' }],
  });
  const fixed = await c.diagnostics(toc, (p) => p.diagnostics.length === 0);
  assert.deepEqual(fixed.diagnostics, []);
});
