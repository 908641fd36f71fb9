import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, show } from './helpers';

// The code of docs-builder's CallOutTests.cs (three lines, callouts <1> and <2>), followed by `after`.
const classic = (after: string, lang = 'csharp') => `# T\n\n\`\`\`${lang}\nvar x = 1; <1>\nvar y = x - 2;\nvar z = y - 2; <2>\n\`\`\`\n${after}`;
const callouts = async (text: string) => show(await diagnostics(text), 'code.callout');

test('ClassicCallOutsRequiresContent: code.callout-no-content when nothing follows the block', async () => {
  assert.deepEqual(await callouts(classic('')), [
    'code.callout-no-content error 2:0-2:9 Code block with annotations is not followed by any content, needs numbered list',
  ]);
});

test('ClassicCallOutsNotFollowedByList and CodeBlockWithManyCommentBlocksNoList: code.callout-no-list', async () => {
  assert.deepEqual(await callouts(classic('## hello world\n')), [
    'code.callout-no-list error 2:0-2:9 Code block with annotations is not followed by a list',
  ]);
  const comments = '%  TEST[s/"basque_keywords",//]\n%  TEST[catch:bad_request]\n';
  assert.deepEqual(await callouts(classic(comments)), [
    'code.callout-no-list error 2:0-2:9 Code block with annotations is not followed by a list',
  ]);
});

test('ClassicCallOutsFollowedByListButWithTwoParagraphs: code.callout-blocks', async () => {
  assert.deepEqual(await callouts(classic('\n**OUTPUT:**\n\nBLOCK TWO\n\n1. Marking the first callout\n2. Marking the second callout\n')), [
    'code.callout-blocks error 2:0-2:9 More than one content block between code block with annotations and its list',
  ]);
  // CodeBlockWithCommentBlocksTwoParagraphsThenList
  assert.deepEqual(await callouts(classic('%  TEST[s/x//]\n\n**This is an intermediate paragraph**\n\n**This is a second paragraph which should cause an error**\n\n1. First callout\n2. Second callout\n')), [
    'code.callout-blocks error 2:0-2:9 More than one content block between code block with annotations and its list',
  ]);
});

test('ClassicCallOutsFollowedByListWithWrongCoung: code.callout-count', async () => {
  assert.deepEqual(await callouts(classic('1. Only marking the first callout\n')), [
    'code.callout-count error 2:0-2:9 Code block has 2 callouts but the following list only has 1',
  ]);
});

test('code.callout-mixed: `<1>` markers and `//` comments in one block (and no list check then)', async () => {
  const text = '# T\n\n```js\nconst a = 1; // the first value\nconst b = 2; <1>\n```\n';
  assert.deepEqual(await callouts(text), [
    'code.callout-mixed error 2:0-2:5 Both inline and classic callouts are not supported',
  ]);
});

test('silent: docs-builder\'s accepted callout pages', async () => {
  const silent: [string, string][] = [
    // ClassicCallOutsFollowedByAListWithOneParagraph
    ['one paragraph between', classic('\n**OUTPUT:**\n\n1. Marking the first callout\n2. Marking the second callout\n')],
    // ClassicCallOutsReuseHighlights: two distinct numbers, two items
    ['reused numbers', '# T\n\n```csharp\nvar x = 1; <1>\nvar y = x - 2; <2>\nvar z = y - 2; <2>\n```\n1. The first\n2. The second appears twice\n'],
    // MagicCalOuts: comments are their own list
    ['magic callouts', '# T\n\n```csharp\nvar x = 1; // this is a callout\n//this is not a callout\nvar y = x - 2;\nvar z = y - 2; // another callout\n```\n'],
    // MultipleCalloutsInOneLine
    ['several on one line', '# T\n\n```csharp\nvar x = 1; // <1>\nvar y = x - 2;\nvar z = y - 2; // <1> <2>\n```\n1. First callout\n2. Second callout\n'],
    // CodeBlockWithChevronInsideCode
    ['generics are not callouts', '# T\n\n```csharp\napp.UseFilter<StopwatchFilter>(); <1>\napp.UseFilter<CatchExceptionFilter>(); <2>\n```\n1. First callout\n2. Second callout\n'],
    // CodeBlockWithCommentBlocksThenList, CodeBlockWithCommentBlocksParagraphThenList, CodeBlockWithCommentsAfterList
    ['comments between', classic('%  TEST[s/"basque_keywords",//]\n%  TEST[s/x/y/]\n\n1. First callout\n2. Second callout\n')],
    ['comments and a paragraph', classic('%  TEST[catch:bad_request]\n\n**This is an intermediate paragraph**\n\n1. First callout\n2. Second callout\n')],
    ['comments after the list', classic('1. First callout\n2. Second callout\n\n%  TEST[s/"basque_keywords",//]\n')],
    ['more items than callouts', classic('1. a\n2. b\n3. c\n')],
    ['a bullet list counts too', classic('- a\n- b\n')],
    ['items with continuation lines', classic('1. a\n   more of a\n\n   and a paragraph\n2. b\n')],
    ['callouts=false', '# T\n\n```js callouts=false\nx <1>\n```\n'],
    ['four backticks', '# T\n\n````js\nx <1>\n````\n'],
    ['tilde fence', '# T\n\n~~~js\nx <1>\n~~~\n'],
    ['console header line', '# T\n\n```console\nGET /_search <1>\n{}\n```\n'],
    ['mermaid', '# T\n\n```mermaid\ngraph TD <1>\n```\n'],
    ['a list item holding the code and its list', '# T\n\n1. Run:\n\n   ```sh\n   run it <1>\n   ```\n\n   1. The command\n\n2. Next step\n'],
  ];
  for (const [name, text] of silent) assert.deepEqual(await callouts(text), [], name);
});

test('a code block last in its list item, or in its directive, is not followed by any content', async () => {
  const item = '# T\n\n1. Run:\n   ```sh\n   run it <1>\n   ```\n2. Next step\n';
  assert.deepEqual(await callouts(item), ['code.callout-no-content error 3:3-3:8 Code block with annotations is not followed by any content, needs numbered list']);
  const note = ':::{note}\n```sh\nrun it <1>\n```\n:::\n\n1. outside the note\n';
  assert.deepEqual(await callouts(`# T\n\n${note}`), ['code.callout-no-content error 3:0-3:5 Code block with annotations is not followed by any content, needs numbered list']);
});
