// The files area over the protocol, on the real docs-builder docset: hover on an `{image}` path shows the picture
// with its file and pixel size (read by the Node workspace), image path completion inside `![alt](`, and a
// missing image reported while typing; files that appear or go re-check the open pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type PublishedDiagnostics } from './client';
import { SHARED } from '../paths';

const DOCS = join(SHARED, 'corpus', 'docs-builder', 'docs');
const ROOT = pathToFileURL(DOCS).toString();
const IMAGES = pathToFileURL(join(DOCS, 'syntax', 'images.md')).toString();
const PNG = join(DOCS, 'syntax', 'images', 'observability.png');

test('LSP files: image hover, image path completion and a missing image on syntax/images.md', async (t) => {
  const text = readFileSync(join(DOCS, 'syntax', 'images.md'), 'utf8');
  const lines = text.split('\n');
  const line = lines.findIndex((l, i) => l === ':::{image} /syntax/images/observability.png' && lines[i - 1] === '');
  assert.ok(line > 0);
  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(ROOT);
  await c.open(IMAGES, text);
  await c.diagnostics(IMAGES);

  const hover = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: IMAGES }, position: { line, character: 20 } })) as { contents: { value: string }; range: { start: { character: number }; end: { character: number } } };
  const kb = (statSync(PNG).size / 1024).toFixed(1);
  assert.equal(hover.contents.value, `![Elasticsearch](<${pathToFileURL(PNG).toString()}>)\n\n\`syntax/images/observability.png\` · ${kb} KB · 1174 × 980 px`);
  assert.deepEqual([hover.range.start.character, hover.range.end.character], [11, 43]);

  const end = lines.length - 1;
  await c.conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: IMAGES, version: 2 },
    contentChanges: [{ range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } }, text: ':::{image} images/nope.png\n:::\n\n![A bear](images/b' }],
  });
  const items = ((await c.conn.sendRequest('textDocument/completion', { textDocument: { uri: IMAGES }, position: { line: end + 3, character: 18 }, context: { triggerKind: 1 } })) as { isIncomplete: boolean; items: { label: string; kind: number; textEdit: { newText: string; range: { start: { character: number } } } }[] }).items;
  const bear = items.find((i) => i.label === 'bear.png');
  assert.equal(bear?.textEdit.newText, 'bear.png');
  assert.equal(bear?.textEdit.range.start.character, 17);
  assert.ok(items.some((i) => i.label === 'timeslider.gif'));
  assert.deepEqual(items.filter((i) => i.label.endsWith('.md')), [], 'no pages in an image URL');

  const diags = await c.diagnostics(IMAGES, (p) => p.version === 2);
  const missing = join(DOCS, 'syntax', 'images', 'nope.png');
  assert.deepEqual(diags.diagnostics.filter((d) => d.code.startsWith('image.')).map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`), [
    `image.not-found ${end}:11 \`images/nope.png\` does not exist. resolved to \`${missing}`,
  ]);
});

test('LSP files: an image or settings file that appears or goes re-checks the open page that names it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-files-'));
  const page = '# P\n\n:::{image} img/shot.png\n:::\n\n:::{settings} settings.yml\n:::\n';
  writeFileSync(join(dir, 'docset.yml'), 'project: files\n');
  writeFileSync(join(dir, 'page.md'), page);
  const u = (rel: string) => pathToFileURL(join(dir, rel)).toString();
  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(pathToFileURL(dir).toString());
  await c.open(u('page.md'), page);
  const codes = (p: PublishedDiagnostics) => p.diagnostics.map((d) => d.code).join(',');
  await c.diagnostics(u('page.md'), (p) => codes(p) === 'image.not-found,settings.not-found');

  mkdirSync(join(dir, 'img'));
  writeFileSync(join(dir, 'img', 'shot.png'), '');
  await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: u('img/shot.png'), type: 1 }] });
  await c.diagnostics(u('page.md'), (p) => codes(p) === 'settings.not-found');

  // A settings YAML is not a docset file: it is re-read as the file a page names.
  writeFileSync(join(dir, 'settings.yml'), 'groups: [\n');
  await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: u('settings.yml'), type: 1 }] });
  await c.diagnostics(u('page.md'), (p) => codes(p) === 'settings.invalid');

  rmSync(join(dir, 'img', 'shot.png'));
  await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: u('img/shot.png'), type: 3 }] });
  await c.diagnostics(u('page.md'), (p) => codes(p) === 'image.not-found,settings.invalid');
});
