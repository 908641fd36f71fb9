// The links area over the protocol, on the real docs-builder docset: from syntax/buttons.md to the heading it
// links in syntax/links.md and back, hover, completion of that page's anchors, and a broken anchor while typing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';
import { SHARED } from '../paths';

const DOCS = join(SHARED, 'corpus', 'docs-builder', 'docs');
const ROOT = pathToFileURL(DOCS).toString();
const BUTTONS = pathToFileURL(join(DOCS, 'syntax', 'buttons.md')).toString();
const LINKS = pathToFileURL(join(DOCS, 'syntax', 'links.md')).toString();

interface Loc { uri: string; range: { start: { line: number; character: number } } }

test('LSP links: definition, hover, references and anchor completion across two docs-builder pages', async (t) => {
  const text = readFileSync(join(DOCS, 'syntax', 'buttons.md'), 'utf8');
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('](links.md#cross-repository-links)'));
  const character = lines[line].indexOf('#cross-repository-links') + 5;
  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(ROOT);
  await c.open(BUTTONS, text);
  await c.diagnostics(BUTTONS);

  const def = (await c.conn.sendRequest('textDocument/definition', { textDocument: { uri: BUTTONS }, position: { line, character } })) as Loc[];
  const heading = readFileSync(join(DOCS, 'syntax', 'links.md'), 'utf8').split('\n').indexOf('### Cross-repository links');
  assert.deepEqual(def.map((l) => [l.uri, l.range.start.line]), [[LINKS, heading]]);

  const hover = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: BUTTONS }, position: { line, character } })) as { contents: { value: string } };
  assert.equal(hover.contents.value, `**Links** › Cross-repository links\n\n\`syntax/links.md\` #cross-repository-links, line ${heading + 1}`);

  // Back from the heading: every link to it in the docset (links.md has a same-page one).
  await c.open(LINKS, readFileSync(join(DOCS, 'syntax', 'links.md'), 'utf8'));
  const refs = (await c.conn.sendRequest('textDocument/references', { textDocument: { uri: LINKS }, position: { line: heading, character: 6 }, context: { includeDeclaration: false } })) as Loc[];
  const from = refs.map((l) => `${l.uri.slice(ROOT.length + 1)}:${l.range.start.line + 1}`).sort();
  assert.deepEqual(from, ['syntax/buttons.md:251', 'syntax/links.md:178', 'syntax/page-card.md:95']);

  // Typing a link to links.md: its anchors complete after `#`, and an unknown one is reported.
  const end = lines.length - 1;
  await c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: BUTTONS, version: 2 },
    contentChanges: [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: 'See [x](links.md#no-such-heading) and [y](links.md#cro' }],
  });
  const items = ((await c.conn.sendRequest('textDocument/completion', { textDocument: { uri: BUTTONS }, position: { line: end, character: 53 }, context: { triggerKind: 1 } })) as { isIncomplete: boolean; items: { label: string; textEdit: { newText: string } }[] }).items;
  const item = items.find((i) => i.label === 'Cross-repository links');
  assert.equal(item?.textEdit.newText, 'cross-repository-links');
  const diags = await c.diagnostics(BUTTONS, (p) => p.version === 2);
  assert.deepEqual(diags.diagnostics.filter((d) => d.code.startsWith('link.')).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`), [
    `link.no-such-anchor ${end}:17 \`no-such-heading\` does not exist in syntax/links.md.`,
  ]);
});
