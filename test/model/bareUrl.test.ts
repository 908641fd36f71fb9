// Bare `https://` URLs as docs-builder's AutoLinkInlineParser reads them (server/src/model/bareUrl.ts), and where the
// inline scanner finds them. Test titles name the docs-builder test (tests/Elastic.Markdown.Tests/Inline/AutoLinkTests.cs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareUrlEnd, nextHttps } from '../../server/src/model/bareUrl';
import { parsePage } from '../../server/src/model/page';

/** The URL docs-builder autolinks at the first `https://` of `text`, or undefined. */
function url(text: string): string | undefined {
  const at = nextHttps(text, 0);
  const end = at < 0 ? -1 : bareUrlEnd(text, at, text.length);
  return end < 0 ? undefined : text.slice(at, end);
}

test('bare URLs end at white space, `<` and `>`, an unbalanced `)` or `]`, less trailing punctuation (docs-builder AutoLinkTrailingPeriodTests, AutoLinkInParenthesesTests, AutoLinkWithBalancedParensTests)', () => {
  assert.equal(url('Check out https://docs.test.io.'), 'https://docs.test.io');
  assert.equal(url('Visit https://first.test.io, or'), 'https://first.test.io');
  assert.equal(url('See the docs (https://docs.test.io) for details.'), 'https://docs.test.io');
  assert.equal(url('Check https://en.wikipedia.org/wiki/Rust_(programming_language) for more.'), 'https://en.wikipedia.org/wiki/Rust_(programming_language)');
  assert.equal(url('See https://docs.test.io/search?q=test&page=1 for results.'), 'https://docs.test.io/search?q=test&page=1');
  assert.equal(url('a https://x.io/p"?!\'; b'), 'https://x.io/p');
  assert.equal(url('a https://x.io/p<b>'), 'https://x.io/p');
  assert.equal(url('a https://x.io/p\u00a0b'), 'https://x.io/p');
  // U+200B is no white space to .NET: it stays in the URL.
  assert.equal(url('a https://x.io/p\u200bq'), 'https://x.io/p\u200bq');
  assert.equal(url('HTTPS://X.IO/P'), 'HTTPS://X.IO/P');
});

test('no bare URL: `https://` alone, http, ports, brackets, templates, localhost and example hosts (docs-builder AutoLink*ExclusionTests, AutoLinkDoesNotMatchHttpTests)', () => {
  for (const t of [
    'https://', 'https://.', 'http://docs.test.io', 'https://www.elastic.co:443/guide', 'https://www.iana.org/assignments[IANA',
    'https://{{cluster_id}}.es.test.co/api', 'https://localhost/api', 'https://127.0.0.1/health', 'https://example.com/docs',
    'https://system.example.com/setup', 'https://example.net', 'https://x.example.org:80',
  ]) assert.equal(url(t), undefined, t);
  // A colon that is no port (`:` then not only digits), and hosts that only look like the excluded ones, are links.
  assert.equal(url('https://a.io:x/p'), 'https://a.io:x/p');
  assert.equal(url('https://notexample.com/p'), 'https://notexample.com/p');
  assert.equal(url('https://example.company.io/p'), 'https://example.company.io/p');
});

test('nextHttps: any case, from any offset, the same answer whatever was asked before', () => {
  const text = 'a https://x.io b hTTps://y.io c ftp://z.io';
  assert.equal(nextHttps(text, 0), 2);
  assert.equal(nextHttps(text, 3), 17);
  assert.equal(nextHttps(text, 1), 2);
  assert.equal(nextHttps(text, 18), -1);
  assert.equal(nextHttps(text, 17), 17);
  assert.equal(nextHttps('https://q.io', 0), 0);
});

test('the page model keeps bare URLs as bare autolinks, where docs-builder parses inline Markdown and not in code, link URLs or <autolinks>', () => {
  const page = parsePage([
    '# See https://h.io/a', '', 'Text https://p.io/b and `https://code.io` [t](https://dest.io) <https://auto.io> \\https://esc.io/c', '',
    '% https://comment.io/d', '', '```', 'https://fence.io', '```', '',
  ].join('\n'));
  assert.deepEqual(page.links.filter((l) => l.bare).map((l) => `${l.url} ${l.context}`), [
    'https://h.io/a text', 'https://p.io/b text', 'https://esc.io/c text', 'https://comment.io/d comment',
  ]);
  assert.ok(page.links.filter((l) => l.bare).every((l) => l.autolink));
});
