// Moving and renaming files over the protocol (workspace/willRenameFiles, elasticDocs/moveEdits), on a docset on
// disk: one edit for links (relative, `/`-rooted, with a #fragment), the ToC, an include and a new redirect; a
// folder; an image; the setting; unsaved text; and a deleted page that is still linked to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';

interface TextEdit { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }
interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: ({ kind: 'create'; uri: string } | { textDocument: { uri: string }; edits: TextEdit[] })[];
}

const FILES: Record<string, string> = {
  'docs/docset.yml': 'project: move\ntoc:\n  - file: index.md\n  - toc: guide\n',
  'docs/index.md': '# Home\n\nSee [the guide](/guide/b.md#setup).\n',
  'docs/guide/toc.yml': 'toc:\n  - file: a.md\n  - file: b.md\n',
  'docs/guide/a.md': '# A\n\nRead [b](b.md), [rooted](/guide/b.md) and [setup](b.md#setup).\n\n![shot](img/shot.png)\n\n:::{image} img/shot.png\n:alt: Shot\n:::\n',
  'docs/guide/b.md': '# B\n\n## Setup\n\n:::{include} _snippets/s.md\n:::\n',
  'docs/guide/_snippets/s.md': 'A snippet.\n',
  'docs/guide/img/shot.png': 'PNG',
};

function setup(files = FILES): { dir: string; u: (rel: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'edls-move-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return { dir, u: (rel) => pathToFileURL(join(dir, rel)).toString() };
}

/** The edited text of every file the edit touches (created files start empty), by URI. */
function applied(edit: WorkspaceEdit | null, texts: Record<string, string>): Record<string, string> {
  const byUri = new Map<string, TextEdit[]>();
  for (const [u, list] of Object.entries(edit?.changes ?? {})) byUri.set(u, [...(byUri.get(u) ?? []), ...list]);
  for (const c of edit?.documentChanges ?? []) {
    if ('kind' in c) byUri.set(c.uri, byUri.get(c.uri) ?? []);
    else byUri.set(c.textDocument.uri, [...(byUri.get(c.textDocument.uri) ?? []), ...c.edits]);
  }
  const out: Record<string, string> = {};
  for (const [u, edits] of byUri) {
    const text = texts[u] ?? '';
    const lines = text.split('\n');
    const off = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
    out[u] = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start)).reduce((t, e) => t.slice(0, off(e.range.start)) + e.newText + t.slice(off(e.range.end)), text);
  }
  return out;
}

async function start(dir: string, settings: Record<string, unknown>): Promise<TestClient> {
  const c = new TestClient();
  c.settings = settings;
  await c.initialize(pathToFileURL(dir).toString());
  return c;
}

test('LSP move: willRename capability; b.md to sub/b.md is one edit of a.md, index.md, toc.yml, the include and a new redirect', async (t) => {
  const { dir, u } = setup();
  const c = new TestClient();
  c.settings = { updateLinksOnRename: 'always' };
  t.after(() => c.stop());
  const init = (await c.initialize(pathToFileURL(dir).toString())) as { capabilities: { workspace: { fileOperations: { willRename: { filters: { pattern: { glob: string; matches?: string } }[] } } } } };
  assert.deepEqual(init.capabilities.workspace.fileOperations.willRename.filters.map((f) => `${f.pattern.glob} ${f.pattern.matches}`), [
    '**/*.md file', '**/*.{png,jpg,jpeg,gif,svg,webp,avif,bmp,ico,tif,tiff} file', '**/* folder',
  ]);
  const texts = Object.fromEntries(Object.entries(FILES).map(([k, v]) => [u(k), v]));
  const edit = (await c.conn.sendRequest('workspace/willRenameFiles', { files: [{ oldUri: u('docs/guide/b.md'), newUri: u('docs/guide/sub/b.md') }] })) as WorkspaceEdit;
  assert.deepEqual(applied(edit, texts), {
    [u('docs/guide/a.md')]: FILES['docs/guide/a.md'].replace('[b](b.md), [rooted](/guide/b.md) and [setup](b.md#setup)', '[b](sub/b.md), [rooted](/guide/sub/b.md) and [setup](sub/b.md#setup)'),
    [u('docs/index.md')]: '# Home\n\nSee [the guide](/guide/sub/b.md#setup).\n',
    [u('docs/guide/toc.yml')]: 'toc:\n  - file: a.md\n  - file: sub/b.md\n',
    [u('docs/guide/b.md')]: '# B\n\n## Setup\n\n:::{include} ../_snippets/s.md\n:::\n',
    [u('docs/redirects.yml')]: "redirects:\n  'guide/b.md': 'guide/sub/b.md'\n",
  });
  assert.ok(edit.documentChanges?.some((x) => 'kind' in x && x.kind === 'create' && x.uri === u('docs/redirects.yml')));

  // A folder: everything under it moves; the links out of it and the ToC's `toc:` entry follow.
  const folder = (await c.conn.sendRequest('workspace/willRenameFiles', { files: [{ oldUri: u('docs/guide'), newUri: u('docs/manual') }] })) as WorkspaceEdit;
  const moved = applied(folder, texts);
  assert.equal(moved[u('docs/index.md')], '# Home\n\nSee [the guide](/manual/b.md#setup).\n');
  assert.equal(moved[u('docs/docset.yml')], 'project: move\ntoc:\n  - file: index.md\n  - toc: manual\n');
  assert.equal(moved[u('docs/guide/a.md')], FILES['docs/guide/a.md'].replace('(/guide/b.md)', '(/manual/b.md)'));
  assert.equal(moved[u('docs/redirects.yml')], "redirects:\n  'guide/a.md': 'manual/a.md'\n  'guide/b.md': 'manual/b.md'\n");

  // An image: `![]()` and `{image}`, no redirect.
  const image = (await c.conn.sendRequest('workspace/willRenameFiles', { files: [{ oldUri: u('docs/guide/img/shot.png'), newUri: u('docs/guide/images/shot.png') }] })) as WorkspaceEdit;
  assert.deepEqual(applied(image, texts), { [u('docs/guide/a.md')]: FILES['docs/guide/a.md'].split('img/shot.png').join('images/shot.png') });
  rmSync(dir, { recursive: true, force: true });
});

test('LSP move: the setting (never, prompt), unsaved text, and elasticDocs/moveEdits for the client prompt', async (t) => {
  const { dir, u } = setup();
  const c = await start(dir, { updateLinksOnRename: 'never' });
  t.after(() => c.stop());
  const files = [{ oldUri: u('docs/guide/b.md'), newUri: u('docs/guide/c.md') }];
  assert.equal(await c.conn.sendRequest('workspace/willRenameFiles', { files }), null);

  // prompt (a client that does not ask): links only, and from the unsaved text of an open page.
  c.settings = { updateLinksOnRename: 'prompt' };
  await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  const unsaved = '# Home\n\nNew [link](guide/b.md) not saved yet.\n';
  await c.open(u('docs/index.md'), unsaved);
  await c.diagnostics(u('docs/index.md'));
  const edit = (await c.conn.sendRequest('workspace/willRenameFiles', { files })) as WorkspaceEdit;
  assert.deepEqual(applied(edit, { [u('docs/index.md')]: unsaved, [u('docs/guide/a.md')]: FILES['docs/guide/a.md'], [u('docs/guide/toc.yml')]: FILES['docs/guide/toc.yml'] }), {
    [u('docs/index.md')]: '# Home\n\nNew [link](guide/c.md) not saved yet.\n',
    [u('docs/guide/a.md')]: FILES['docs/guide/a.md'].replace('[b](b.md), [rooted](/guide/b.md) and [setup](b.md#setup)', '[b](c.md), [rooted](/guide/c.md) and [setup](c.md#setup)'),
    [u('docs/guide/toc.yml')]: 'toc:\n  - file: a.md\n  - file: c.md\n',
  });

  const r = (await c.conn.sendRequest('elasticDocs/moveEdits', { files })) as { linkCount: number; pageCount: number; redirects: { uri: string; from: string; to: string }[]; links: WorkspaceEdit | null; withRedirects: WorkspaceEdit | null };
  assert.deepEqual({ linkCount: r.linkCount, pageCount: r.pageCount, redirects: r.redirects }, { linkCount: 4, pageCount: 2, redirects: [{ uri: u('docs/redirects.yml'), from: 'guide/b.md', to: 'guide/c.md' }] });
  assert.deepEqual(r.links?.changes && Object.keys(r.links.changes).sort(), [u('docs/guide/a.md'), u('docs/guide/toc.yml'), u('docs/index.md')].sort());
  assert.ok(r.withRedirects?.documentChanges?.some((x) => 'kind' in x && x.uri === u('docs/redirects.yml')));
  rmSync(dir, { recursive: true, force: true });
});

test('LSP move: a deleted page still linked to and without a redirect gets redirect.missing on the redirects file', async (t) => {
  const { dir, u } = setup({ ...FILES, 'docs/redirects.yml': "redirects:\n  'old.md': 'index.md'\n" });
  const c = await start(dir, {});
  t.after(() => c.stop());
  await c.open(u('docs/guide/a.md'), FILES['docs/guide/a.md']);
  await c.diagnostics(u('docs/guide/a.md'), (p) => p.diagnostics.every((d) => d.code !== 'link.no-such-file'));
  rmSync(join(dir, 'docs', 'guide', 'b.md'));
  await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: u('docs/guide/b.md'), type: 3 }] });
  const red = await c.diagnostics(u('docs/redirects.yml'), (p) => p.diagnostics.some((d) => d.code === 'redirect.missing'));
  assert.deepEqual(red.diagnostics.filter((d) => d.code === 'redirect.missing').map((d) => `${d.range.start.line}:${d.range.start.character} ${d.severity} ${d.message}`), [
    "0:0 2 'guide/b.md' was deleted in this session and 2 pages link to it (guide/a.md, index.md), but redirects.yml has no redirect for it: its URL and the links to it from other documentation sets break. Add a redirect from 'guide/b.md' to the page that replaces it.",
  ]);
  // The linking page's links break (the existing rule); the ToC entry too.
  const a = await c.diagnostics(u('docs/guide/a.md'), (p) => p.diagnostics.some((d) => d.code === 'link.no-such-file'));
  assert.equal(a.diagnostics.filter((d) => d.code === 'link.no-such-file').length, 3);
  const toc = await c.diagnostics(u('docs/guide/toc.yml'), (p) => p.diagnostics.some((d) => d.code === 'toc.not-found'));
  assert.ok(toc.diagnostics.some((d) => d.code === 'toc.not-found'));
  // A redirect for it clears the warning.
  writeFileSync(join(dir, 'docs', 'redirects.yml'), "redirects:\n  'old.md': 'index.md'\n  'guide/b.md': 'guide/a.md'\n");
  await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: u('docs/redirects.yml'), type: 2 }] });
  await c.diagnostics(u('docs/redirects.yml'), (p) => !p.diagnostics.some((d) => d.code === 'redirect.missing'));
  rmSync(dir, { recursive: true, force: true });
});
