// Substitutions over LSP on the real docs-builder docs (read in place from ../shared; nothing is written):
// hover, completion, definition, references and rename, answered by the built server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';
import { SHARED } from '../helpers';

const DOCS = join(SHARED, 'corpus', 'docs-builder', 'docs');
const ROOT = pathToFileURL(DOCS).toString();
const PAGE = pathToFileURL(join(DOCS, 'syntax', 'substitutions.md')).toString();
const DOCSET = pathToFileURL(join(DOCS, '_docset.yml')).toString();
const TEXT = readFileSync(join(DOCS, 'syntax', 'substitutions.md'), 'utf8');

interface Loc { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

/** Position of the `n`-th occurrence of `needle` in the page, plus `delta` characters. */
function pos(needle: string, delta = 0): { line: number; character: number } {
  const i = TEXT.indexOf(needle);
  assert.ok(i >= 0, `the corpus page has no ${needle}`);
  const before = TEXT.slice(0, i + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

async function ready(c: TestClient): Promise<void> {
  const end = Date.now() + 30000;
  while (!c.logs.some((l) => l.startsWith('index ready'))) {
    if (Date.now() > end) throw new Error(`index not ready:\n${c.logs.join('\n')}\n${c.stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const rel = (uri: string) => uri.slice(ROOT.length + 1);
const at = (l: Loc) => `${rel(l.uri)} ${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;

test('LSP on docs-builder/docs: hover, completion, definition, references and rename of substitutions', async (t) => {
  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(ROOT);
  await c.open(PAGE, TEXT);
  await ready(c);
  const doc = { textDocument: { uri: PAGE } };

  // Hover: a front-matter key with mutations, a docset key.
  const h1 = (await c.conn.sendRequest('textDocument/hover', { ...doc, position: pos('{{hello-world | lc | c}}', 3) })) as { contents: { value: string } };
  assert.equal(h1.contents.value, "**hello-world** → `Hello world!`\n\n`Hello world! → lc → hello world! → c → Hello world!`\n\nDefined in this page's front matter (`sub:`), line 6.");
  const h2 = (await c.conn.sendRequest('textDocument/hover', { ...doc, position: pos('{{a-global-variable}}', 3) })) as { contents: { value: string } };
  // Other areas may add their own hover below ours (this use sits in a table).
  assert.equal(h2.contents.value.split('\n\n---\n\n')[0], `**a-global-variable** → \`This was defined in docset.yml\`\n\nDefined in [\`_docset.yml\`](${DOCSET}#L9), line 9.`);

  // Definition: the docset key; the page's own `sub:` key.
  const d1 = (await c.conn.sendRequest('textDocument/definition', { ...doc, position: pos('{{a-global-variable}}', 3) })) as Loc[];
  assert.deepEqual(d1.map(at), ['_docset.yml 8:2-8:19']);
  const d2 = (await c.conn.sendRequest('textDocument/definition', { ...doc, position: pos('{{frontmatter_key}}', 3) })) as Loc[];
  assert.deepEqual(d2.map(at), ['syntax/substitutions.md 2:2-2:17']);

  // References of {{version}} (front matter) stay in the page: five uses in the subs=true code block shown as output.
  const refs = (await c.conn.sendRequest('textDocument/references', { ...doc, position: pos('elasticsearch-{{version}}', 16), context: { includeDeclaration: true } })) as Loc[];
  assert.equal(refs[0] && at(refs[0]), 'syntax/substitutions.md 4:2-4:9');
  assert.equal(refs.length, 6);

  // Completion: type `{{a-glo` on a new line.
  const lines = TEXT.split('\n').length;
  await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: PAGE, version: 2 }, contentChanges: [{ range: { start: { line: lines - 1, character: 0 }, end: { line: lines - 1, character: 0 } }, text: '\n{{a-glo' }] });
  const items = ((await c.conn.sendRequest('textDocument/completion', { ...doc, position: { line: lines, character: 7 } })) as { isIncomplete: boolean; items: { label: string; detail?: string; textEdit?: { newText: string } }[] }).items;
  const item = items.find((i) => i.label === 'a-global-variable');
  assert.equal(item?.detail, 'This was defined in docset.yml');
  assert.equal(item?.textEdit?.newText, 'a-global-variable}}');
  await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: PAGE, version: 3 }, contentChanges: [{ text: TEXT }] });

  // {{dbuild}} across the docset: references from a page that uses it, then rename from there.
  const indexUri = pathToFileURL(join(DOCS, 'syntax', 'index.md')).toString();
  const indexText = readFileSync(join(DOCS, 'syntax', 'index.md'), 'utf8');
  await c.open(indexUri, indexText);
  const dpos = { line: 2, character: 43 };
  assert.equal(indexText.split('\n')[2].slice(40, 50), '{{dbuild}}');
  const dref = (await c.conn.sendRequest('textDocument/references', { textDocument: { uri: indexUri }, position: dpos, context: { includeDeclaration: true } })) as Loc[];
  assert.equal(at(dref[0]), '_docset.yml 13:2-13:8');
  const files = new Set(dref.map((l) => rel(l.uri)));
  assert.ok(files.size >= 20, `dbuild is used in ${files.size - 1} pages`);
  assert.ok(dref.some((l) => at(l) === 'syntax/index.md 2:42-2:48'));
  const edit = (await c.conn.sendRequest('textDocument/rename', { textDocument: { uri: indexUri }, position: dpos, newName: 'docs-builder-name' })) as { changes: Record<string, { newText: string }[]> };
  const edits = Object.values(edit.changes).flat();
  assert.equal(edits.length, dref.length, 'one edit per reference and the definition');
  assert.ok(edits.every((e) => e.newText === 'docs-builder-name'));
  assert.deepEqual(Object.keys(edit.changes).map(rel).sort(), [...files].sort());

  // Refused: a built-in key.
  await assert.rejects(c.conn.sendRequest('textDocument/prepareRename', { ...doc, position: pos('{{product.kibana}}', 3) }), /built into docs-builder \(products\.yml\)/);
});
