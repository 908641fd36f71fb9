// A page summary's items (compact: numbers packed, ranges made when read) read as the page model says: every
// field, through the getters, equals what the model gives, for the summary the index makes, the lazy one of an open
// page and the one unpacked after the trip from a worker thread. On every corpus page, generated pages, and
// positions past 65,535 (kept another way).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { batchSummary, lazySummary, summarizePage } from '../../server/src/index/summary';
import { pageAnchors } from '../../server/src/model/anchors';
import { includeDirectives } from '../../server/src/model/includes';
import { parsePage } from '../../server/src/model/page';
import type { Page } from '../../server/src/model/types';
import { pageTitle } from '../../server/src/docset/substitutions';
import { packSummaries, unpackSummaries } from '../../server/src/node/indexTransfer';
import { fileUri } from '../../server/src/node/nodeWorkspace';
import { markdownFiles, SHARED } from '../paths';
import { readSummary } from '../helpers';
import { page as pageText } from '../reliability/arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

/** What a summary must read as, straight from the page model. */
function expected(page: Page) {
  const L = page.lines;
  const levels = new Map(page.headings.map((h) => [h.start, h.level]));
  return {
    uri: page.uri,
    title: pageTitle(page),
    anchors: pageAnchors(page).map((a) => ({ id: a.id, kind: a.kind, label: a.label, level: levels.get(a.span.start), range: L.range(a.span.start, a.span.end), inComment: a.inComment, uri: page.uri })),
    links: page.links.filter((l) => !l.bare).map((l) => ({
      url: l.url, path: l.path, fragment: l.fragment, range: L.range(l.start, l.end), pathRange: L.range(l.pathSpan.start, l.pathSpan.end),
      fragmentRange: l.fragmentSpan && L.range(l.fragmentSpan.start, l.fragmentSpan.end), inComment: l.context === 'comment', image: l.image,
    })),
    subs: page.subs.map((u) => ({ key: u.key, range: L.range(u.start, u.end), keyRange: L.range(u.keySpan.start, u.keySpan.end) })),
    checklist: page.checklist.map((i) => ({ checked: i.checked, path: i.path, notes: [...i.notes], range: L.range(i.start, i.end) })),
    includes: includeDirectives(page).map((d) => d.argument.trim()),
    size: page.text.length,
  };
}

function assertReadsAsPage(page: Page, what: string): void {
  const want = expected(page);
  const eager = summarizePage(page);
  assert.deepStrictEqual(readSummary(eager), want, `${what}: summary`);
  assert.deepStrictEqual(readSummary(lazySummary(page)), want, `${what}: lazy summary`);
  // `check`'s: what the cross-page checks read (no labels, links or checklist: each page checks its own).
  assert.deepStrictEqual(readSummary(batchSummary(page)), { ...want, anchors: want.anchors.map((a) => ({ ...a, label: '' })), links: [], checklist: [] }, `${what}: batch summary`);
  assert.deepStrictEqual(readSummary(unpackSummaries(structuredClone(packSummaries([eager])))[0]!), want, `${what}: unpacked`);
}

test('every corpus page: the summary, the lazy one and the unpacked one read as the page model', () => {
  const files = ['docs-builder', 'ecs', 'elasticsearch-js'].flatMap((s) => markdownFiles(join(SHARED, 'corpus', s, 'docs')));
  assert.ok(files.length > 250);
  let anchors = 0;
  let fragments = 0;
  for (const f of files) {
    const page = parsePage(readFileSync(f, 'utf8'), fileUri(f));
    anchors += page.headings.length;
    fragments += page.links.filter((l) => l.fragmentSpan).length;
    assertReadsAsPage(page, f);
  }
  assert.ok(anchors > 1000 && fragments > 100);
});

test('generated pages: the summaries read as the page model', () => {
  fc.assert(fc.property(pageText, (text) => assertReadsAsPage(parsePage(text, 'file:///ws/p.md'), JSON.stringify(text))), { numRuns: RUNS });
});

test('a migration checklist, a heading without level, and positions past 65,535 (a long line, many lines)', () => {
  const long = 'x'.repeat(70_000);
  const text = `# T\n\n% - [x] ./raw-migrated-files/a.md\n% - [ ] ./raw-migrated-files/b.md\n%     Notes: keep the table\n\n$$$anchor-here$$$\n\n${long} [a](other.md#Frag) {{sub}} $$$far$$$\n${'\n'.repeat(70_000)}## Deep [x](#far)\n`;
  const page = parsePage(text, 'file:///ws/long.md');
  assertReadsAsPage(page, 'long page');
  const s = summarizePage(page);
  assert.equal(s.links[0].range.start.character, 70_001);
  assert.ok(s.links[1].range.start.line > 70_000);
  assert.equal(s.checklist.length, 2);
  assert.equal(s.anchors.find((a) => a.id === 'anchor-here')?.level, undefined);
  assert.ok(lazySummary(page).subs[0].keyRange.start.character > 70_000);
  // (Both ways of keeping the numbers are covered: this page's, and the usual one.)
  const short = parsePage('# T\n\n## A\n\n[x](#a)\n', 'file:///ws/short.md');
  assertReadsAsPage(short, 'short page');
  assert.ok(s.links[0].numbers.n instanceof Int32Array);
  assert.equal(typeof summarizePage(short).links[0].numbers.n, 'string');
});

test("a range read is the caller's: changing it changes nothing in the summary", () => {
  const s = summarizePage(parsePage('# T\n\n[x](other.md#a)\n', 'file:///ws/p.md'));
  const r = s.links[0].range;
  r.start.line = 99;
  assert.equal(s.links[0].range.start.line, 2);
});

test('lazy summaries share their getters (none of their own, which V8 would keep, with the page, in the old generation)', () => {
  const a = lazySummary(parsePage('# A\n\n## Sub\n\n[x](#sub)\n', 'file:///ws/a.md'));
  const b = lazySummary(parsePage('# B\n', 'file:///ws/b.md'));
  for (const k of ['title', 'anchors', 'links', 'subs', 'checklist', 'includes']) {
    assert.equal(Object.getOwnPropertyDescriptor(a, k), undefined, k);
    assert.equal(Object.getPrototypeOf(a), Object.getPrototypeOf(b));
  }
  assert.deepStrictEqual([a.title, b.title, a.anchors.map((x) => x.id), b.links.length], ['A', 'B', ['sub'], 0]);
});
