// Memos per page model or summary (server/src/model/perObject.ts) die with their object: the values of a WeakMap
// outlive their dead keys by a young-generation collection, which copies them (measured here beside it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PerObject } from '../../server/src/model/perObject';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (o?: { type: 'minor' }) => void;
const heapMB = () => process.memoryUsage().heapUsed / 1e6;

/** Heap growth (MB) after one young-generation collection, for 2,000 dead objects given an 8 KB memo each. */
function leftAfterScavenge(remember: (key: object, value: number[]) => void): number {
  gc();
  gc();
  const before = heapMB();
  for (let i = 0; i < 2000; i++) remember({ i }, new Array(1000).fill(i));
  gc({ type: 'minor' });
  return heapMB() - before;
}

test('a memo kept on its object is gone with it at the next young-generation collection', () => {
  const memo = new PerObject<object, number[]>('test');
  const key = { page: 1 };
  memo.set(key, [1, 2]);
  assert.deepEqual(memo.get(key), [1, 2]);
  assert.equal(memo.get({ page: 1 }), undefined);
  // Invisible to what reads the object: its keys, JSON, structured clones, deep equality.
  assert.deepEqual(Object.keys(key), ['page']);
  assert.equal(JSON.stringify(key), '{"page":1}');
  assert.deepEqual(structuredClone(key), { page: 1 });
  const perObject = leftAfterScavenge((k, v) => memo.set(k, v));
  const weak = new WeakMap<object, number[]>();
  const weakMap = leftAfterScavenge((k, v) => weak.set(k, v));
  assert.ok(perObject < 1, `${perObject.toFixed(1)} MB left by dead objects' memos`);
  // The reason it is not a WeakMap (if V8 changes this, the WeakMaps could come back).
  assert.ok(weakMap > perObject, `WeakMap: ${weakMap.toFixed(1)} MB, on the object: ${perObject.toFixed(1)} MB`);
});
