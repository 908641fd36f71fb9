// The per-document check timers: a keystroke restarts the quiet time, other reasons leave a waiting check be,
// an opened page is checked at once, and the index build can wait until every opened page was checked once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adaptiveDelay, CheckScheduler } from '../../server/src/checkScheduler';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('restart replaces a waiting check; another reason does not postpone it; close cancels', async () => {
  const ran: string[] = [];
  const s = new CheckScheduler((uri) => ran.push(uri));
  s.schedule('a', 5);
  s.schedule('a', 200);
  s.schedule('b', 200);
  s.schedule('b', 5, true);
  s.schedule('c', 5);
  s.closed('c');
  await tick(60);
  assert.deepEqual(ran.sort(), ['a', 'b']);
});

test('opened pages are checked at once; openPagesChecked waits for them, or gives up after its bound', async () => {
  const ran: string[] = [];
  const s = new CheckScheduler((uri) => ran.push(uri));
  await s.openPagesChecked(1000);
  s.opened('a');
  s.opened('b');
  let done = false;
  const waiting = s.openPagesChecked(5000).then(() => (done = true));
  await tick(20);
  assert.deepEqual(ran, ['a', 'b']);
  s.checked('a');
  await tick(5);
  assert.equal(done, false);
  s.checked('b');
  await waiting;
  assert.equal(done, true);
  s.opened('c');
  await s.openPagesChecked(10);
});

test('adaptive quiet time: at once after a fast check, longer for slow checks and long bursts, capped', () => {
  assert.equal(adaptiveDelay(undefined, 1), 0);
  assert.equal(adaptiveDelay(3, 1), 0);
  assert.equal(adaptiveDelay(3, 12), 10);
  assert.equal(adaptiveDelay(40, 1), 80);
  assert.equal(adaptiveDelay(20, 12), 60);
  assert.equal(adaptiveDelay(900, 1), 150);
});

test('a keystroke after a fast check is checked at once; after a slow one it waits; a fixed delay overrides', async () => {
  let now = 0;
  const ran: string[] = [];
  const s = new CheckScheduler((uri) => ran.push(uri), () => now);
  s.checked('fast', 4);
  s.checked('slow', 60);
  assert.equal(s.keystroke('fast'), 0);
  assert.equal(s.keystroke('slow'), 120);
  // A burst: keystrokes 20 ms apart.
  let delay = 0;
  for (let i = 0; i < 10; i++) { now += 20; delay = s.keystroke('fast'); }
  assert.equal(delay, 10);
  // A slow page in a long burst still waits in proportion to its last check.
  for (let i = 0; i < 10; i++) { now += 20; delay = s.keystroke('slow'); }
  assert.equal(delay, 120);
  now += 1000;
  assert.equal(s.keystroke('fast'), 0);
  s.fixedDelay = 20;
  assert.equal(s.keystroke('slow'), 20);
  await tick(60);
  assert.deepEqual([...new Set(ran)].sort(), ['fast', 'slow']);
});
