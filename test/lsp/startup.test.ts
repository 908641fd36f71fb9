// Start-up order: the pages open at start get their page-local diagnostics before the index is built, and all of
// them once it is; requests that need the whole index wait for its first build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type PublishedDiagnostics } from './client';

test('LSP start-up: open pages first, link checks once the index is built, whole-index requests after the build', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-start-'));
  writeFileSync(join(dir, 'docset.yml'), 'subs:\n  ech: Elastic Cloud Hosted\n');
  for (let i = 0; i < 30; i++) writeFileSync(join(dir, `p${i}.md`), `# Page ${i}\n\n## Part ${i}\n`);
  const text = '# T\n\n{{ech}} [p](p1.md) {{nope}} [x](p2.md#no-such-part)\n';
  const page = pathToFileURL(join(dir, 'odd.md')).toString();
  writeFileSync(join(dir, 'odd.md'), text);
  const c = new TestClient();
  t.after(() => c.stop());
  const seen: PublishedDiagnostics[] = [];
  const set = c.published.set.bind(c.published);
  c.published.set = (k: string, v: PublishedDiagnostics) => {
    if (k === page) seen.push(v);
    return set(k, v);
  };
  await c.initialize(pathToFileURL(dir).toString());
  await c.open(page, text);
  const symbols = c.conn.sendRequest('workspace/symbol', { query: 'Part 29' }) as Promise<{ name: string }[]>;
  const codes = (p: PublishedDiagnostics) => p.diagnostics.map((d) => `${d.code}@${d.range.start.character}`).join(',');
  const final = await c.diagnostics(page, (p) => codes(p).includes('link.no-such-anchor'));
  assert.equal(codes(final), 'sub.undefined@21,link.no-such-anchor@38');
  // Before the index: page-local diagnostics only.
  assert.ok(seen.length >= 2);
  assert.equal(codes(seen[0]), 'sub.undefined@21');
  assert.ok(c.logs.some((l) => l.startsWith('index ready: 31 pages')));
  // Asked before the index was built, answered from the whole index.
  assert.ok((await symbols).some((s) => s.name === 'Part 29'));
});
