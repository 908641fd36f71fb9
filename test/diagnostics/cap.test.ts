// The editor's cap on a page's diagnostics: the most severe first, then by position, and a closing note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capDiagnostics, TRUNCATED_CODE } from '../../server/src/diagnostics/cap';
import { byPosition } from '../../server/src/diagnostics/order';
import type { DocDiagnostic, Severity } from '../../server/src/types';
import { service, uri } from '../helpers';

const d = (severity: Severity, line: number, character = 0): DocDiagnostic => ({
  code: `x.${severity}`, severity, message: `${severity} at ${line}:${character}`, range: { start: { line, character }, end: { line, character: character + 1 } },
});

test('a list under the cap is left as it is', () => {
  const list = [d('warning', 3), d('error', 1)];
  assert.equal(capDiagnostics(list, 5), list);
});

test('over the cap: errors before warnings before information, then by position; one closing note with the count left out', () => {
  const list = [d('information', 0), d('warning', 5), d('error', 9, 4), d('hint', 1), d('warning', 2), d('error', 9, 1), d('error', 20)];
  const out = capDiagnostics(list, 4);
  assert.deepEqual(out.slice(0, 4).map((x) => x.message), ['error at 9:1', 'error at 9:4', 'error at 20:0', 'warning at 2:0']);
  assert.equal(out.length, 5);
  assert.equal(out[4].code, TRUNCATED_CODE);
  assert.equal(out[4].severity, 'information');
  assert.match(out[4].message, /^and 3 more problems \(not shown\)/);
});

test('100,000 problems: 1,000 kept, fast enough for a keystroke', () => {
  const list: DocDiagnostic[] = [];
  for (let i = 0; i < 100_000; i++) list.push(d(i % 10 === 0 ? 'error' : 'warning', 100_000 - i));
  const t = performance.now();
  const out = capDiagnostics(list);
  const ms = performance.now() - t;
  assert.equal(out.length, 1001);
  assert.ok(out.slice(0, 1000).every((x) => x.severity === 'error'));
  assert.equal(out[0].range.start.line, 10);
  assert.match(out[1000].message, /^and 99,000 more problems/);
  assert.ok(ms < 200, `${ms.toFixed(0)} ms`);
});

test('over the cap: what a stable sort by severity, line and column of the whole list keeps first', () => {
  const position = fc.record({ severity: fc.constantFrom<Severity>('error', 'warning', 'information', 'hint'), line: fc.integer({ min: 0, max: 30 }), character: fc.constantFrom(0, 1, 7, 2 ** 21 - 1, 2 ** 21, 2 ** 21 + 5) });
  const rank = { error: 0, warning: 1, information: 2, hint: 3 };
  fc.assert(fc.property(fc.array(position, { minLength: 2, maxLength: 300 }), fc.nat(), (ps, m) => {
    const max = 1 + (m % (ps.length - 1));
    const list = ps.map((p, i) => ({ ...d(p.severity, p.line, p.character), message: `#${i}` }));
    const sorted = list.slice().sort((a, b) => rank[a.severity] - rank[b.severity] || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const out = capDiagnostics(list, max);
    assert.deepEqual(out.slice(0, -1).map((x) => x.message), sorted.slice(0, max).map((x) => x.message));
    assert.equal(out[out.length - 1].code, TRUNCATED_CODE);
  }), { numRuns: 500 });
  const down = Array.from({ length: 5000 }, (_, i) => d(i % 3 === 0 ? 'error' : 'hint', 5000 - i));
  assert.deepEqual(capDiagnostics(down, 3).map((x) => x.range.start.line), [2, 5, 8, 0]);
});

test('over the cap, a list in any order is capped as the same list in position order (equal positions: in list order)', () => {
  const position = fc.record({ severity: fc.constantFrom<Severity>('error', 'warning', 'information', 'hint'), line: fc.integer({ min: 0, max: 6 }), character: fc.constantFrom(0, 1, 2 ** 21 - 1, 2 ** 21, 2 ** 21 + 5) });
  fc.assert(fc.property(fc.array(position, { minLength: 2, maxLength: 60 }), fc.nat(), fc.nat(), (ps, m, seed) => {
    const max = 1 + (m % (ps.length - 1));
    const list = ps.map((p, i) => ({ ...d(p.severity, p.line, p.character), message: `#${i}` }));
    const sorted = byPosition(list.slice());
    // A shuffle that keeps diagnostics of the same position in their order (as the rules' lists are merged).
    const shuffled = sorted.slice().sort((a, b) => ((Number(a.message.slice(1)) * 7919 + seed) % 101) - ((Number(b.message.slice(1)) * 7919 + seed) % 101));
    const inOrder = byPosition(shuffled.slice());
    assert.deepEqual(capDiagnostics(shuffled, max), capDiagnostics(inOrder, max));
  }), { numRuns: 500 });
});

test('the service with `max` answers as the cap of its whole list, without sorting it first', async () => {
  const lines = ['# Page', ''];
  for (let i = 0; i < 40; i++) lines.push(`Line ${i} {{no-such-${i % 7}}} and [x](missing-${i}.md) and [y](#no-such-anchor).`);
  const { ls } = service({ 'docs/docset.yml': 'project: p\ntoc:\n  - file: index.md\n', 'docs/index.md': lines.join('\n') });
  const doc = { uri: uri('docs/index.md'), version: 1, text: lines.join('\n') };
  const all = await ls.diagnostics(doc);
  assert.ok(all.length > 100, `${all.length}`);
  assert.deepEqual(await ls.diagnostics(doc, { max: 50 }), capDiagnostics(all, 50));
  assert.deepEqual(await ls.diagnostics(doc, { max: 1000 }), all);
});
