// The cold index with a page scanner (the Node server's worker threads): the same summaries as the index reads
// itself, pages the scanner leaves out read in-process (with the index's warnings), a failing scanner falls
// back, a cancelled build applies nothing. The real worker scanner runs on this very bundle, started again as a
// worker (it answers the `index-scan` role instead of running the tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanSummary } from '../../server/src/index/summary';
import type { PageScanner } from '../../server/src/index/workspaceIndex';
import { INDEX_SCAN_ROLE, serveIndexScan, WorkerPageScanner, type IndexScanContext } from '../../server/src/node/indexScan';
import { fileUri } from '../../server/src/node/nodeWorkspace';
import { workerRole } from '../../server/src/node/workerPool';
import { MemoryWorkspace, type Logger } from '../../server/src/workspace';
import { LanguageService } from '../../server/src/service';
import { DEFAULT_CONFIG } from '../../server/src/config';
import { markdownFiles, SHARED } from '../paths';
import { ROOT } from '../helpers';

const role = workerRole<IndexScanContext>();
if (role?.role === INDEX_SCAN_ROLE) serveIndexScan(role.context);
else tests();

function workspace(): MemoryWorkspace {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`p${i}.md`] = `# Page ${i}\n\n## Part ${i} $$$a${i}$$$\n\nSee [next](p${i + 1}.md#part-${i + 1}) and {{sub-${i}}}.\n`;
  files['big.md'] = `# Big\n\n${'x'.repeat(600)}\n`;
  return new MemoryWorkspace(files, [ROOT]);
}

function collect(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, logger: { info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) } };
}

function tests(): void {
  const config = { ...DEFAULT_CONFIG, maxPageSize: 500 };

  test('a scanner answering some pages: the index holds what it holds without one, warnings included', async () => {
    const ws = workspace();
    const plain = collect();
    const a = new LanguageService({ workspace: ws, config, logger: plain.logger });
    await a.index.build();
    const scanned = collect();
    const b = new LanguageService({ workspace: ws, config, logger: scanned.logger });
    const asked: string[][] = [];
    b.index.scanner = {
      scan: async (uris, options) => {
        asked.push([...uris]);
        assert.equal(options.maxPageSize, 500);
        // Odd pages and the big one are left to the index.
        return Promise.all(uris.map(async (u, i) => (i % 2 || u.endsWith('big.md') ? undefined : scanSummary(u, (await ws.readFile(u))!))));
      },
    };
    await b.index.build();
    assert.equal(asked.length, 1);
    assert.deepStrictEqual([...b.index.pages.entries()].sort(), [...a.index.pages.entries()].sort());
    assert.equal(b.index.pages.size, 40);
    assert.deepStrictEqual(scanned.warnings.filter((w) => w.includes('big.md')), plain.warnings.filter((w) => w.includes('big.md')));
    assert.equal(b.index.lastBuild?.scanned, 20);
  });

  test('a failing scanner: the index reads every page itself, with a warning', async () => {
    const { logger, warnings } = collect();
    const ls = new LanguageService({ workspace: workspace(), config, logger });
    ls.index.scanner = { scan: () => Promise.reject(new Error('no threads here')) };
    await ls.index.build();
    assert.equal(ls.index.pages.size, 40);
    assert.ok(warnings.some((w) => w.includes('no threads here')));
  });

  test('a build cancelled while the scanner works applies nothing; whenReady waits for an expected build', async () => {
    const ls = new LanguageService({ workspace: workspace(), config });
    let release!: () => void;
    const token = { isCancellationRequested: false };
    const scanner: PageScanner = { scan: (uris) => new Promise((resolve) => (release = () => resolve(uris.map((u) => scanSummary(u, '# x\n'))))) };
    ls.index.scanner = scanner;
    ls.index.expectBuild();
    let ready = false;
    void ls.index.whenReady().then(() => (ready = true));
    await new Promise((r) => setTimeout(r, 10));
    assert.equal(ready, false, 'whenReady waits for the build that is coming');
    const build = ls.index.build(undefined, token);
    await new Promise((r) => setTimeout(r, 10));
    token.isCancellationRequested = true;
    release();
    await build;
    assert.equal(ls.index.pages.size, 0);
    assert.equal(ls.index.lastBuild, undefined);
    await ls.index.whenReady();
    assert.equal(ready, true);
  });

  test('worker threads: every corpus page summarized as in this thread; unreadable, binary and large files left out', async () => {
    const files = ['docs-builder', 'ecs', 'elasticsearch-js'].flatMap((s) => markdownFiles(join(SHARED, 'corpus', s, 'docs')));
    const dir = mkdtempSync(join(tmpdir(), 'edls-scan-'));
    writeFileSync(join(dir, 'binary.md'), '# B\n\u0000\u0001');
    writeFileSync(join(dir, 'large.md'), `# L\n${'y'.repeat(5000)}\n`);
    const extra = ['binary.md', 'large.md', 'missing.md'].map((n) => fileUri(join(dir, n)));
    const uris = [...files.map(fileUri), ...extra];
    const scanner = new WorkerPageScanner(__filename, { size: 2, minPages: 1 });
    const progress: number[] = [];
    const got = await scanner.scan(uris, { maxPageSize: 4000, progress: { report: (done) => progress.push(done) } });
    assert.equal(got.length, uris.length);
    for (let i = 0; i < files.length; i++) {
      const text = readFileSync(files[i], 'utf8');
      assert.deepStrictEqual(got[i], Buffer.byteLength(text) > 4000 ? undefined : scanSummary(uris[i], text), files[i]);
    }
    assert.ok(got.filter((s) => s !== undefined).length > 100);
    assert.deepStrictEqual(got.slice(files.length), [undefined, undefined, undefined]);
    assert.equal(progress.at(-1), uris.length);
  });

  test('worker threads: a scan cancelled while it runs ends its workers and answers nothing', async () => {
    const files = ['docs-builder', 'ecs'].flatMap((s) => markdownFiles(join(SHARED, 'corpus', s, 'docs'))).map(fileUri);
    const token = { isCancellationRequested: false };
    const scanner = new WorkerPageScanner(__filename, { size: 1, minPages: 1 });
    const got = await scanner.scan(files, { maxPageSize: 1 << 22, token, progress: { report: () => (token.isCancellationRequested = true) } });
    assert.equal(got.length, files.length);
    assert.ok(got.every((s) => s === undefined));
  });

  test('worker threads: too few pages are left to the index (no workers started)', async () => {
    const scanner = new WorkerPageScanner(__filename);
    assert.deepStrictEqual(await scanner.scan(['file:///a.md', 'file:///b.md'], { maxPageSize: 1000 }), [undefined, undefined]);
  });
}
