// Protocol test: how diagnostics reach the editor. Each version of a page being typed in is published once, with
// its own diagnostics, and a page with more problems than the cap gets the first 1,000 (errors first) and a
// closing note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';

function docset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'edls-publish-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'docset.yml'), 'project: test\nsubs:\n  known: "Known"\n');
  writeFileSync(join(dir, 'docs', 'index.md'), '# Home\n\n## Setup\n');
  return dir;
}

/** A server on a fresh docset, stopped after the test; the URI of `name` in it. */
async function started(t: { after(fn: () => void): void }, name: string): Promise<{ c: TestClient; uri: string }> {
  const dir = docset();
  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(pathToFileURL(dir).toString());
  return { c, uri: pathToFileURL(join(dir, 'docs', name)).toString() };
}

const change = (c: TestClient, uri: string, version: number, line: number, character: number, text: string) =>
  c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }] });

test('LSP: each keystroke\'s version is published with its own diagnostics, and only once', async (t) => {
  const { c, uri } = await started(t, 'page.md');
  await c.open(uri, '# Page\n\nUses {{known}} and [home](index.md#setup).\n\nTyped: \n');
  await c.diagnostics(uri, (p) => p.version === 1);
  // The index is built and the page re-checked with every rule before the edits.
  await new Promise((r) => setTimeout(r, 1500));
  let end = 7;
  for (let v = 2; v < 10; v++) {
    const typed = v === 5 ? ' {{nope}}' : 'x';
    await change(c, uri, v, 4, end, typed);
    end += typed.length;
    const p = await c.diagnostics(uri, (x) => x.version === v);
    if (v >= 5) assert.deepEqual(p.diagnostics.map((d) => d.code), ['sub.undefined']);
    else assert.deepEqual(p.diagnostics, []);
  }
  // (How soon each version comes is the benchmark's to measure, not a test's: `npm run bench -- server`; the
  // quiet time's rule is test/index/checkScheduler.test.ts's.)
  // Let any later re-check (index changes) run, then count: never the same version twice.
  await new Promise((r) => setTimeout(r, 1200));
  const seen = new Map<string, number>();
  for (const h of c.history) if (h.version !== undefined) seen.set(`${h.uri}@${h.version}`, (seen.get(`${h.uri}@${h.version}`) ?? 0) + 1);
  assert.deepEqual([...seen].filter(([, n]) => n > 1), []);
});

test('LSP: a page with 1,500 problems shows the first 1,000, errors first, and an "and N more" note', async (t) => {
  const { c, uri } = await started(t, 'many.md');
  const lines = ['# Many', ''];
  // 1,200 code blocks in an unknown language (warnings), then 300 undefined substitutions (errors).
  for (let i = 0; i < 1200; i++) lines.push('```zzlang', `block ${i}`, '```', '');
  for (let i = 0; i < 300; i++) lines.push(`Line ${i} {{no-such-${i}}}`, '');
  await c.open(uri, lines.join('\n'));
  const p = await c.diagnostics(uri, (x) => x.diagnostics.length > 0, 20000);
  assert.equal(p.diagnostics.length, 1001);
  const note = p.diagnostics[1000];
  assert.equal(note.code, 'diagnostics.truncated');
  assert.equal(note.severity, 3);
  assert.match(note.message, /^and 500 more problems \(not shown\)/);
  const shown = p.diagnostics.slice(0, 1000);
  assert.equal(shown.filter((d) => d.severity === 1).length, 300);
  assert.ok(shown.slice(0, 300).every((d) => d.severity === 1));
  assert.ok(shown.slice(0, 300).every((d) => d.code === 'sub.undefined'));
  assert.equal(shown.filter((d) => d.code === 'code.unknown-language').length, 700);
  // The warnings kept are the first ones on the page.
  assert.deepEqual(shown.slice(300, 302).map((d) => d.range.start.line), [2, 6]);
});
