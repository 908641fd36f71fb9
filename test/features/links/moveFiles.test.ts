// Moving pages, images and folders: the one edit that keeps links, images, includes, the ToC and redirects pointing
// where they pointed (server/src/features/links/moveFiles.ts), run on an in-memory docset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { moveEdits, type MoveEdits } from '../../../server/src/features/links/moveFiles';
import { service, uri } from '../../helpers';

const PAGES = {
  'docs/docset.yml': 'project: test\ntoc:\n  - file: index.md\n  - toc: guide\n',
  'docs/index.md': '# Home\n\n[guide](/guide/b.md#setup)\n',
  'docs/guide/toc.yml': 'toc:\n  - file: a.md\n  - file: "b.md"\n',
  'docs/guide/a.md': '# A\n\nSee [b](b.md), [root](/guide/b.md), [frag](b.md#setup) and [dot](./b.md).\n\nNot `[code](b.md)`.\n\n```\n[fenced](b.md)\n```\n',
  'docs/guide/b.md': '# B\n\n## Setup\n\nBack to [a](a.md) and [self](#setup).\n\n:::{include} _snippets/s.md\n:::\n\n![shot](img/shot.png)\n',
  'docs/guide/_snippets/s.md': 'Snippet with [a](../a.md).\n',
  'docs/guide/img/shot.png': 'PNG',
};

async function move(files: Record<string, string>, from: string, to: string): Promise<MoveEdits> {
  const { ls } = service(files);
  await ls.index.build();
  return moveEdits(ls.env(), [{ oldUri: uri(from), newUri: uri(to) }]);
}

/** Applies the edits of one file to its text. */
function apply(text: string, edits: TextEdit[] = []): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

test('moving a page into a subfolder: relative, rooted and #fragment links, its own links and include, the ToC, a redirect', async () => {
  const r = await move(PAGES, 'docs/guide/b.md', 'docs/guide/sub/b.md');
  assert.equal(apply(PAGES['docs/guide/a.md'], r.changes[uri('docs/guide/a.md')]),
    '# A\n\nSee [b](sub/b.md), [root](/guide/sub/b.md), [frag](sub/b.md#setup) and [dot](./sub/b.md).\n\nNot `[code](b.md)`.\n\n```\n[fenced](b.md)\n```\n');
  assert.equal(apply(PAGES['docs/index.md'], r.changes[uri('docs/index.md')]), '# Home\n\n[guide](/guide/sub/b.md#setup)\n');
  // Edits of the moved page are on its old URI (applied before the rename); same-page links stay.
  assert.equal(apply(PAGES['docs/guide/b.md'], r.changes[uri('docs/guide/b.md')]),
    '# B\n\n## Setup\n\nBack to [a](../a.md) and [self](#setup).\n\n:::{include} ../_snippets/s.md\n:::\n\n![shot](../img/shot.png)\n');
  assert.equal(apply(PAGES['docs/guide/toc.yml'], r.changes[uri('docs/guide/toc.yml')]), 'toc:\n  - file: a.md\n  - file: "sub/b.md"\n');
  assert.equal(r.changes[uri('docs/guide/_snippets/s.md')], undefined);
  assert.equal(r.links, 8);
  assert.deepEqual(r.redirects.map((x) => ({ uri: x.uri, create: x.create, text: x.edit.newText })), [
    { uri: uri('docs/redirects.yml'), create: true, text: "redirects:\n  'guide/b.md': 'guide/sub/b.md'\n" },
  ]);
});

test('moving a folder moves every page and image under it; links between them stay', async () => {
  const r = await move(PAGES, 'docs/guide', 'docs/manual');
  assert.equal(apply(PAGES['docs/index.md'], r.changes[uri('docs/index.md')]), '# Home\n\n[guide](/manual/b.md#setup)\n');
  // a.md's relative links stay relative between pages that moved together; only the rooted one changes.
  assert.equal(apply(PAGES['docs/guide/a.md'], r.changes[uri('docs/guide/a.md')]),
    '# A\n\nSee [b](b.md), [root](/manual/b.md), [frag](b.md#setup) and [dot](./b.md).\n\nNot `[code](b.md)`.\n\n```\n[fenced](b.md)\n```\n');
  assert.equal(r.changes[uri('docs/guide/b.md')], undefined);
  assert.equal(r.changes[uri('docs/guide/toc.yml')], undefined);
  assert.equal(apply(PAGES['docs/docset.yml'], r.changes[uri('docs/docset.yml')]), 'project: test\ntoc:\n  - file: index.md\n  - toc: manual\n');
  assert.deepEqual(r.redirects[0]?.edit.newText, "redirects:\n  'guide/a.md': 'manual/a.md'\n  'guide/b.md': 'manual/b.md'\n");
});

test('renaming an image updates Markdown images and {image} / {figure} paths, no redirect offered', async () => {
  const files = {
    ...PAGES,
    'docs/guide/a.md': '# A\n\n![x](img/shot.png "title")\n\n:::{image} /guide/img/shot.png\n:alt: Shot\n:::\n\n```{figure} ./img/shot.png\n```\n',
  };
  const r = await move(files, 'docs/guide/img/shot.png', 'docs/guide/img/screen.png');
  assert.equal(apply(files['docs/guide/a.md'], r.changes[uri('docs/guide/a.md')]),
    '# A\n\n![x](img/screen.png "title")\n\n:::{image} /guide/img/screen.png\n:alt: Shot\n:::\n\n```{figure} ./img/screen.png\n```\n');
  assert.equal(apply(files['docs/guide/b.md'], r.changes[uri('docs/guide/b.md')]), files['docs/guide/b.md'].replace('shot.png', 'screen.png'));
  assert.deepEqual(r.redirects, []);
});

test('an existing redirects file: targets naming the moved page follow it, the new entry joins its map', async () => {
  const files = { ...PAGES, 'docs/redirects.yml': "redirects:\n  'old.md': 'guide/b.md'\n  'older.md':\n    to: '!guide/b.md'\n" };
  const r = await move(files, 'docs/guide/b.md', 'docs/guide/b2.md');
  assert.equal(apply(files['docs/redirects.yml'], [...(r.changes[uri('docs/redirects.yml')] ?? []), r.redirects[0].edit]),
    "redirects:\n  'old.md': 'guide/b2.md'\n  'older.md':\n    to: '!guide/b2.md'\n  'guide/b.md': 'guide/b2.md'\n");
  assert.equal(r.redirects[0].create, false);
});

test('a page already redirected, snippets and _docset.yml: _redirects.yml is the file, snippets get no redirect', async () => {
  const files: Record<string, string> = {};
  for (const [k, v] of Object.entries(PAGES)) files[k === 'docs/docset.yml' ? 'docs/_docset.yml' : k] = v;
  const r = await move(files, 'docs/guide/_snippets/s.md', 'docs/guide/_snippets/t.md');
  assert.equal(apply(files['docs/guide/b.md'], r.changes[uri('docs/guide/b.md')]), files['docs/guide/b.md'].replace('_snippets/s.md', '_snippets/t.md'));
  assert.deepEqual(r.redirects, []);
  const page = await move(files, 'docs/guide/a.md', 'docs/guide/c.md');
  assert.equal(page.redirects[0].uri, uri('docs/_redirects.yml'));
});

test('a page the index does not hold yet (just created) still gets its own links rewritten and its redirect', async () => {
  const { ws, ls } = service(PAGES);
  await ls.index.build();
  ws.files.set(uri('docs/guide/new.md'), '# New\n\n[a](a.md)\n');
  const r = await moveEdits(ls.env(), [{ oldUri: uri('docs/guide/new.md'), newUri: uri('docs/new.md') }]);
  assert.equal(apply('# New\n\n[a](a.md)\n', r.changes[uri('docs/guide/new.md')]), '# New\n\n[a](guide/a.md)\n');
  assert.deepEqual(r.redirects[0]?.entries, [{ from: 'guide/new.md', to: 'new.md' }]);
});
