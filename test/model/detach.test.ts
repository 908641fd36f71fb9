// A page typed in is parsed from its last version (server/src/model/pageEdit.ts), which keeps the objects the edit
// did not touch. Their strings must not keep the texts of the versions they were read in alive (detach.ts): counted
// in a heap snapshot, after a full collection, as the strings as long as the page's text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString, getHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parsePage, PageCache } from '../../server/src/model/page';
import { detachStrings } from '../../server/src/model/detach';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** How many strings of `from`..`to` characters the heap holds (the page texts of the test, and nothing else). */
async function stringsOfLength(from: number, to: number): Promise<number> {
  gc();
  gc();
  let json = '';
  for await (const chunk of getHeapSnapshot()) json += chunk;
  const snap = JSON.parse(json) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const m = snap.snapshot.meta;
  const nf = m.node_fields.length;
  const type = m.node_fields.indexOf('type');
  const size = m.node_fields.indexOf('self_size');
  const types = m.node_types[0];
  let n = 0;
  // A two-byte text of L characters takes about 2L bytes, a one-byte one L: both fall in [from, 2·to + 32].
  for (let i = 0; i < snap.nodes.length; i += nf) {
    if (types[snap.nodes[i + type]] !== 'string') continue;
    const s = snap.nodes[i + size];
    if (s >= from && s <= 2 * to + 32) n++;
  }
  return n;
}

function pageText(): string {
  const parts = ['---', 'title: Typing', '---', '', '# Typing in a page', ''];
  for (let i = 0; i < 60; i++) {
    parts.push(`## Section number ${i} with a long title`, '', `A paragraph with [a link to somewhere](other-page.md#anchor-number-${i}) and {{substitution_${i}}} “quoted”.`, '');
    parts.push(`% - [ ] ./raw-migrated-files/some/long/path/file-${i}.md`, '', '| Feature column | Deployment type |', '| --- | --- |', `| ✓ Managed row ${i} | Something longer |`, '');
  }
  return parts.join('\n');
}

test('typing through the page cache keeps no earlier version\'s text alive', async () => {
  const start = pageText();
  let text = start;
  const cache = new PageCache();
  let page = parsePage(text, 'file:///p.md', 0, { cache });
  const edits = 60;
  for (let v = 1; v <= edits; v++) {
    // One character typed in a different paragraph each time (after the first space of a line).
    const line = text.indexOf('\nA paragraph', Math.floor((text.length * ((v * 37) % 100)) / 100));
    const at = line < 0 ? text.indexOf('\nA paragraph') + 2 : line + 2;
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    page = parsePage(text, 'file:///p.md', v, { cache });
  }
  assert.equal(page.text, text);
  // The current text, the first version's (what the first parse read and no edit touched keeps it), and the page's
  // own `text` in this test's variables: nothing for the 60 versions in between.
  const alive = await stringsOfLength(start.length, text.length);
  assert.ok(alive <= 3, `${alive} texts of the page alive after ${edits} edits`);
});

test('detachStrings changes no value: long and short strings, nested objects and lists, typed arrays', () => {
  const text = 'a long text of which a view is cut';
  const o = { id: text.slice(2, 20), short: 'ab', n: 3, span: { start: 1, end: 2 }, cells: [{ raw: text.slice(5) }], flags: new Uint8Array(2) };
  detachStrings(o);
  assert.deepEqual(o, { id: 'long text of which', short: 'ab', n: 3, span: { start: 1, end: 2 }, cells: [{ raw: 'g text of which a view is cut' }], flags: new Uint8Array(2) });
});
