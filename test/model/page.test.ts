import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from '../../server/src/model/page';
import { sharedFile } from '../helpers';

{
  test(`substitutions only where docs-builder applies them`, () => {
    const text = [
      'Text {{ Ech | M.M | lc }} and `{{code}}` and {subs}`{{role}}` and {{x}}} and {{a b}}',
      '% comment {{incomment}}',
      '```bash',
      '{{nosubs}}',
      '```',
      '```bash subs=true',
      '{{yessubs}}',
      '```',
      '<!-- {{html}} -->',
      ':::{note} Title {{arg}}',
      'Body {{body}}',
      ':::',
      '[link {{intext}}](https://{{host}}/x)',
    ].join('\n');
    const p = parsePage(text);
    assert.deepEqual(p.subs.map((s) => [s.key, s.context]), [
      ['ech', 'text'], ['role', 'role'], ['a b', 'text'], ['incomment', 'comment'], ['yessubs', 'code'], ['arg', 'title'], ['body', 'text'], ['intext', 'text'], ['host', 'link-url'],
    ]);
    const u = p.subs[0];
    assert.equal(text.slice(u.keySpan.start, u.keySpan.end), 'Ech');
    assert.deepEqual(u.mutations.map((m) => [m.name, text.slice(m.span.start, m.span.end)]), [['M.M', 'M.M'], ['lc', 'lc']]);
    assert.deepEqual(p.roles.map((r) => [r.name, r.content]), [['subs', '{{role}}']]);
  });

  test(`headings with ids, custom ids, setext`, () => {
    const text = '# Page {{title}}\n\n## Use the [API](api.md)\n\n### Custom [my-id]\n\nSetext two\n---\n\n- item\n---\n';
    const p = parsePage(text);
    assert.deepEqual(p.headings.map((h) => [h.level, h.id, h.title, h.setext]), [
      [1, 'page-title', 'Page {{title}}', false], [2, 'use-the-apiapi.md', 'Use the [API](api.md)', false], [3, 'my-id', 'Custom', false], [2, 'setext-two', 'Setext two', true],
    ]);
    const custom = p.headings[2].customId!;
    assert.equal(text.slice(custom.start, custom.end), 'my-id');
  });

  test(`links, images, fragments and anchors`, () => {
    const text = 'See [the page](other.md#Some-Anchor "t") and ![alt](img/a.png) and [same](#here) and <https://elastic.co>.\n\n| a $$$cell-anchor$$$ | b |\n|---|---|\n| [c](c.md) | d |\n\n% [commented](gone.md)\n$$$standalone$$$\n';
    const p = parsePage(text);
    assert.deepEqual(p.links.map((l) => [l.path, l.fragment, l.image, l.context, l.autolink]), [
      ['other.md', 'Some-Anchor', false, 'text', false], ['img/a.png', undefined, true, 'text', false], ['', 'here', false, 'text', false],
      ['https://elastic.co', undefined, false, 'text', true], ['c.md', undefined, false, 'text', false], ['gone.md', undefined, false, 'comment', false],
    ]);
    const l = p.links[0];
    assert.equal(text.slice(l.urlSpan.start, l.urlSpan.end), 'other.md#Some-Anchor');
    assert.equal(text.slice(l.fragmentSpan!.start, l.fragmentSpan!.end), 'Some-Anchor');
    assert.equal(l.title, 't');
    assert.deepEqual(p.anchors.map((a) => [a.id, a.standalone]), [['cell-anchor', false], ['standalone', true]]);
  });
}

test('the seed page: 10 checklist items with notes, five anchors, four capability tables', () => {
  const text = sharedFile('samples/security.md');
  const p = parsePage(text);
  assert.equal(p.checklist.length, 10);
  assert.equal(p.checklist.filter((i) => !i.checked).length, 10);
  assert.deepEqual(p.checklist[0].notes, ['Notes: redirect only']);
  assert.equal(p.checklist[0].path, './raw-migrated-files/elasticsearch/elasticsearch-reference/security-files.md');
  assert.deepEqual(p.checklist.slice(1).map((i) => i.notes.length), [0, 0, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(p.anchors.map((a) => a.id), ['field-document-limitations', 'alias-limitations', 'preventing-unauthorized-access', 'preserving-data-integrity', 'maintaining-audit-trail']);
  assert.equal(p.tables.length, 4);
  assert.deepEqual(p.tables[0].rows[0].map((c) => c.text), ['**TLS (HTTP Layer)**', '✓ Managed', '✓ Managed', '✓ Configurable', '✓ Configurable', '✓ Manual']);
  assert.deepEqual(p.directives.map((d) => [d.name, d.closedBy]), [['warning', 'fence'], ['tip', 'fence']]);
  assert.equal(p.subs.filter((s) => s.key === 'ech').length, 5);
  assert.equal(p.frontMatterProblems.length, 0);
});

test('checklist leniency: * [ ], [X], notes over several lines, blank % ends notes', () => {
  const text = '% * [X] a.md\n%    Notes: one\n%    two\n%\n%    not a note\n% - [ ]   b.md  \n% -[ ] c.md\n';
  const p = parsePage(text);
  assert.deepEqual(p.checklist.map((i) => [i.checked, i.path, i.notes]), [[true, 'a.md', ['Notes: one', 'two']], [false, 'b.md', []]]);
});

test('table cells: escaped pipes and pipes in code spans stay in the cell (Markdig)', () => {
  const p = parsePage('| h1 | h2 |\n| --- | --- |\n| a \\| b | `x|y` |\n');
  assert.deepEqual(p.tables[0].rows[0].map((c) => c.text), ['a \\| b', '`x|y`']);
});

test('front matter YAML errors are kept, never thrown; sub keys lower-cased', () => {
  const bad = parsePage('---\nsub:\n  Foo: bar\n bad: [\n---\n# T\n');
  assert.ok(bad.frontMatterProblems.length > 0);
  const good = parsePage('---\nsub:\n  Foo: bar\n---\n# T\n');
  assert.deepEqual(good.frontMatter!.subs.map((s) => [s.key, s.rawKey, s.value]), [['foo', 'Foo', 'bar']]);
});
