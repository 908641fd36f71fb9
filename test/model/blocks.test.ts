import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanBlocks } from '../../server/src/model/blocks';

const lines = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

test('front matter, code fences and what is inside them; `~~~` is no fence in docs-builder', () => {
  const text = '---\ntitle: x\n---\n# H\n```bash subs=true\n% not a comment\n:::{note}\n```\n~~~\n{{a}}\n~~~\n';
  const b = scanBlocks(text);
  assert.equal(text.slice(b.frontMatter!.content.start, b.frontMatter!.content.end), 'title: x\n');
  // EnhancedCodeBlockExtension replaces Markdig's FencedCodeBlockParser with EnhancedCodeBlockParser, whose only
  // opening character is the backtick: a `~~~` block is a paragraph.
  assert.equal(b.codeBlocks.length, 1);
  assert.equal(b.codeBlocks[0].lang, 'bash');
  assert.equal(b.codeBlocks[0].subs, true);
  assert.deepEqual(lines(text, b.units), ['H', '~~~\n{{a}}\n~~~']);
  assert.equal(b.comments.length, 0);
  assert.equal(b.directives.length, 0);
  assert.equal(scanBlocks(text, undefined, { commonmark: true }).codeBlocks.length, 2);
});

test('% comments follow docs-builder: one %, then space, tab or end of line', () => {
  const text = '% a comment\n%\n%%not\n%text\n   % indented\n    % four spaces\n%\tTab %%\n';
  const b = scanBlocks(text);
  assert.deepEqual(b.comments.map((c) => c.text), ['a comment', '', 'indented', 'Tab']);
  assert.deepEqual(b.notComments.map((n) => n.reason), ['double', 'no-space']);
  // `%%not` and `%text` are text (CommentBlockParser wants one `%` and a space); so is a `%` indented 4 columns.
  assert.deepEqual(lines(text, b.units), ['%%not\n%text', '% four spaces']);
});

test('<!-- --> comments: single line, multi-line, unterminated', () => {
  const b = scanBlocks('<!-- one --> tail\ntext\n<!--\n[x](y.md)\n--> lost\n<!-- open\nrest\n');
  assert.deepEqual(b.blockComments.map((c) => c.closed), [true, true, false]);
  assert.deepEqual(b.units.length, 1);
});

test('directives: names, arguments, options, nesting and closing', () => {
  const text = '::::{tab-set}\n:group: g\n:::{tab-item} First tab\n:sync: one\nBody\n:::\n::::\n';
  const b = scanBlocks(text);
  assert.deepEqual(b.directives.map((d) => [d.name, d.argument, d.fenceLength, d.closedBy, d.depth]), [
    ['tab-set', '', 4, 'fence', 0],
    ['tab-item', 'First tab', 3, 'fence', 1],
  ]);
  assert.deepEqual(b.directives[0].options.map((o) => [o.key, o.value]), [['group', 'g']]);
  assert.deepEqual(b.directives[1].options.map((o) => [o.key, o.value, text.slice(o.valueSpan.start, o.valueSpan.end)]), [['sync', 'one', 'one']]);
  assert.equal(b.directives[1].parent, 0);
  assert.equal(text.slice(b.directives[1].nameSpan.start, b.directives[1].nameSpan.end), 'tab-item');
});

test('an inner fence as long as the outer one closes the outer block (Markdig continues outside-in)', () => {
  const b = scanBlocks(':::{note}\n:::{tip}\ntext\n:::\n:::\n');
  assert.deepEqual(b.directives.map((d) => [d.name, d.closedBy]), [['note', 'fence'], ['tip', 'parent']]);
  assert.equal(b.strayFences.length, 1);
});

test('unclosed directive runs to the end; backtick directives and literal blocks', () => {
  const b = scanBlocks(':::{warning}\ntext\n');
  assert.equal(b.directives[0].closedBy, 'eof');
  const c = scanBlocks('```{note}\nBody\n```\n```{code} sh subs=true\necho {{x}}\n```\n```yaml {applies_to}\nstack: ga\n```\n');
  assert.deepEqual(c.directives.map((d) => [d.name, d.fenceChar]), [['note', '`']]);
  assert.deepEqual(c.codeBlocks.map((x) => [x.directive, x.lang, x.subs]), [['code', 'sh', true], ['applies_to', 'yaml', false]]);
});
