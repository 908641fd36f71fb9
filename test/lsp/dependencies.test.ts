// Re-validation follows the dependency graph: a change to a page no open page depends on publishes nothing for
// the open pages; a change to a page an open page links to (or to a snippet a linked page includes, or a file
// created on disk where a link pointed) publishes that page again, and only that one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type PublishedDiagnostics } from './client';

const quiet = () => new Promise((r) => setTimeout(r, 400));

test('LSP: a changed page re-validates only the open pages that depend on it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-deps-'));
  const files: Record<string, string> = {
    'docset.yml': 'project: deps\n',
    'a.md': '# A\n\n[to b](b.md#missing)\n',
    'b.md': '# B\n\n## Other\n',
    'c.md': '# C\n\n[gone](zzz.md)\n',
    'd.md': '# D\n',
    'e.md': '# E\n\n[to f](f.md#from-snippet)\n',
    'f.md': '# F\n\n:::{include} _snippets/s.md\n:::\n',
    '_snippets/s.md': '## Something else\n',
  };
  mkdirSync(join(dir, '_snippets'));
  for (const [k, v] of Object.entries(files)) writeFileSync(join(dir, k), v);
  const u = (rel: string) => pathToFileURL(join(dir, rel)).toString();
  const c = new TestClient();
  t.after(() => c.stop());
  const counts = new Map<string, number>();
  const set = c.published.set.bind(c.published);
  c.published.set = (k: string, v: PublishedDiagnostics) => {
    counts.set(k, (counts.get(k) ?? 0) + 1);
    return set(k, v);
  };
  const root = pathToFileURL(dir).toString();
  await c.conn.sendRequest('initialize', {
    processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }], initializationOptions: { debounceMs: 20 },
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  await c.conn.sendNotification('initialized', {});
  const codes = (p: PublishedDiagnostics) => p.diagnostics.map((d) => d.code).join(',');
  for (const p of ['a.md', 'c.md', 'e.md']) await c.open(u(p), files[p]);
  await c.diagnostics(u('a.md'), (p) => codes(p) === 'link.no-such-anchor');
  await c.diagnostics(u('c.md'), (p) => codes(p) === 'link.no-such-file');
  await c.diagnostics(u('e.md'), (p) => codes(p) === 'link.no-such-anchor');
  await quiet();
  const before = () => ({ a: counts.get(u('a.md')), c: counts.get(u('c.md')), e: counts.get(u('e.md')) });

  // d.md: no open page depends on it.
  let was = before();
  await c.open(u('d.md'), '# D\n\n## New heading\n');
  await c.diagnostics(u('d.md'));
  await quiet();
  assert.deepEqual(before(), was, 'nothing published again for a, c, e');

  // b.md gets the heading a.md links to: a.md only.
  await c.open(u('b.md'), '# B\n\n## Missing\n');
  await c.diagnostics(u('a.md'), (p) => codes(p) === '');
  await quiet();
  assert.deepEqual({ c: before().c, e: before().e }, { c: was.c, e: was.e });
  assert.equal(before().a, (was.a ?? 0) + 1);

  // The snippet f.md includes gets the anchor e.md links to: e.md only.
  was = before();
  await c.open(u('_snippets/s.md'), '## From snippet\n');
  await c.diagnostics(u('e.md'), (p) => codes(p) === '');
  await quiet();
  assert.deepEqual({ a: before().a, c: before().c }, { a: was.a, c: was.c });

  // zzz.md created on disk: c.md only.
  was = before();
  writeFileSync(join(dir, 'zzz.md'), '# Z\n');
  await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: u('zzz.md'), type: 1 }] });
  await c.diagnostics(u('c.md'), (p) => codes(p) === '');
  await quiet();
  assert.deepEqual({ a: before().a, e: before().e }, { a: was.a, e: was.e });
});
