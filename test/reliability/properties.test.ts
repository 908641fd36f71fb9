// Property tests: whatever the page, the model and the service never throw, every range lies inside the
// document, results are deterministic, and a series of edits through the page cache (the incremental
// parse) gives the same model, block scan and diagnostics as parsing each version afresh. Bounded here
// (PROPERTY_RUNS, default 150); scripts/soak runs longer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanBlocks } from '../../server/src/model/blocks';
import { parsePage, PageCache, type ParseOptions } from '../../server/src/model/page';
import { textChange } from '../../server/src/model/textChange';
import type { Page } from '../../server/src/model/types';
import { readSummary, service, uri } from '../helpers';
import { edit, longParagraphEdit, longParagraphPage, page } from './arbitraries';

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
    const p = parsePage(text, 'file:///ws/p.md', 0);
    const all: { path: string; start: number; end: number }[] = [];
    spans(p, 'page', all);
    for (const s of all) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${s.path} ${s.start}-${s.end} outside 0-${text.length}`);
    spansPointAtText(p);
  }), { numRuns: RUNS });
});

test('the same text gives the same model; edits through the page cache equal a fresh parse', () => {
  fc.assert(fc.property(page, fc.array(edit, { maxLength: 6 }), (text, edits) => {
    assert.equal(facts(parsePage(text)), facts(parsePage(text)));
    const cache = new PageCache();
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
  }), { numRuns: Math.max(20, Math.round(RUNS / 3)) });
});

/** Keystrokes and small pastes that change a page's structure: line breaks, fences, comment and table marks. */
const keystroke = fc.constantFrom('x', ' ', '\n', '\r\n', '\r', '\n\n', '`', '```', '~~~', ':', ':::', '::::{note}\n', '%', '% ', '|', '-', '---', '...', '#', '# ',
  '$$$', '{{', '}}', '[', ']', '(', ')', '<!--', '-->', '\t', '    ', '* ', '1. ', '=', ':name: n', '| --- |', '\u2003', '\u200B', '{es}', ' // c', ' <1>');
const small = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), del: fc.integer({ min: 0, max: 3 }), insert: keystroke });
const anyEdit = fc.oneof(edit, small, small);

function apply(t: string, e: { at: number; del: number; insert: string }): string {
  const at = Math.floor(e.at * t.length);
  return t.slice(0, at) + e.insert + t.slice(Math.min(t.length, at + e.del));
}

/** The whole model as plain data (the line index as its line starts, the YAML document as its contents). */
function plain(p: Page): unknown {
  const { lines, frontMatter, ...rest } = p;
  return { ...rest, blocks: rest.blocks.toArray(), starts: Array.from(lines.starts), linesText: lines.text === p.text, fm: frontMatter && { ...frontMatter, doc: frontMatter.doc && JSON.stringify(frontMatter.doc.contents) } };
}

test('the text change is the one replaced range', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (pre, a, b, post) => {
    const before = pre + a + post;
    const after = pre + b + post;
    const c = textChange(before, after);
    assert.ok(c.start >= 0 && c.start <= c.oldEnd && c.start <= c.newEnd);
    assert.equal(before.slice(0, c.start), after.slice(0, c.start));
    assert.equal(before.slice(c.oldEnd), after.slice(c.newEnd));
    assert.equal(before.slice(0, c.start) + after.slice(c.start, c.newEnd) + before.slice(c.oldEnd), after);
    // As small as it can be: the prefix and the suffix cannot grow.
    assert.ok(c.start === Math.min(before.length, after.length) || before[c.start] !== after[c.start] || c.oldEnd === c.start || c.newEnd === c.start);
  }), { numRuns: RUNS * 4 });
});

test('incremental parse: each version of a series of edits equals a fresh parse (model, line index, block scan)', () => {
  const modes: ParseOptions[] = [{}, { skipFrontMatterYaml: true }];
  fc.assert(fc.property(page, fc.array(anyEdit, { minLength: 1, maxLength: 12 }), fc.nat(modes.length - 1), (text, edits, mode) => {
    const cache = new PageCache();
    let t = text;
    parsePage(t, '', 0, { ...modes[mode], cache });
    for (const [i, e] of edits.entries()) {
      t = apply(t, e);
      const incremental = parsePage(t, 'file:///ws/p.md', i + 1, { ...modes[mode], cache });
      assert.deepStrictEqual(plain(incremental), plain(parsePage(t, 'file:///ws/p.md', i + 1, modes[mode])));
      // The block structure kept for the next edit (its inline units are only those of the re-parsed stretch).
      const { lines: _l, units: _s, paragraphs: _p, ...blocks } = cache.state!.blocks;
      const { lines: _f, units: _fs, paragraphs: _fp, ...fresh } = scanBlocks(t);
      assert.deepStrictEqual({ ...blocks, nodes: blocks.nodes.toArray() }, { ...fresh, nodes: fresh.nodes.toArray() });
    }
  }), { numRuns: RUNS * 2 });
});

/** After each of `edits`, the edited service's diagnostics (with `summary`, its index entry too) equal a fresh one's. */
async function matchesFreshService(files: Record<string, string>, text: string, edits: Parameters<typeof apply>[1][], summary: boolean): Promise<void> {
  const { ls } = service({ ...files, 'docs/p.md': text });
  await ls.index.build();
  const doc = (t: string, version: number) => ({ uri: uri('docs/p.md'), version, text: t });
  await ls.diagnostics(doc(text, 0));
  let t = text;
  for (const [i, e] of edits.entries()) {
    t = apply(t, e);
    const fresh = service({ ...files, 'docs/p.md': t }).ls;
    await fresh.index.build();
    assert.deepStrictEqual(await ls.diagnostics(doc(t, i + 1)), await fresh.diagnostics(doc(t, i + 1)));
    if (summary) assert.deepStrictEqual(readSummary(ls.index.get(uri('docs/p.md'))!), readSummary(fresh.index.get(uri('docs/p.md'))!));
  }
}

test('incremental parse: diagnostics after each edit equal those of a fresh service', async () => {
  const files = { 'docs/docset.yml': 'subs:\n  ech: Elastic Cloud Hosted\n', 'docs/other.md': '# Other\n\n## Some heading\n' };
  await fc.assert(fc.asyncProperty(page, fc.array(anyEdit, { minLength: 1, maxLength: 6 }), (text, edits) => matchesFreshService(files, text, edits, true)), { numRuns: Math.max(20, Math.round(RUNS / 3)) });
});

test('incremental parse: edits inside a long paragraph (read again only around them) equal a fresh parse', () => {
  fc.assert(fc.property(longParagraphPage, fc.array(longParagraphEdit, { minLength: 1, maxLength: 15 }), (text, edits) => {
    const cache = new PageCache();
    let t = text;
    parsePage(t, '', 0, { cache });
    for (const [i, e] of edits.entries()) {
      t = apply(t, e);
      const incremental = parsePage(t, 'file:///ws/p.md', i + 1, { cache });
      assert.deepStrictEqual(plain(incremental), plain(parsePage(t, 'file:///ws/p.md', i + 1)), JSON.stringify({ text, edits: edits.slice(0, i + 1) }));
    }
  }), { numRuns: RUNS * 2 });
});

test('incremental diagnostics: edits inside a long paragraph give the diagnostics of a fresh service', async () => {
  const files = { 'docs/docset.yml': 'subs:\n  ech: Elastic Cloud Hosted\n', 'docs/other.md': '# Other\n' };
  await fc.assert(fc.asyncProperty(longParagraphPage, fc.array(longParagraphEdit, { minLength: 1, maxLength: 8 }), (text, edits) => matchesFreshService(files, text, edits, false)), { numRuns: Math.max(10, Math.round(RUNS / 5)) });
});
