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

// The list is looked for among the blocks after the code block in its own container (`block.Parent`): a list item,
// a directive, a block quote, or the page.
test('in a list item: its list later in the same item is silent; a list outside the item is not its list', async () => {
  const same = '# T\n\n1. Run:\n\n   ```sh\n   run it <1>\n   stop it <2>\n   ```\n\n   Where:\n\n   - The command\n   - The stop\n\n2. Next step\n';
  assert.deepEqual(await callouts(same), []);
  const short = same.replace('   - The stop\n', '');
  assert.deepEqual(await callouts(short), ['code.callout-count error 4:3-4:8 Code block has 2 callouts but the following list only has 1']);
  const outside = '# T\n\n1. Run:\n\n   ```sh\n   run it <1>\n   ```\n\n   Then:\n\n- The command\n';
  assert.deepEqual(await callouts(outside), ['code.callout-no-list error 4:3-4:8 Code block with annotations is not followed by a list']);
  const last = '# T\n\n1. Run:\n\n   ```sh\n   run it <1>\n   ```\n\n- The command\n';
  assert.deepEqual(await callouts(last), ['code.callout-no-content error 4:3-4:8 Code block with annotations is not followed by any content, needs numbered list']);
});

test('in a :::{note}: its list inside the note is silent; a list after the note is not its list', async () => {
  assert.deepEqual(await callouts('# T\n\n:::{note}\n```sh\nrun it <1>\n```\n\n1. The command\n:::\n'), []);
  assert.deepEqual(await callouts('# T\n\n:::{note}\n```sh\nrun it <1>\n```\n\n% TEST\nOne paragraph.\n\n1. The command\n:::\n'), []);
  assert.deepEqual(await callouts('# T\n\n:::{note}\n```sh\nrun it <1>\n```\nText\n:::\n\n1. outside the note\n'), [
    'code.callout-no-list error 3:0-3:5 Code block with annotations is not followed by a list',
  ]);
  const nested = '# T\n\n::::{tab-set}\n:::{tab-item} A\n```sh\nrun it <1>\nstop it <2>\n```\n1. run\n:::\n::::\n';
  assert.deepEqual(await callouts(nested), ['code.callout-count error 4:0-4:5 Code block has 2 callouts but the following list only has 1']);
});

test('in a block quote: the quoted list after the code; nothing after it in the quote', async () => {
  assert.deepEqual(await callouts('# T\n\n> ```sh\n> run it <1>\n> ```\n> 1. The command\n'), []);
  assert.deepEqual(await callouts('# T\n\n> ```sh\n> run it <1>\n> ```\n\n1. outside the quote\n'), [
    'code.callout-no-content error 2:2-2:7 Code block with annotations is not followed by any content, needs numbered list',
  ]);
});

test('Markdig\'s tree: a definition list with its terms is one block, a <!-- --> comment is a block, link definitions leave their place', async () => {
  // DefinitionListParser makes the paragraph before `:` its term; a term right after a definition list continues it.
  assert.deepEqual(await callouts(classic('\nTerm\n:   Definition\n\nTerm 2\n:   Definition 2\n\n1. a\n2. b\n')), []);
  // MultipleLineCommentBlock is not a CommentBlock: the renderer counts it.
  assert.deepEqual(await callouts(classic('\n<!-- a note -->\n\nText\n\n1. a\n2. b\n')), [
    'code.callout-blocks error 2:0-2:9 More than one content block between code block with annotations and its list',
  ]);
  // Without trivia, definitions go to one LinkReferenceDefinitionGroup, added to the page where the first was read.
  assert.deepEqual(await callouts(classic('\n[ref]: https://example.com\n\nText\n\n1. a\n2. b\n')), [
    'code.callout-blocks error 2:0-2:9 More than one content block between code block with annotations and its list',
  ]);
  assert.deepEqual(await callouts(`[first]: https://example.com\n\n${classic('\n[ref]: https://example.com\n\nText\n\n1. a\n2. b\n')}`), []);
  assert.deepEqual(await callouts('# T\n\n1. Run:\n   ```sh\n   run it <1>\n   ```\n   [ref]: https://example.com\n2. Next\n'), [
    'code.callout-no-content error 3:3-3:8 Code block with annotations is not followed by any content, needs numbered list',
  ]);
});

test('a fence left open in a list item ends with the item: nothing follows it there', async () => {
  assert.deepEqual(await callouts('# T\n\n- ```sh\n  run it <1>\n- The command\n'), [
    'code.callout-no-content error 2:2-2:7 Code block with annotations is not followed by any content, needs numbered list',
  ]);
});

test('the cheap test before the magic-comment pattern never drops a line the pattern matches (property)', async () => {
  const fc = (await import('fast-check')).default;
  const { MAGIC, mayBeMagic } = await import('../../../server/src/features/capabilities/codeFences/callouts');
  const piece = fc.constantFrom('a', 'x', ' ', '\t', '/', '//', '#', '"', ' // ', ' # ', 'b c', '\u00a0', '\r', '<1>');
  fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (line) => {
    if (MAGIC.test(line)) assert.ok(mayBeMagic(line), JSON.stringify(line));
  }), { numRuns: 3000 });
});

test('the one-pass magic-comment reader answers as the pattern does (property)', async () => {
  const fc = (await import('fast-check')).default;
  const { MAGIC, isMagicLine } = await import('../../../server/src/features/capabilities/codeFences/callouts');
  const piece = fc.constantFrom('a', 'x', ' ', '\t', '/', '//', '///', '#', '##', '"', ' // ', ' # ', ' #', '# ', 'b c', '\u00a0', '\u3000', '\r', '\n', '\u2028', '\ufeff', '<1>', 'é');
  fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join('')), (line) => {
    assert.equal(isMagicLine(line), MAGIC.test(line), JSON.stringify(line));
  }), { numRuns: 20000 });
  for (const line of ['a b # c', 'x  // y', ' a # b', 'ab # c', 'a # "b"', 'a // b/c', 'a # b # c', 'a\u2028b # c', 'a b #\u2028', '  # x']) {
    assert.equal(isMagicLine(line), MAGIC.test(line), JSON.stringify(line));
  }
});
