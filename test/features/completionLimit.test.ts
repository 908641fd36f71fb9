// Completion lists cut for the editor: matched to what is typed, at most 200, marked incomplete when cut.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { limitCompletions, matchRank } from '../../server/src/features/completionLimit';
import { at } from './links/util';

/** A docset of 2,500 pages in 50 folders, and a page that links into it. */
function bigDocset(page: string): Record<string, string> {
  const files: Record<string, string> = { 'docs/index.md': '# Home\n', 'docs/guide/page.md': page };
  for (let f = 0; f < 50; f++) for (let p = 0; p < 50; p++) files[`docs/area-${f}/topic-${p}.md`] = `# Topic ${f}.${p}\n`;
  return files;
}

test('page paths after `](` in a docset of 2,500 pages: cut to 200, marked incomplete, the exact match kept and first', async () => {
  const { ls, d, pos } = await at(bigDocset('# P\n\nSee [x](../area-42/topic-7.md|\n'), 'docs/guide/page.md');
  assert.ok((await ls.completion(d, pos)).length > 2500);
  const list = await ls.completionList(d, pos);
  assert.equal(list.isIncomplete, true);
  assert.ok(list.items.length <= 200);
  assert.equal(list.items[0].label, '../area-42/topic-7.md');
  assert.ok(JSON.stringify(list).length < 100_000);
});

test('nothing typed yet: the nearest pages first; a partial path keeps only the pages it matches', async () => {
  const empty = await at(bigDocset('# P\n\nSee [x](|\n'), 'docs/guide/page.md');
  const list = await empty.ls.completionList(empty.d, empty.pos);
  assert.equal(list.isIncomplete, true);
  assert.equal(list.items.length, 200);
  assert.equal(list.items[0].label, '../index.md');
  const typed = await at(bigDocset('# P\n\nSee [x](../area-4/top|\n'), 'docs/guide/page.md');
  const cut = await typed.ls.completionList(typed.d, typed.pos);
  assert.deepEqual(cut.items.slice(0, 3).map((i) => i.label), ['../area-4/topic-0.md', '../area-4/topic-1.md', '../area-4/topic-10.md']);
  // Every page of area-4 is there, before any fuzzier match (area-40/…).
  const area4 = cut.items.filter((i) => i.label.startsWith('../area-4/'));
  assert.equal(area4.length, 50);
  assert.ok(cut.items.slice(0, 50).every((i) => i.label.startsWith('../area-4/')));
});

test('a short list goes as it is, complete', async () => {
  const { ls, d, pos } = await at({ 'docs/index.md': '# Home\n', 'docs/guide/page.md': '# P\n\nSee [x](|\n' }, 'docs/guide/page.md');
  const list = await ls.completionList(d, pos);
  assert.equal(list.isIncomplete, false);
  assert.deepEqual(list.items.map((i) => i.label), ['../index.md']);
});

test('matchRank: exact, prefix, word start, inside, in order, no match (any case)', () => {
  assert.equal(matchRank('intro', 'Intro'), 0);
  assert.equal(matchRank('int', 'introduction'), 1);
  assert.equal(matchRank('inst', 'guide/install.md'), 2);
  assert.equal(matchRank('stall', 'install'), 3);
  assert.equal(matchRank('gim', 'guide/install.md'), 4);
  assert.equal(matchRank('xyz', 'guide/install.md'), undefined);
});

test('items without an edit range are matched on the word before the cursor', () => {
  const items = Array.from({ length: 300 }, (_, i) => ({ label: `item-${i}` }));
  const cut = limitCompletions(items, 'see item-29', 0, 11);
  assert.equal(cut.isIncomplete, true);
  assert.deepEqual(cut.items.slice(0, 2).map((i) => i.label), ['item-29', 'item-290']);
  // item-29 and item-290…299 first (prefix), then those with the characters in order (item-129, item-209, …).
  assert.ok(cut.items.slice(0, 11).every((i) => i.label.startsWith('item-29')));
  assert.ok(cut.items.slice(11).every((i) => !i.label.startsWith('item-29') && matchRank('item-29', i.label) === 4));
  assert.ok(cut.items.some((i) => i.label === 'item-129'));
  assert.ok(!cut.items.some((i) => i.label === 'item-30'));
});

test('a page of 1,000 anchors after `](#`: only the best become items, and the list equals the one cut from them all', async () => {
  const headings = Array.from({ length: 1000 }, (_, i) => `## ${['Install', 'Configure', 'Upgrade', 'Secure'][i % 4]} step ${i}${i % 7 === 0 ? ' {#Custom-' + i + '}' : ''}`);
  for (const typed of ['', 'i', 'conf', 'STEP-9', 'custom-7', 'upgrade-step-40', 'zzz']) {
    const { ls, d, pos } = await at({ 'docs/index.md': `# Home\n\n${headings.join('\n\n')}\n\n$$$dup$$$ $$$DUP$$$\n\nSee [x](#${typed}|\n` }, 'docs/index.md');
    const all = await ls.completion(d, pos);
    assert.ok(all.length > 1000, typed);
    const lineText = `See [x](#${typed}`;
    const whole = limitCompletions(all, lineText, pos.line, pos.character);
    const list = await ls.completionList(d, pos);
    assert.equal(list.isIncomplete, true, typed);
    assert.deepEqual(list, whole, typed);
  }
});
