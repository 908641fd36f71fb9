import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanBlocks } from '../../server/src/model/blocks';
import { ancestorsOf, childrenOf, codeBlockNode, siblingsAfter } from '../../server/src/model/blockTree';
import { nodesOutline } from './structure';

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

// docs-builder's mode construct by construct (what plain CommonMark lacks or Markdig does differently; the
// CommonMark part is held to remark by test/model/commonmark.test.ts and test/corpus/differential.test.ts).
const outline = (text: string) => nodesOutline(scanBlocks(text).nodes.toArray()).split('\n');

test('a fence in a list item ends with the item (CommonMark containers), so later headings are headings', () => {
  const b = scanBlocks('- item\n  ```console\n  GET x\n- next\n## Later\n');
  assert.deepEqual(b.codeBlocks.map((c) => [c.lang, c.closed]), [['console', false]]);
  assert.deepEqual(b.headings.map((h) => h.id), ['later']);
  assert.deepEqual(outline('- item\n  ```console\n  GET x\n- next\n## Later\n'), [
    'list 1-4', '  listItem 1-3', '    paragraph 1-1', '    code 2-3', '  listItem 4-4', '    paragraph 4-4', 'heading 5-5',
  ]);
});

test('a closing fence 4+ columns past its container closes nothing outside it (Markdig: FencedBlockParserBase ignores code-indented fences)', () => {
  const b = scanBlocks(':::{dropdown} S\n1. a\n\n    :::{note}\n    b\n    :::\n:::\n');
  assert.deepEqual(b.directives.map((d) => [d.name, d.closedBy, d.parent]), [['dropdown', 'fence', undefined], ['note', 'fence', 0]]);
  assert.equal(b.strayFences.length, 0);
  // Without the list item the same lines are code-indented text for the dropdown: the note is never opened there.
  const flat = scanBlocks(':::{dropdown} S\n\n    :::{note}\n    b\n    :::\n:::\n');
  assert.deepEqual(flat.directives.map((d) => d.name), ['dropdown']);
});

test('block quotes and definition lists are containers too; their fences and headings stay inside', () => {
  const text = '> ```yaml\n> # not a heading\n> ```\n>\n> ## Quoted\n\nTerm\n:   Definition:\n\n    ```json\n    # neither\n    ```\n';
  const b = scanBlocks(text);
  assert.deepEqual(b.headings.map((h) => h.id), ['quoted']);
  assert.equal(b.codeBlocks.length, 2);
  assert.deepEqual(outline(text), [
    'blockquote 1-5', '  code 1-3', '  heading 5-5', 'paragraph 7-7', 'definitionList 8-12', '  definitionItem 8-12', '    paragraph 8-8', '    code 10-12',
  ]);
});

test('a directive left open in a list item closes with the item; one left open at the end runs to the end', () => {
  const b = scanBlocks('1. Step\n\n   :::{note}\n   Inside\n2. Next\n\n:::{tip}\nopen\n');
  assert.deepEqual(b.directives.map((d) => [d.name, d.closedBy]), [['note', 'container'], ['tip', 'eof']]);
});

test('options: `:key: value` lines anywhere in a directive body; other `:` lines never open a paragraph (DirectiveParagraphParser)', () => {
  const text = ':::{image} a.png\n:alt: An image\n:::\n\n:::{note}\nBody\n\n:class: late\n:::\n\n:top-level: {{dropped}}\n';
  const b = scanBlocks(text);
  assert.deepEqual(b.directives.map((d) => d.options.map((o) => `${o.key}=${o.value}`)), [['alt=An image'], ['class=late']]);
  assert.deepEqual(lines(text, b.units), ['Body']);
  // A `:` line right after paragraph text continues the paragraph (a lazy continuation).
  assert.deepEqual(lines('Text\n:more\n', scanBlocks('Text\n:more\n').units), ['Text\n:more']);
});

test('% comments interrupt a paragraph; <!-- opens whatever the indent (MultipleLineCommentBlockParser)', () => {
  const b = scanBlocks('Para\n% comment\nmore\n      <!-- hidden\n[x](y.md)\n-->\n');
  assert.deepEqual(b.comments.map((c) => c.text), ['comment']);
  assert.deepEqual(b.blockComments.map((c) => c.closed), [true]);
  assert.deepEqual(b.units.length, 2);
});

test('tabs: a list item and its continuation indented with tabs, a block quote marker taking part of a tab', () => {
  const b = scanBlocks('-\tone\n\t```\n\tcode\n\t```\n>\t\t# not code-indented here\n');
  assert.equal(b.codeBlocks.length, 1);
  assert.deepEqual(b.headings.map((h) => h.id), []);
  assert.deepEqual(outline('-\tone\n\t```\n\tcode\n\t```\n'), ['list 1-4', '  listItem 1-4', '    paragraph 1-1', '    code 2-4']);
});

test('a heading custom id is not inline content (docs-builder strips `[id]` first): no substitution read there', () => {
  const text = '## Interval [tail-{{input-type}}]\n';
  const b = scanBlocks(text);
  assert.deepEqual(lines(text, b.units), ['Interval ']);
  assert.equal(b.headings[0].id, 'tail-input-type');
});

test('```{{applies_to}} is an applies_to block (EnhancedCodeBlockParser looks for `{applies_to}` anywhere in the line)', () => {
  const b = scanBlocks('```{{applies_to}}\nstack: ga\n```\n```yaml {applies_to}\nstack: ga\n```\n');
  assert.deepEqual(b.codeBlocks.map((c) => [c.directive, c.lang]), [['applies_to', ''], ['applies_to', 'yaml']]);
});

test('the tree: a code block\'s node, its later siblings in its container, a list\'s items and whether it is numbered', () => {
  const text = '1. Run:\n\n   ```sh\n   run\n   ```\n\n   Where:\n\n   - a\n   - b\n\n2. Next\n\n* other\n';
  const b = scanBlocks(text);
  const nodes = b.nodes;
  const n = nodes.toArray();
  const show = (is: number[]) => is.map((i) => `${n[i].type} ${n[i].startLine + 1}-${n[i].endLine + 1}`);
  const code = codeBlockNode(nodes, b.codeBlocks[0]);
  assert.deepEqual(show([code]), ['code 3-5']);
  assert.deepEqual(show(ancestorsOf(nodes, code)), ['listItem 1-10', 'list 1-12']);
  assert.deepEqual(show(siblingsAfter(nodes, code)), ['paragraph 7-7', 'list 9-10']);
  // An item ends with its content, and its list with the last item; the items are the list's children.
  const outer = ancestorsOf(nodes, code)[1];
  assert.deepEqual(show(childrenOf(nodes, outer)), ['listItem 1-10', 'listItem 12-12']);
  assert.deepEqual(show(childrenOf(nodes, -1)), ['list 1-12', 'list 14-14']);
  assert.deepEqual(childrenOf(nodes, -1).map((i) => n[i].ordered), [true, false]);
  const inner = n.findIndex((x, i) => x.type === 'list' && i !== outer && x.parent >= 0);
  assert.deepEqual(show(childrenOf(nodes, inner)), ['listItem 9-9', 'listItem 10-10']);
  assert.deepEqual(childrenOf(nodes, inner).map((i) => text.slice(n[i].start, n[i].end)), ['- a', '- b']);
  assert.equal(n[inner].ordered, false);
  assert.equal(n.filter((x) => x.type !== 'list').every((x) => x.ordered === undefined), true);
  // The typed store gives what it was given: every node's fields, also through its accessors.
  n.forEach((x, i) => assert.deepEqual([nodes.type(i), nodes.start(i), nodes.end(i), nodes.startLine(i), nodes.endLine(i), nodes.parent(i), nodes.ordered(i)], [x.type, x.start, x.end, x.startLine, x.endLine, x.parent, x.ordered]));
});
