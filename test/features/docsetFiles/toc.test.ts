import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docsetDiags } from './util';

const PAGES = { 'docs/index.md': '# Home\n' };
const toc = (items: string, head = 'project: demo\n') => `${head}toc:\n${items}`;

test('toc.not-found: a file entry that is not a page docs-builder builds, on its line (docset.yml and toc.yml)', async () => {
  assert.deepEqual(await docsetDiags({
    ...PAGES,
    'docs/docset.yml': toc('  - file: index.md\n  - file: missing.md\n  - file: notes.txt\n  - file: old.md\n  - toc: dev\n', 'exclude:\n  - old.md\n'),
    'docs/notes.txt': 'x',
    'docs/old.md': '# Old\n',
    'docs/dev/toc.yml': 'toc:\n  - file: index.md\n  - file: gone.md\n',
    'docs/dev/index.md': '# Dev\n',
  }, 'toc.'), [
    "docs/dev/toc.yml 2:10-2:17 error toc.not-found File navigation 'dev/gone.md' could not be created. dev/gone.md",
    "docs/docset.yml 4:10-4:20 error toc.not-found File navigation 'missing.md' could not be created. missing.md",
    "docs/docset.yml 5:10-5:19 error toc.not-found File navigation 'notes.txt' could not be created. notes.txt",
    "docs/docset.yml 6:10-6:16 error toc.not-found File navigation 'old.md' could not be created. old.md",
  ]);
});

test('toc.not-found stays silent: letter case (docs-builder compares paths case-insensitively), children beside their file', async () => {
  assert.deepEqual(await docsetDiags({
    ...PAGES,
    'docs/docset.yml': toc('  - file: INDEX.md\n  - file: guide/intro.md\n    children:\n      - file: more.md\n  - folder: auto\n  - file: ref/index.md\n'),
    'docs/guide/intro.md': '# Intro\n',
    'docs/guide/more.md': '# More\n',
    'docs/auto/a.md': '# A\n',
    'docs/ref/index.md': '# Ref\n',
  }, 'toc.not-found'), []);
});

test('toc.file-name: a page whose path is not lower-case, on the entry; silent for lower-case names', async () => {
  assert.deepEqual(await docsetDiags({
    ...PAGES,
    'docs/docset.yml': toc('  - file: index.md\n  - file: Setup-Guide.md\n  - file: ok_name+1.md\n'),
    'docs/Setup-Guide.md': '# S\n',
    'docs/ok_name+1.md': '# O\n',
  }, 'toc.file-name'), [
    'docs/docset.yml 3:10-3:24 error toc.file-name File name Setup-Guide.md is not valid needs to be lowercase and contain only alphanumeric characters, spaces, dashes, dots, underscores, and plus signs',
  ]);
});

test('toc.none-created: a file, folder or docset whose children all fail; silent when one child is built', async () => {
  assert.deepEqual(await docsetDiags({
    'docs/docset.yml': toc('  - file: a.md\n    children:\n      - file: x.md\n  - folder: empty\n  - folder: half\n    children:\n      - file: ok.md\n      - file: no.md\n'),
    'docs/a.md': '# A\n',
    'docs/empty/notes.txt': 'x',
    'docs/half/ok.md': '# OK\n',
  }, 'toc.none-created'), [
    "docs/docset.yml 2:10-2:14 error toc.none-created File navigation 'a.md' has children defined but none could be created",
    "docs/docset.yml 5:12-5:17 error toc.none-created Folder navigation 'empty' has children defined but none could be created (/ws/docs/docset.yml:)",
  ]);
  assert.deepEqual(await docsetDiags({ 'docs/docset.yml': toc('  - file: gone.md\n') }, 'toc.none-created'), [
    "docs/docset.yml 1:0-1:3 error toc.none-created Documentation set 'demo' (/ws/docs/docset.yml) table of contents has items defined but none could be created",
  ]);
});

test('toc.empty: a toc.yml without entries (on it and on the entry naming it), a docset without a ToC', async () => {
  assert.deepEqual(await docsetDiags({ ...PAGES, 'docs/docset.yml': toc('  - file: index.md\n  - toc: dev\n'), 'docs/dev/toc.yml': 'project: x\ntoc: []\n' }, 'toc.empty'), [
    "docs/dev/toc.yml 1:0-1:3 error toc.empty Table of contents 'dev' has no children defined",
    "docs/docset.yml 3:9-3:12 error toc.empty Table of contents navigation 'dev' has no children defined (/ws/docs/docset.yml:)",
  ]);
  assert.deepEqual(await docsetDiags({ ...PAGES, 'docs/docset.yml': 'project: bare\n' }, 'toc.'), [
    "docs/docset.yml 0:0-0:0 error toc.empty Documentation set 'bare' (/ws/docs/docset.yml) has no table of contents defined",
  ]);
  assert.deepEqual(await docsetDiags({ ...PAGES, 'docs/docset.yml': toc('  - file: index.md\n  - toc: dev\n'), 'docs/dev/toc.yml': 'toc:\n  - file: index.md\n', 'docs/dev/index.md': '# D\n' }, 'toc.'), []);
});

test('toc.toc-not-found and toc.toc-children: a `toc:` entry needs DIR/toc.yml and takes no children', async () => {
  assert.deepEqual(await docsetDiags({
    ...PAGES,
    'docs/docset.yml': toc('  - file: index.md\n  - toc: nope\n  - toc: dev\n    children:\n      - file: index.md\n  - toc: guide\n'),
    'docs/dev/toc.yml': 'toc:\n  - file: index.md\n',
    'docs/guide/toc.yml': 'toc:\n  - file: index.md\n',
    'docs/guide/index.md': '# G\n',
  }, 'toc.toc-'), [
    'docs/docset.yml 3:9-3:13 error toc.toc-not-found Table of contents file not found: nope/toc.yml',
    "docs/docset.yml 4:9-4:12 error toc.toc-children TableOfContents 'dev' may not contain children, define children in 'dev/toc.yml' instead.",
  ]);
});

test('paths with a `/` in folder and toc entries are relative to the file holding them, not to the parent folder', async () => {
  assert.deepEqual(await docsetDiags({
    ...PAGES,
    'docs/docset.yml': toc('  - file: index.md\n  - toc: dev\n'),
    'docs/dev/toc.yml': 'toc:\n  - folder: a\n    children:\n      - folder: b/c\n        children:\n          - file: x.md\n',
    'docs/dev/a/placeholder.md': '# P\n',
    'docs/dev/b/c/x.md': '# X\n',
  }, 'toc.'), []);
});

test('toc.folder-file-deep-link and toc.folder-file-name: the file beside a folder is a plain name, best named after it', async () => {
  const files = {
    'docs/docset.yml': toc('  - folder: getting-started\n    file: sub/GettingStarted.md\n  - folder: setup\n    file: install.md\n  - folder: getting_started\n    file: GettingStarted.md\n  - folder: ref\n    file: index.md\n'),
    'docs/getting-started/sub/GettingStarted.md': '# G\n',
    'docs/setup/install.md': '# I\n',
    'docs/getting_started/GettingStarted.md': '# G\n',
    'docs/ref/index.md': '# R\n',
  };
  assert.deepEqual(await docsetDiags(files, 'toc.folder-file'), [
    "docs/docset.yml 3:10-3:31 error toc.folder-file-deep-link Deep linking on folder 'file' is not supported. Found file path 'sub/GettingStarted.md' with '/'. Use simple file name only.",
    "docs/docset.yml 3:10-3:31 hint toc.folder-file-name File name 'sub/GettingStarted.md' does not match folder name 'getting-started'. Best practice is to name the file the same as the folder (e.g., 'folder: getting-started, file: getting-started.md').",
    "docs/docset.yml 5:10-5:20 hint toc.folder-file-name File name 'install.md' does not match folder name 'setup'. Best practice is to name the file the same as the folder (e.g., 'folder: setup, file: setup.md').",
  ]);
  files['docs/docset.yml'] = `suppress:\n  - FolderFileNameMismatch\n${files['docs/docset.yml']}`;
  assert.deepEqual((await docsetDiags(files, 'toc.folder-file')).map((l) => l.split(' ')[3]), ['toc.folder-file-deep-link']);
});

test('toc.deep-link-children: a deep-linked file with children is a hint, silent without children or suppressed', async () => {
  const files = {
    ...PAGES,
    'docs/docset.yml': toc('  - file: index.md\n  - file: guides/intro.md\n    children:\n      - file: next.md\n  - file: guides/next.md\n'),
    'docs/guides/intro.md': '# I\n',
    'docs/guides/next.md': '# N\n',
  };
  assert.deepEqual(await docsetDiags(files, 'toc.'), [
    "docs/docset.yml 3:10-3:25 hint toc.deep-link-children File 'guides/intro.md' uses deep-linking with children. Consider using 'folder' instead of 'file' for better navigation structure. Virtual files are primarily intended to group sibling files together.",
  ]);
  files['docs/docset.yml'] = `suppress: [DeepLinkingVirtualFile]\n${files['docs/docset.yml']}`;
  assert.deepEqual(await docsetDiags(files, 'toc.'), []);
});

test('toc.sort: a folder sort order docs-builder does not know; asc/ascending/desc/descending are silent', async () => {
  assert.deepEqual(await docsetDiags({
    'docs/docset.yml': toc('  - folder: a\n    sort: newest\n  - folder: b\n    sort: desc\n  - folder: c\n    sort: Ascending\n'),
    'docs/a/x.md': '# X\n', 'docs/b/x.md': '# X\n', 'docs/c/x.md': '# X\n',
  }, 'toc.'), [
    "docs/docset.yml 3:10-3:16 error toc.sort Unknown sort order 'newest' for folder 'a'. Valid values are: asc, ascending, desc, descending.",
  ]);
});

test('toc.listing-not-found and toc.listing-glob: a listing needs its folder, and an extension for non-.md globs', async () => {
  assert.deepEqual(await docsetDiags({
    ...PAGES,
    'docs/docset.yml': toc('  - file: index.md\n  - listing: posts\n  - listing: blog\n    glob: "**/*"\n  - listing: blog\n    glob: "**/*.yaml"\n    extension: openapi\n  - listing: blog\n'),
    'docs/blog/a.md': '# A\n',
  }, 'toc.listing'), [
    'docs/docset.yml 3:13-3:18 error toc.listing-not-found Listing folder not found: posts',
    "docs/docset.yml 5:10-5:16 error toc.listing-glob Listing 'blog': glob '**/*' may match non-.md files — 'extension:' is required to handle them.",
  ]);
});

test('toc.cli-schema-not-found and toc.cli-folder-not-found (a warning); silent when both exist', async () => {
  assert.deepEqual(await docsetDiags({
    ...PAGES,
    'docs/docset.yml': toc('  - file: index.md\n  - cli: cli/missing.json\n  - cli: cli/schema.json\n    folder: cli-docs\n  - cli: cli/schema.json\n    folder: cli\n'),
    'docs/cli/schema.json': '{}',
  }, 'toc.cli'), [
    'docs/docset.yml 3:9-3:25 error toc.cli-schema-not-found CLI schema file not found: cli/missing.json',
    'docs/docset.yml 5:12-5:20 warning toc.cli-folder-not-found CLI supplemental docs folder not found: cli-docs',
  ]);
});

test('normalizeRel: a path without empty, `.` or `..` segments comes back as it is, others as segment by segment (property)', async () => {
  const fc = (await import('fast-check')).default;
  const { normalizeRel } = await import('../../../server/src/features/docsetFiles/docsetFs');
  const reference = (path: string): string | undefined => {
    const out: string[] = [];
    for (const seg of path.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (out.length === 0) return undefined;
        out.pop();
      } else out.push(seg);
    }
    return out.join('/');
  };
  const piece = fc.constantFrom('a', 'b.md', '/', '.', '..', '...', '.a', 'a.', '_x', ' ');
  fc.assert(fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), (path) => {
    assert.equal(normalizeRel(path), reference(path), JSON.stringify(path));
  }), { numRuns: 5000 });
});
