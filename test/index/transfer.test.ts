// Summaries packed on a worker thread and unpacked on the server's thread are the summaries the scanner made:
// deep-equal, own properties in the same order, undefined-valued ones included (JSON.stringify tells the order
// apart; deepStrictEqual the rest). On every corpus page, and on generated pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { scanSummary, summarizePage, type PageSummary } from '../../server/src/index/summary';
import { parsePage } from '../../server/src/model/page';
import { packSummaries, unpackSummaries } from '../../server/src/node/indexTransfer';
import { fileUri } from '../../server/src/node/nodeWorkspace';
import { markdownFiles, SHARED } from '../paths';
import { page } from '../reliability/arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

/** Property names, recursively, in order: what deepStrictEqual does not compare. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v && typeof v === 'object') return Object.entries(v).map(([k, x]) => [k, shape(x)]);
  return typeof v;
}

function roundTrip(list: (PageSummary | undefined)[]): (PageSummary | undefined)[] {
  // Through a real structured clone, as between threads.
  return unpackSummaries(structuredClone(packSummaries(list)));
}

test('every corpus page: unpack(pack(summary)) equals the summary, in one batch with skipped pages', () => {
  const files = ['docs-builder', 'ecs', 'elasticsearch-js'].flatMap((s) => markdownFiles(join(SHARED, 'corpus', s, 'docs')));
  assert.ok(files.length > 250);
  const summaries: (PageSummary | undefined)[] = files.map((f, i) => (i % 37 === 5 ? undefined : scanSummary(fileUri(f), readFileSync(f, 'utf8'))));
  const back = roundTrip(summaries);
  assert.equal(back.length, summaries.length);
  for (let i = 0; i < summaries.length; i++) {
    assert.deepStrictEqual(back[i], summaries[i], files[i]);
    assert.deepStrictEqual(shape(back[i]), shape(summaries[i]), files[i]);
  }
  // The corpus has every kind of field, set and unset.
  const all = summaries.filter((s): s is PageSummary => s !== undefined);
  assert.ok(all.some((s) => s.title === undefined) && all.some((s) => s.title !== undefined));
  assert.ok(all.some((s) => s.links.some((l) => l.fragment !== undefined)) && all.some((s) => s.links.some((l) => l.fragment === undefined)));
  assert.ok(all.some((s) => s.anchors.some((a) => a.level === undefined)) && all.some((s) => s.subs.length > 0));
});

test('generated pages: unpack(pack(summary)) equals the summary (scanner and CommonMark summaries)', () => {
  fc.assert(fc.property(fc.array(page, { maxLength: 4 }), (texts) => {
    const summaries = texts.flatMap((t, i) => [scanSummary(`file:///ws/p${i}.md`, t), summarizePage(parsePage(t, `file:///ws/q${i}.md`))]);
    const back = roundTrip(summaries);
    assert.deepStrictEqual(back, summaries);
    assert.deepStrictEqual(shape(back), shape(summaries));
  }), { numRuns: RUNS });
});

test('a migration checklist with notes, a title from front matter, every link form', () => {
  const text = '---\ntitle: From front matter\n---\n\n## H $$$a$$$\n\n% - [x] ./raw-migrated-files/a.md\n% - [ ] ./raw-migrated-files/b.md\n%     Notes: keep the table\n%     and this\n\n[x](other.md#Frag) ![i](img.png) [s](#self) {{sub}}\n';
  const s = scanSummary('file:///ws/p.md', text);
  assert.equal(s.checklist.length, 2);
  assert.ok(s.checklist[1].notes.length > 0);
  assert.deepStrictEqual(roundTrip([s]), [s]);
  assert.deepStrictEqual(shape(roundTrip([s])), shape([s]));
});

test('an empty batch, and a batch of skipped pages only', () => {
  assert.deepStrictEqual(roundTrip([]), []);
  assert.deepStrictEqual(roundTrip([undefined, undefined]), [undefined, undefined]);
});
