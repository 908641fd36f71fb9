// An open snippet's diagnostics follow the pages that include it (features/files/snippetScope.ts): nobody
// includes it, so its problems are warnings; once a page includes it with a front-matter `sub:` for the key, the
// key is defined; when that page drops the key, the error docs-builder would give is back. Markdown outside the
// docset gets nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type PublishedDiagnostics } from './client';

test('LSP: an open snippet is re-checked as pages start or stop including it; README.md outside the docset gets nothing', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-snippets-'));
  const files: Record<string, string> = {
    'README.md': '# Repo\n\n{{not-a-sub}} [x](#nowhere)\n',
    'docs/docset.yml': 'project: snippets\ntoc:\n  - file: page.md\n',
    'docs/page.md': '# Page\n',
    'docs/_snippets/intro.md': 'Install {{ece}} first.\n',
  };
  mkdirSync(join(dir, 'docs', '_snippets'), { recursive: true });
  for (const [k, v] of Object.entries(files)) writeFileSync(join(dir, k), v);
  const u = (rel: string) => pathToFileURL(join(dir, rel)).toString();
  const c = new TestClient();
  t.after(() => c.stop());
  const root = pathToFileURL(dir).toString();
  await c.conn.sendRequest('initialize', {
    processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }], initializationOptions: { debounceMs: 20 },
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await c.conn.sendNotification('initialized', {});
  const show = (p: PublishedDiagnostics) => p.diagnostics.map((d) => `${d.code}:${d.severity}`).join(',');
  const snippet = u('docs/_snippets/intro.md');
  await c.open(snippet, files['docs/_snippets/intro.md']);
  // Severity 2 = warning, 1 = error.
  await c.diagnostics(snippet, (p) => show(p) === 'sub.undefined:2');
  await c.open(u('docs/page.md'), '---\nsub:\n  ece: ECE\n---\n# Page\n\n:::{include} _snippets/intro.md\n:::\n', 2);
  await c.diagnostics(snippet, (p) => show(p) === '');
  await c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: u('docs/page.md'), version: 3 },
    contentChanges: [{ text: '# Page\n\n:::{include} _snippets/intro.md\n:::\n' }],
  });
  await c.diagnostics(snippet, (p) => show(p) === 'sub.undefined:1');
  await c.open(u('README.md'), files['README.md']);
  const readme = await c.diagnostics(u('README.md'));
  assert.deepEqual(readme.diagnostics, []);
});
