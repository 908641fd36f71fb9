// The incremental parse of an edited page (page.ts with a PageCache): what it parses and reads again, and that
// it gives what a fresh parse gives. The random-edit equivalence is in test/reliability/properties.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rescanBlocks } from '../../server/src/model/blockEdit';
import { scanBlocks } from '../../server/src/model/blocks';
import { LineIndex } from '../../server/src/model/lines';
import { parsePage, PageCache } from '../../server/src/model/page';
import { textChange } from '../../server/src/model/textChange';
import type { Page } from '../../server/src/model/types';

function plain(p: Page): unknown {
  const { lines, frontMatter, ...rest } = p;
  return { ...rest, blocks: rest.blocks.toArray(), starts: Array.from(lines.starts), fm: frontMatter && { ...frontMatter, doc: frontMatter.doc && JSON.stringify(frontMatter.doc.contents) } };
}

function replace(text: string, find: string, by: string): string {
  const at = text.indexOf(find);
  assert.ok(at >= 0, `no ${find}`);
  return text.slice(0, at) + by + text.slice(at + find.length);
}

const PAGE = [
  '---', 'title: T', 'sub:', '  x: y', '---', '# Title', '',
  'First paragraph with a [link](other.md#a) and {{x}}.', '',
  '## Section', '',
  '- item one', '- item two with $$$anchor$$$', '',
  '| a | b |', '| --- | --- |', '| [1](one.md) | 2 |', '| 3 | 4 |', '',
  ':::{note} Note {{x}}', ':name: n1', 'Inside the note.', ':::', '',
  '```bash subs=true', 'echo {{x}}', '```', '',
  '% - [ ] ./raw/a.md', '%      Notes: note', '',
  'Last paragraph [end](#section).', '',
].join('\n');

test('the text change: common prefix and suffix', () => {
  assert.deepEqual(textChange('abcdef', 'abXdef'), { start: 2, oldEnd: 3, newEnd: 3 });
  assert.deepEqual(textChange('abc', 'abxc'), { start: 2, oldEnd: 2, newEnd: 3 });
  assert.deepEqual(textChange('aaaa', 'aaa'), { start: 3, oldEnd: 4, newEnd: 3 });
  assert.deepEqual(textChange('same', 'same'), { start: 4, oldEnd: 4, newEnd: 4 });
  const long = 'x'.repeat(5000);
  assert.deepEqual(textChange(`${long}a${long}`, `${long}bc${long}`), { start: 5000, oldEnd: 5001, newEnd: 5002 });
});

test('the line index of an edited text equals a fresh one (LF, CRLF, lone CR, a CRLF split or joined)', () => {
  const cases: [string, string][] = [
    ['a\nb\nc', 'a\nbx\nc'], ['a\r\nb\r\nc', 'a\r\nb\r\n\r\nc'], ['a\r\nb', 'a\rb'], ['a\rb', 'a\r\nb'], ['a\r\nb', 'a\rx\nb'],
    ['', 'x\n'], ['x\n', ''], ['a\nb', '\na\nb'], ['a\nb\n', 'a\nb\n\n'],
  ];
  for (const [before, after] of cases) {
    const edited = new LineIndex(before).edited(after, textChange(before, after));
    assert.deepEqual(Array.from(edited.starts), Array.from(new LineIndex(after).starts), JSON.stringify([before, after]));
  }
});

test('an edit in a paragraph parses that paragraph again, and nothing else', () => {
  const cache = new PageCache();
  const first = parsePage(PAGE, 'file:///p.md', 1, { cache });
  const text = replace(PAGE, 'First paragraph', 'First long paragraph');
  const before = scanBlocks(PAGE);
  const edit = rescanBlocks(before, text, before.lines.edited(text, textChange(PAGE, text)), textChange(PAGE, text));
  assert.ok(edit);
  assert.equal(text.slice(edit.from, edit.to), 'First long paragraph with a [link](other.md#a) and {{x}}.\n\n');
  const page = parsePage(text, 'file:///p.md', 2, { cache });
  assert.deepEqual(plain(page), plain(parsePage(text, 'file:///p.md', 2)));
  assert.notEqual(page.links[0], first.links[0], 'the edited paragraph is read again');
});

test('an edit in a table row reads that row again; the other rows are kept; the table is found again', () => {
  const cache = new PageCache();
  const first = parsePage(PAGE, '', 0, { cache });
  const text = replace(PAGE, '| 3 | 4 |', '| 3 | 4 {{x}} |');
  const page = parsePage(text, '', 0, { cache });
  const one = (p: typeof page) => p.links.find((l) => l.url === 'one.md');
  assert.ok(one(first));
  assert.equal(one(page), one(first), 'the untouched row is not read again');
  assert.deepEqual(page.tables[0].rows.map((r) => r.map((c) => c.text)), [['[1](one.md)', '2'], ['3', '4 {{x}}']]);
  assert.deepEqual(plain(page), plain(parsePage(text, '', 0)));
});

test('what lies after an edit is moved, in copies: the previous version stays as it was', () => {
  const cache = new PageCache();
  const first = parsePage(PAGE, '', 0, { cache });
  const heading = first.headings[1];
  const text = replace(PAGE, 'First', 'The first');
  const second = parsePage(text, '', 1, { cache });
  assert.equal(first.text.slice(heading.start, heading.end), '## Section');
  assert.equal(second.text.slice(second.headings[1].start, second.headings[1].end), '## Section');
  assert.equal(second.headings[0], first.headings[0], 'before the edit: the same object');
  assert.notEqual(second.headings[1], heading);
  assert.equal(second.frontMatter, first.frontMatter, 'the front matter is not parsed again');
});

test('edits in the front matter or the first line parse the whole page again, and still read only what changed', () => {
  const cache = new PageCache();
  const first = parsePage(PAGE, '', 0, { cache });
  for (const text of [replace(PAGE, 'title: T', 'title: U'), replace(PAGE, '  x: y', '  x: z'), `x${PAGE}`, PAGE.replace('---\n', '--\n')]) {
    const before = cache.state!;
    assert.equal(rescanBlocks(before.blocks, text, before.page.lines.edited(text, textChange(before.text, text)), textChange(before.text, text)), undefined);
    const page = parsePage(text, '', 0, { cache });
    assert.deepEqual(plain(page), plain(parsePage(text, '', 0)));
    if (text.length === PAGE.length) assert.equal(page.links.find((l) => l.url === 'one.md'), first.links.find((l) => l.url === 'one.md'), 'an untouched unit is kept');
  }
});

test('typing a code fence mid-page turns the rest into code; closing it brings the page back', () => {
  const cache = new PageCache();
  parsePage(PAGE, '', 0, { cache });
  const open = replace(PAGE, '## Section', '```\n## Section');
  const opened = parsePage(open, '', 1, { cache });
  assert.equal(opened.headings.length, 1);
  assert.deepEqual(plain(opened), plain(parsePage(open, '', 1)));
  const closed = replace(open, '- item one', '```\n- item one');
  const page = parsePage(closed, '', 2, { cache });
  assert.deepEqual(plain(page), plain(parsePage(closed, '', 2)));
  assert.deepEqual(page.anchors.map((a) => a.name), ['anchor']);
});

test('a directive opened or closed by an edit: later directives keep their parents', () => {
  const text = [':::{note}', 'a', ':::', '', '::::{tab-set}', ':::{tab-item} A', 'x', ':::', '::::', ''].join('\n');
  const cache = new PageCache();
  parsePage(text, '', 0, { cache });
  for (const next of [replace(text, 'a\n:::', 'a'), replace(text, ':::{note}', ':::{note}\n:::{tip}'), text]) {
    const page = parsePage(next, '', 0, { cache });
    assert.deepEqual(plain(page), plain(parsePage(next)));
  }
});

test('an anchor whose line lost its heading marker is alone on its line after the edit (the unit text is the same)', () => {
  // Found by the property test (PROPERTY_RUNS=3000): the heading's content unit `$$$field-limits$$$` and the new
  // paragraph's have the same text and length, but what is around them on the line changed.
  for (const eol of ['\r\n', '\n']) {
    const before = ['---', '- list', '---', '# $$$field-limits$$$'].join(eol);
    const after = before.slice(before.indexOf('#') + 1);
    const cache = new PageCache();
    parsePage(before, 'file:///p.md', 1, { cache });
    const edited = parsePage(after, 'file:///p.md', 2, { cache });
    const fresh = parsePage(after, 'file:///p.md', 2);
    assert.deepEqual(edited.anchors.map((a) => [a.name, a.standalone]), [['field-limits', true]]);
    assert.deepEqual(plain(edited), plain(fresh));
    // And back: the anchor in a heading again is not alone.
    const again = parsePage(`#${after}`, 'file:///p.md', 3, { cache });
    assert.deepEqual(again.anchors.map((a) => a.standalone), [false]);
  }
});

test('irregular spaces after edits: typed, deleted, replaced, before and after others, in a long paragraph', () => {
  const lines = ['# T', ''];
  for (let i = 0; i < 100; i++) lines.push(`Line ${i}${i % 10 === 3 ? '\u2003' : ''} text.`);
  let text = `${lines.join('\n')}\n`;
  const cache = new PageCache();
  parsePage(text, '', 0, { cache });
  const edits: [string, string][] = [['Line 50 ', 'Line 50\u200B '], ['Line 53\u2003', 'Line 53'], ['Line 60 ', 'Line 60\u000B\u3000'], ['Line 60\u000B', 'Line 60x'], ['Line 0 ', 'Line 0\u2003 ']];
  for (const [i, [find, by]] of edits.entries()) {
    text = replace(text, find, by);
    const page = parsePage(text, '', i + 1, { cache });
    assert.deepEqual(page.irregular, parsePage(text, '', i + 1).irregular, `edit ${i}`);
    assert.deepEqual(plain(page), plain(parsePage(text, '', i + 1)), `edit ${i}`);
  }
});

test('links moved by an edit equal a fresh parse\'s: with and without a fragment, images, autolinks, bare URLs', () => {
  const text = ['# T', '', 'Typed here.', '', 'See [a](p.md), [b](p.md#sec), [c](#only), ![i](img.png "t"), <https://elastic.co/x>, https://elastic.co/y and [d](<q r.md>).', ''].join('\n');
  const cache = new PageCache();
  parsePage(text, '', 0, { cache });
  for (const [i, t] of [replace(text, 'Typed', 'Typed more'), replace(text, 'Typed here.', 'Typed\nhere.')].entries()) {
    const page = parsePage(t, '', i + 1, { cache });
    assert.equal(page.links.length, 7);
    assert.deepEqual(page.links, parsePage(t, '', i + 1).links, `edit ${i}`);
    parsePage(text, '', i + 10, { cache });
  }
});
