// Diagnostics in position order (diagnostics/order.ts): the same list, in the same order, as a stable sort.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { byPosition } from '../../server/src/diagnostics/order';
import type { DocDiagnostic } from '../../server/src/types';

const at = (line: number, character: number, i: number): DocDiagnostic => ({ code: `c${i}`, severity: 'error', message: '', range: { start: { line, character }, end: { line, character } } });

test('byPosition equals a stable sort by line and column: runs, ties, one run, empty', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(6), fc.nat(4)), { maxLength: 60 }), (xs) => {
    const list = xs.map(([l, c], i) => at(l, c, i));
    const sorted = [...list].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    assert.deepEqual(byPosition([...list]).map((d) => d.code), sorted.map((d) => d.code));
  }), { numRuns: 500 });
  const inOrder = [at(0, 1, 0), at(0, 1, 1), at(2, 0, 2)];
  assert.equal(byPosition(inOrder), inOrder);
  assert.deepEqual(byPosition([]), []);
});
