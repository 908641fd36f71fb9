// `check` reads and parses each page once (server/src/batch.ts): page-local diagnostics and gathered data first,
// the cross-page checks once every summary is in the index. It must say exactly what the editor says page by
// page, and the worker-thread run exactly what the in-process run says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BatchResolver, checkPage, type PageCheck } from '../../server/src/batch';
import { DEFAULT_CONFIG } from '../../server/src/config';
import { fileUri, NodeWorkspace } from '../../server/src/node/nodeWorkspace';
import { LanguageService } from '../../server/src/service';
import type { DocDiagnostic } from '../../server/src/types';
import { WorkerPool } from '../../server/src/node/workerPool';
import { SHARED } from '../paths';
import { service } from '../helpers';

const CLI = join(__dirname, '..', '..', 'cli.js');
const show = (ds: DocDiagnostic[]) => ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message} ${JSON.stringify(d.data ?? null)}`);

async function batchCheck(ls: LanguageService, uris: string[], read: (uri: string) => Promise<string | undefined>): Promise<Map<string, DocDiagnostic[]>> {
  const checks: PageCheck[] = [];
  for (const uri of uris) {
    const c = await checkPage(ls, uri, (await read(uri))!);
    checks.push(c);
    if (c.summary) ls.index.set(uri, c.summary, false);
  }
  const resolver = new BatchResolver(ls);
  const out = new Map<string, DocDiagnostic[]>();
  for (const c of checks) out.set(c.uri, await resolver.resolve(c));
  return out;
}

test('batch check = LanguageService.diagnostics on every corpus page (same codes, ranges, messages, data, order)', async () => {
  for (const set of ['docs-builder', 'ecs', 'elasticsearch-js']) {
    const root = fileUri(join(SHARED, 'corpus', set, 'docs'));
    const ws = new NodeWorkspace([root]);
    const batch = new LanguageService({ workspace: ws, config: DEFAULT_CONFIG, indexDocuments: false });
    const files = await batch.index.listMarkdown();
    const got = await batchCheck(batch, files, (u) => ws.readFile(u));
    const editor = new LanguageService({ workspace: ws, config: DEFAULT_CONFIG, indexDocuments: false });
    await editor.index.build();
    let total = 0;
    for (const uri of files) {
      const expected = await editor.diagnostics({ uri, version: 0, text: (await ws.readFile(uri))! });
      editor.forget(uri);
      total += expected.length;
      assert.deepEqual(show(got.get(uri)!), show(expected), uri);
    }
    assert.ok(total > 0, set);
  }
});

test('batch check of links, included snippets and migration sources across pages (in-memory docset)', async () => {
  const files = {
    'docs/docset.yml': 'subs:\n  a: A\n',
    'docs/page.md': '# P\n\n:::{include} _snippets/s.md\n:::\n\n## Here\n\n[x](other.md#there) [y](other.md#nope) [z](#from-s) [w](#gone) [v](missing.md)\n\n% - [ ] ./raw/gone.md\n% TODO finish\n',
    'docs/other.md': '# O\n\n## There\n',
    'docs/_snippets/s.md': '## From S\n\n## Here\n',
  };
  const { ls, ws } = service(files);
  const uris = ['file:///ws/docs/other.md', 'file:///ws/docs/page.md'];
  const got = await batchCheck(ls, uris, (u) => ws.readFile(u));
  const editor = service(files).ls;
  await editor.index.build();
  const expected = await editor.diagnostics({ uri: uris[1], version: 0, text: files['docs/page.md'] });
  assert.deepEqual(show(got.get(uris[1])!), show(expected));
  assert.deepEqual(expected.map((d) => d.code).sort(), ['anchor.duplicate', 'link.no-such-anchor', 'link.no-such-anchor', 'link.no-such-file', 'migration.source-missing', 'migration.todo', 'migration.unchecked']);
});

test('check with worker threads prints exactly what the in-process check prints (corpus)', () => {
  const corpus = join(SHARED, 'corpus');
  const run = (jobs: string) => spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '--jobs', jobs, corpus], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const inProcess = run('0');
  const workers = run('2');
  assert.equal(workers.status, inProcess.status);
  const a = JSON.parse(inProcess.stdout);
  const b = JSON.parse(workers.stdout);
  assert.ok(a.diagnostics.length > 100);
  assert.deepEqual(b, a);
});

test('the worker pool: a closed pool refuses work instead of waiting for ever', async () => {
  const pool = new WorkerPool<{ roots: string[] }, string, unknown>({ script: CLI, role: 'check', context: { roots: [] }, size: 1 });
  await pool.close();
  await assert.rejects(pool.run(['file:///nowhere.md']), /closed/);
  await assert.rejects(pool.send(0, 'summaries'), /closed/);
});
