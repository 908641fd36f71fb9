// Property tests: whatever the page, the model and the service never throw, every range lies inside the
// document, results are deterministic, and a series of edits through the segment cache gives the same
// model as parsing the final text. Bounded here (PROPERTY_RUNS, default 150); scripts/soak runs longer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePage, SegmentCache } from '../../server/src/model/page';
import { scanSegment } from '../../server/src/model/segments';
import type { Page } from '../../server/src/model/types';
import { service, uri } from '../helpers';
import { edit, page } from './arbitraries';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

/** Every `start`/`end` pair anywhere in the model, with a path for the message. */
function spans(value: unknown, path: string, out: { path: string; start: number; end: number }[], seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((v, i) => spans(v, `${path}[${i}]`, out, seen));
    return;
  }
  const o = value as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number') out.push({ path, start: o.start, end: o.end });
  for (const [k, v] of Object.entries(o)) if (k !== 'lines' && k !== 'doc') spans(v, `${path}.${k}`, out, seen);
}

/** Each recorded text equals the source under its span. */
function spansPointAtText(p: Page): void {
  const at = (s: { start: number; end: number }) => p.text.slice(s.start, s.end);
  for (const h of p.headings) assert.equal(at(h.rawSpan), h.raw, 'heading raw');
  for (const u of p.subs) {
    assert.equal(at(u.keySpan), u.rawKey, 'sub key');
    for (const m of u.mutations) assert.equal(at(m.span), m.name, 'mutation');
  }
  for (const a of p.anchors) assert.equal(at(a.nameSpan), a.name, 'anchor');
  for (const l of p.links) {
    assert.equal(at(l.pathSpan), l.path, 'link path');
    if (l.fragmentSpan) assert.equal(at(l.fragmentSpan), l.fragment, 'link fragment');
    assert.equal(at(l.textSpan), l.text, 'link text');
  }
  for (const r of p.roles) assert.equal(at(r.contentSpan), r.content, 'role content');
  for (const d of p.directives) {
    assert.equal(at(d.nameSpan).replace(/[{}`:]/g, '').trim(), d.name, 'directive name');
    assert.equal(at(d.argumentSpan), d.argument, 'directive argument');
    for (const o of d.options) assert.equal(at(o.keySpan), o.key, 'option key');
  }
  for (const t of p.tables) for (const c of [...t.header, ...t.rows.flat()]) assert.equal(at(c), c.text, 'cell');
  for (const i of p.checklist) assert.equal(at(i.pathSpan), i.path, 'checklist path');
}

function facts(p: Page): string {
  const { lines: _l, frontMatter, ...rest } = p;
  void _l;
  return JSON.stringify({ ...rest, version: 0, uri: '', fm: frontMatter && { ...frontMatter, doc: undefined } });
}

test('the model never throws and every span lies inside the text', () => {
  fc.assert(fc.property(page, (text) => {
    for (const reader of [undefined, scanSegment]) {
      const p = parsePage(text, 'file:///ws/p.md', 0, { reader });
      const all: { path: string; start: number; end: number }[] = [];
      spans(p, 'page', all);
      for (const s of all) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${s.path} ${s.start}-${s.end} outside 0-${text.length}`);
      spansPointAtText(p);
    }
  }), { numRuns: RUNS });
});

test('the same text gives the same model; edits through the segment cache equal a fresh parse', () => {
  fc.assert(fc.property(page, fc.array(edit, { maxLength: 6 }), (text, edits) => {
    assert.equal(facts(parsePage(text)), facts(parsePage(text)));
    const cache = new SegmentCache();
    let t = text;
    parsePage(t, '', 0, { cache });
    for (const e of edits) {
      const at = Math.floor(e.at * t.length);
      t = t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.del));
      const incremental = parsePage(t, '', 0, { cache });
      spansPointAtText(incremental);
      assert.equal(facts(incremental), facts(parsePage(t)));
    }
  }), { numRuns: RUNS });
});

test('diagnostics and every feature never throw and answer inside the document', async () => {
  await fc.assert(fc.asyncProperty(page, fc.double({ min: 0, max: 1, noNaN: true }), async (text, where) => {
    const { ls } = service({ 'docs/docset.yml': 'subs:\n  ech: Elastic Cloud Hosted\n', 'docs/other.md': '# Other\n\n## Some heading\n', 'docs/p.md': text });
    await ls.index.build();
    const doc = { uri: uri('docs/p.md'), version: 1, text };
    const lines = ls.page(doc).lines;
    const inside = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => {
      assert.ok(r.start.line >= 0 && r.end.line < lines.lineCount, `range ${JSON.stringify(r)} outside ${lines.lineCount} lines`);
    };
    for (const d of await ls.diagnostics(doc)) inside(d.range);
    const pos = lines.positionAt(Math.floor(where * text.length));
    await ls.hover(doc, pos);
    await ls.completion(doc, pos, {});
    await ls.definition(doc, pos);
    await ls.references(doc, pos, true);
    await ls.documentHighlights(doc, pos);
    for (const s of await ls.documentSymbols(doc)) inside(s.range);
    await ls.documentLinks(doc);
    await ls.foldingRanges(doc);
    await ls.selectionRanges(doc, [pos]);
    await ls.codeActions(doc, { start: pos, end: pos }, []);
    await ls.codeLenses(doc);
    try {
      await ls.prepareRename(doc, pos);
    } catch (e) {
      assert.equal((e as Error).constructor.name, 'RenameRefused');
    }
  }), { numRuns: Math.max(20, RUNS / 3) });
});
