// The Node server keeps texts of over a million characters in its own TextDocument (server/src/node/largeText.ts):
// every position, offset, line and text it gives must be the library's, after any sequence of edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { largeTextDocuments, LARGE_TEXT, NODE_DOCUMENTS, spliceText } from '../../server/src/node/largeText';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
// Line breaks of every kind (and halves of `\r\n`), Latin-1 and wider characters.
const piece = fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', 'é', '✓', '😀', 'xyz\n');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));
// An edit's range as numbers, made a range of the document it is applied to (its lines: what an editor sends).
const change = fc.record({ a: fc.nat(), b: fc.nat(), c: fc.nat(), d: fc.nat(), text, full: fc.integer({ min: 0, max: 9 }) });
type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function event(doc: TextDocument, c: Change): TextDocumentContentChangeEvent {
  if (c.full === 0) return { text: c.text };
  const at = (line: number, character: number) => ({ line: line % doc.lineCount, character: character % 12 });
  return { range: { start: at(c.a, c.b), end: at(c.c, c.d) }, text: c.text };
}

function assertSame(mine: TextDocument, theirs: TextDocument): void {
  const t = theirs.getText();
  assert.equal(mine.getText(), t);
  assert.equal(mine.version, theirs.version);
  assert.equal(mine.lineCount, theirs.lineCount);
  for (let o = -1; o <= t.length + 1; o++) assert.deepEqual(mine.positionAt(o), theirs.positionAt(o), `positionAt(${o})`);
  for (let line = -1; line <= theirs.lineCount; line++) {
    assert.deepEqual(mine.getLineRange(line), theirs.getLineRange(line), `getLineRange(${line})`);
    assert.equal(mine.getEOLCharacters(line), theirs.getEOLCharacters(line), `getEOLCharacters(${line})`);
    for (let character = -1; character <= 8; character++) {
      const p = { line, character };
      assert.equal(mine.offsetAt(p), theirs.offsetAt(p), `offsetAt(${line}:${character})`);
      assert.equal(mine.getText({ start: { line: 0, character: 1 }, end: p }), theirs.getText({ start: { line: 0, character: 1 }, end: p }));
    }
  }
}

test('after any edits, positions, offsets, lines and text are the library’s', () => {
  const large = largeTextDocuments(0);
  fc.assert(fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 8 }), (initial, batches) => {
    let mine = large.create('file:///a.md', 'markdown', 1, initial);
    let theirs = TextDocument.create('file:///a.md', 'markdown', 1, initial);
    // Positions asked before an edit: the line offsets exist and must be kept up to date, not recomputed.
    assertSame(mine, theirs);
    batches.forEach((batch, i) => {
      // A batch's later changes are in the coordinates of the text its earlier ones made (as the protocol says).
      const changes: TextDocumentContentChangeEvent[] = [];
      let scratch = TextDocument.create('file:///b.md', 'markdown', 0, theirs.getText());
      for (const c of batch) {
        const e = event(scratch, c);
        changes.push(e);
        scratch = TextDocument.update(scratch, [e], 0);
      }
      mine = large.update(mine, changes, i + 2);
      theirs = TextDocument.update(theirs, changes, i + 2);
      assertSame(mine, theirs);
    });
  }), { numRuns: RUNS });
});

test('a document that grows past the threshold is kept the large way, the same text', () => {
  const large = largeTextDocuments(10);
  let doc = large.create('file:///a.md', 'markdown', 1, 'short\n');
  assert.equal(doc.constructor, TextDocument.create('u', 'l', 1, '').constructor);
  doc = large.update(doc, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'much longer ✓\r\n' }], 2);
  assert.notEqual(doc.constructor, TextDocument.create('u', 'l', 1, '').constructor);
  assert.equal(doc.getText(), 'short\nmuch longer ✓\r\n');
  assert.equal(doc.version, 2);
  assert.equal(doc.lineCount, 3);
});

test('a real-size text keeps its characters through edits, Latin-1 then wider', () => {
  const base = `${'Line with café and text.\n'.repeat(Math.ceil(LARGE_TEXT / 25))}`;
  let mine = NODE_DOCUMENTS.create('file:///big.md', 'markdown', 1, base);
  let theirs = TextDocument.create('file:///big.md', 'markdown', 1, base);
  const edits: TextDocumentContentChangeEvent[] = [
    { range: { start: { line: 3, character: 5 }, end: { line: 3, character: 9 } }, text: 'é' },
    { range: { start: { line: 40_000, character: 0 }, end: { line: 40_000, character: 0 } }, text: '✓ wide now\n' },
    { range: { start: { line: 10, character: 2 }, end: { line: 12, character: 1 } }, text: '' },
  ];
  edits.forEach((e, i) => {
    mine = NODE_DOCUMENTS.update(mine, [e], i + 2);
    theirs = TextDocument.update(theirs, [e], i + 2);
    assert.equal(mine.getText(), theirs.getText());
    assert.equal(mine.lineCount, theirs.lineCount);
    for (const o of [0, 100, 1_000_003, mine.getText().length]) assert.deepEqual(mine.positionAt(o), theirs.positionAt(o));
  });
});

test('spliceText replaces a stretch, in one-byte and two-byte texts', () => {
  assert.equal(spliceText('abcdef', 2, 4, 'XY', false), 'abXYef');
  assert.equal(spliceText('ab✓def', 2, 3, '😀', true), 'ab😀def');
  assert.equal(spliceText('café', 4, 4, '!', false), 'café!');
});
