// A long paragraph read again only around an edit (model/unitWindow.ts): what is kept, what is read again, and
// that each version equals a fresh parse, for edits that open or close what can reach across lines. The random
// edits are in test/reliability/properties.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage, PageCache } from '../../server/src/model/page';
import type { Page } from '../../server/src/model/types';

function plain(p: Page): unknown {
  const { lines, frontMatter, ...rest } = p;
  return { ...rest, blocks: rest.blocks.toArray(), starts: Array.from(lines.starts), fm: frontMatter };
}

/** A page whose second block is one paragraph of `n` lines, each with a substitution and a link. */
function longPage(n = 200): string {
  const lines = ['# Title', ''];
  for (let i = 0; i < n; i++) lines.push(`Line ${i} uses {{sub-${i}}} and [a link](page-${i}.md).`);
  return `${lines.join('\n')}\n\nAfter.\n`;
}

/** `text` with `insert` in place of `del` characters at the offset of `find` (plus `plus`). */
function edit(text: string, find: string, insert: string, plus = 0, del = 0): string {
  const at = text.indexOf(find);
  assert.ok(at >= 0, `no ${find}`);
  return text.slice(0, at + plus) + insert + text.slice(at + plus + del);
}

test('typing in a long paragraph reads a line or so again: before the edit the same objects, after it moved copies', () => {
  const cache = new PageCache();
  const first = parsePage(longPage(), '', 0, { cache });
  const text = edit(longPage(), 'Line 100 ', 'x', 5);
  const page = parsePage(text, '', 1, { cache });
  assert.deepEqual(plain(page), plain(parsePage(text, '', 1)));
  const at = (p: Page, url: string) => p.links.find((l) => l.url === url)!;
  assert.equal(at(page, 'page-99.md'), at(first, 'page-99.md'), 'the line before the edit is not read again');
  assert.notEqual(at(page, 'page-100.md'), at(first, 'page-100.md'));
  assert.equal(at(page, 'page-101.md').start, at(first, 'page-101.md').start + 1, 'after the edit: moved');
  assert.equal(page.subs.length, 200);
});

/** Each edit applied in turn through one cache: every version equals a fresh parse. */
function series(text: string, edits: ((t: string) => string)[]): void {
  const cache = new PageCache();
  parsePage(text, '', 0, { cache });
  let t = text;
  for (const [i, e] of edits.entries()) {
    t = e(t);
    assert.deepEqual(plain(parsePage(t, '', i + 1, { cache })), plain(parsePage(t, '', i + 1)), `edit ${i}`);
  }
}

test('edits in a long paragraph that open or close what reaches across lines equal a fresh parse', () => {
  const page = longPage();
  const cases: [string, ((t: string) => string)[]][] = [
    ['a link bracket left open, then closed lines later', [(t) => edit(t, 'Line 50 ', '['), (t) => edit(t, 'Line 90 ', ']'), (t) => edit(t, 'Line 90 ', '(x.md)', 9)]],
    ['a `]` typed into link text: the link now starts earlier', [(t) => edit(t, 'Line 60 ', '[b ', 0), (t) => edit(t, 'Line 61 ', '](c.md) ', 0)]],
    ['a link over two lines, broken and mended', [(t) => edit(t, 'Line 70 ', '[two\n', 0), (t) => edit(t, '[two\n', 'x', 2), (t) => edit(t, '[txwo\n', '', 2, 1)]],
    ['a title over lines hiding a substitution, opened and closed', [(t) => edit(t, 'page-80.md)', ' "t', 10), (t) => edit(t, 'page-83.md)', '"', 10), (t) => edit(t, ' "t', '', 0, 3)]],
    ['`{{` and `}}` and an anchor', [(t) => edit(t, '{{sub-40}}', '{{', 0), (t) => edit(t, '{{sub-41}}', '', 0, 2), (t) => edit(t, 'Line 42 ', '$$$a$$$ ', 0), (t) => edit(t, 'Line 43', '$$$b$$$\n', 0)]],
    ['a code span (the paragraph is read whole) opened and closed', [(t) => edit(t, 'Line 20 ', '`', 0), (t) => edit(t, 'Line 30 ', '`', 0), (t) => edit(t, 'Line 31 ', 'x', 0)]],
    ['a backslash escape typed and removed', [(t) => edit(t, 'Line 20 ', '\\[', 0), (t) => edit(t, 'Line 21 ', 'x', 0), (t) => edit(t, '\\[', '', 0, 2), (t) => edit(t, 'Line 22 ', 'x', 0)]],
    ['an autolink, a bare URL, an HTML tag, emphasis', [(t) => edit(t, 'Line 10 ', '<https://elastic.co/a> ', 0), (t) => edit(t, 'Line 11 ', 'https://elastic.co/b ', 0), (t) => edit(t, 'Line 12 ', '<b>x</b> *y* ', 0)]],
    ['a line that splits the paragraph: blank, heading, fence, list item', [(t) => edit(t, 'Line 100 ', '\n', 0), (t) => edit(t, 'Line 120 ', '# ', 0), (t) => edit(t, 'Line 140 ', '```\n', 0), (t) => edit(t, 'Line 160 ', '- ', 0), (t) => edit(t, 'Line 180 ', 'x', 0)]],
    ['the paragraph joined back', [(t) => edit(t, 'Line 100 ', '\n', 0), (t) => edit(t, '\nLine 100 ', '', 0, 1), (t) => edit(t, 'Line 101 ', 'x', 0)]],
  ];
  for (const [name, edits] of cases) {
    for (const eol of ['\n', '\r\n']) {
      try {
        series(eol === '\n' ? page : page.replace(/\n/g, '\r\n'), edits.map((e) => (t: string) => e(t)));
      } catch (e) {
        assert.fail(`${name} (${JSON.stringify(eol)}): ${(e as Error).message.slice(0, 400)}`);
      }
    }
  }
});

test('a page that is one long paragraph: each version has lists of its own, the previous versions stay as they were', () => {
  // No block after the paragraph: its lists are the page's whole lists (handed over, not copied, by the edit path).
  const text = longPage().replace('\n\nAfter.\n', '\n');
  const cache = new PageCache();
  const versions = [parsePage(text, '', 0, { cache })];
  const snapshot = (p: Page) => JSON.stringify([p.links, p.subs]);
  const before = [snapshot(versions[0])];
  let t = text;
  for (const [i, find] of ['Line 100 ', 'Line 3 ', 'Line 199 ', 'Title'].entries()) {
    t = edit(t, find, 'x[y](z.md) {{w}} ', find === 'Title' ? 0 : 5);
    const page = parsePage(t, '', i + 1, { cache });
    assert.deepEqual(plain(page), plain(parsePage(t, '', i + 1)), `version ${i + 1}`);
    for (const [k, p] of versions.entries()) {
      assert.notEqual(page.links, p.links);
      assert.notEqual(page.subs, p.subs);
      assert.equal(snapshot(p), before[k], `version ${k} unchanged by version ${i + 1}`);
    }
    versions.push(page);
    before.push(snapshot(page));
  }
});
