// `{include}` / `{literalinclude}` (IncludeBlock.cs): outside the docset, missing, not a snippet, itself, loops.
// Test titles name the docs-builder test (tests/Elastic.Markdown.Tests/FileInclusion/) a case comes from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import { diagnose, diagnoseOnWindows, doc, workspace } from './util';

const show = (ds: { code: string; range: Parameters<typeof r>[0]; message: string; severity: string }[]) => ds.map((d) => `${d.severity} ${d.code} ${r(d.range)} ${d.message}`);

test('include: a snippet that exists gives nothing (docs-builder IncludeTests)', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n:::{include} _snippets/test.md\n:::\n', 'docs/_snippets/test.md': '*Hello world*\n' });
  assert.deepEqual(ds, []);
});

test('include.not-found: the absolute path docs-builder resolved (docs-builder IncludeNotFoundTests)', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n:::{include} _snippets/notfound.md\n:::\n' });
  assert.deepEqual(show(ds), ['error include.not-found 2:13-2:34 `/ws/docs/_snippets/notfound.md` does not exist.']);
});

test('include.not-snippet: a file outside `_snippets` (docs-builder IncludeNeedsToLiveInSpecialFolder)', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n```{include} test.md\n```\n', 'docs/test.md': '*Hello world*\n' });
  assert.deepEqual(show(ds), ['error include.not-snippet 2:13-2:20 {include} only supports including snippets from `_snippet` folders. `/ws/docs/test.md` is not a snippet']);
});

test('include.not-snippet: `_snippets` anywhere in the folder path is enough, as docs-builder tests it; rooted paths resolve from the docset', async () => {
  const ds = await diagnose({
    'docs/sub/page.md': '# P\n\n:::{include} /_snippets/deep/a.md\n:::\n\n:::{include} ../my_snippets_old/b.md\n:::\n',
    'docs/_snippets/deep/a.md': 'A\n',
    'docs/my_snippets_old/b.md': 'B\n',
  }, 'docs/sub/page.md');
  assert.deepEqual(ds, []);
});

test('include.cycle: a snippet that includes itself (docs-builder CanNotIncludeItself); the page including it is not blamed', async () => {
  const files = { 'docs/page.md': '# P\n\n```{include} _snippets/test.md\n```\n', 'docs/_snippets/test.md': ':::{include} test.md\n:::\n' };
  assert.deepEqual(show(await diagnose(files, 'docs/_snippets/test.md')), [
    'error include.cycle 0:13-0:20 {include} cyclical include detected `/ws/docs/_snippets/test.md` points to itself',
  ]);
  // docs-builder does not render a self-include, so the page has no loop to fall into.
  assert.deepEqual(await diagnose(files), []);
});

test('include.cycle: a page that includes itself is no snippet either: both errors, as docs-builder gives them', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n:::{include} page.md\n:::\n' });
  assert.deepEqual(show(ds), [
    'error include.not-snippet 2:13-2:20 {include} only supports including snippets from `_snippet` folders. `/ws/docs/page.md` is not a snippet',
    'error include.cycle 2:13-2:20 {include} cyclical include detected `/ws/docs/page.md` points to itself',
  ]);
});

test('include.cycle: snippets that include each other, on every include that leads into the loop', async () => {
  const files = {
    'docs/page.md': '# P\n\n:::{include} _snippets/a.md\n:::\n',
    'docs/_snippets/a.md': 'A\n\n:::{include} b.md\n:::\n',
    'docs/_snippets/b.md': 'B\n\n:::{include} /_snippets/a.md\n:::\n',
  };
  assert.deepEqual(show(await diagnose(files)), [
    'error include.cycle 2:13-2:27 {include} cyclical include detected `/ws/docs/_snippets/a.md`: page.md → _snippets/a.md → _snippets/b.md → _snippets/a.md. docs-builder would include these snippets without end.',
  ]);
  assert.deepEqual(show(await diagnose(files, 'docs/_snippets/b.md')), [
    'error include.cycle 2:13-2:28 {include} cyclical include detected `/ws/docs/_snippets/a.md`: _snippets/b.md → _snippets/a.md → _snippets/b.md. docs-builder would include these snippets without end.',
  ]);
});

test('include: a snippet included twice through two others (a diamond) is no loop', async () => {
  const ds = await diagnose({
    'docs/page.md': '# P\n\n:::{include} _snippets/a.md\n:::\n\n:::{include} _snippets/b.md\n:::\n',
    'docs/_snippets/a.md': ':::{include} c.md\n:::\n',
    'docs/_snippets/b.md': ':::{include} c.md\n:::\n',
    'docs/_snippets/c.md': 'C\n',
  });
  assert.deepEqual(ds, []);
});

test('include: includes docs-builder does not render (missing, not a snippet, literal) are not followed into loops', async () => {
  const ds = await diagnose({
    'docs/page.md': '# P\n\n:::{include} _snippets/a.md\n:::\n',
    'docs/_snippets/a.md': ':::{include} b.md\n:literal: true\n:::\n\n:::{literalinclude} a.md\n:::\n',
    'docs/_snippets/b.md': ':::{include} a.md\n:::\n',
  });
  assert.deepEqual(ds, []);
});

test('include: a long chain of snippets is followed to a bounded depth, without a report or a hang', async () => {
  const files: Record<string, string> = { 'docs/page.md': '# P\n\n:::{include} _snippets/s0.md\n:::\n' };
  for (let i = 0; i < 60; i++) files[`docs/_snippets/s${i}.md`] = i < 59 ? `:::{include} s${i + 1}.md\n:::\n` : ':::{include} s40.md\n:::\n';
  assert.deepEqual(await diagnose(files), []);
});

test('include: the rules hold inside an included snippet, whose paths resolve from its own folder', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n:::{include} _snippets/a.md\n:::\n', 'docs/_snippets/a.md': ':::{include} missing.md\n:::\n\n:::{include} ../plain.md\n:::\n', 'docs/plain.md': 'x\n' }, 'docs/_snippets/a.md');
  assert.deepEqual(show(ds), [
    'error include.not-found 0:13-0:23 `/ws/docs/_snippets/missing.md` does not exist.',
    'error include.not-snippet 3:13-3:24 {include} only supports including snippets from `_snippet` folders. `/ws/docs/plain.md` is not a snippet',
  ]);
});

test('include.outside-docset: a path that leaves the docset folder, and nothing else about it', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n:::{include} ../../elsewhere/_snippets/x.md\n:::\n\n:::{literalinclude} ../README.md\n:::\n', 'README.md': 'r\n' });
  assert.deepEqual(show(ds), [
    'error include.outside-docset 2:13-2:43 Include path must resolve within the documentation source directory.',
    'error include.outside-docset 5:20-5:32 Include path must resolve within the documentation source directory.',
  ]);
});

test('literalinclude: any file in the docset; only a missing one is reported (docs-builder LiteralIncludeTests, LiteralIncludeUsingPropertyTests)', async () => {
  const files = {
    'docs/page.md': '# P\n\n:::{literalinclude} _snippets/test.md\n:::\n\n:::{include} _snippets/test.txt\n:literal: true\n:::\n\n:::{literalinclude} code/sample.py\n:::\n\n:::{literalinclude} code/gone.py\n:::\n',
    'docs/_snippets/test.md': '*Hello world*\n',
    'docs/_snippets/test.txt': '*Hello world*\n',
    'docs/code/sample.py': 'print(1)\n',
  };
  assert.deepEqual(show(await diagnose(files)), ['error include.not-found 12:20-12:32 `/ws/docs/code/gone.py` does not exist.']);
});

test('include: the anchors of included snippets still reach the including page (links into it resolve)', async () => {
  const ls = await workspace({
    'docs/page.md': '# P\n\n:::{include} _snippets/a.md\n:::\n',
    'docs/_snippets/a.md': '## From the snippet\n',
    'docs/other.md': '# O\n\n[x](page.md#from-the-snippet)\n',
  });
  const ds = await ls.diagnostics(doc('docs/other.md', '# O\n\n[x](page.md#from-the-snippet)\n'));
  assert.deepEqual(ds.filter((d) => d.code.startsWith('link.') || d.code.startsWith('include.')), []);
});

test('include.absolute-path: docs-builder trims the leading `/`s, so on Linux and macOS no path is absolute; a drive or `\\` path is only a missing file there', async () => {
  const page = '# P\n\n:::{include} C:\\docs\\_snippets\\a.md\n:::\n\n:::{include} \\_snippets\\b.md\n:::\n\n:::{include} ///_snippets/c.md\n:::\n';
  const ds = await diagnose({ 'docs/page.md': page, 'docs/_snippets/c.md': 'C\n' });
  assert.deepEqual(show(ds), [
    'error include.not-found 2:13-2:35 `/ws/docs/C:\\docs\\_snippets\\a.md` does not exist.',
    'error include.not-snippet 2:13-2:35 {include} only supports including snippets from `_snippet` folders. `/ws/docs/C:\\docs\\_snippets\\a.md` is not a snippet',
    'error include.not-found 5:13-5:28 `/ws/docs/\\_snippets\\b.md` does not exist.',
    'error include.not-snippet 5:13-5:28 {include} only supports including snippets from `_snippet` folders. `/ws/docs/\\_snippets\\b.md` is not a snippet',
  ]);
});

test('include.absolute-path: on Windows, a drive or a leading `\\` (after the leading `/`s), and nothing else is checked', async () => {
  const page = '# P\n\n:::{include} C:\\docs\\_snippets\\a.md\n:::\n\n:::{include} /\\_snippets\\b.md\n:::\n\n:::{literalinclude} d:x.txt\n:::\n\n:::{include} /_snippets/c.md\n:::\n';
  const ds = await diagnoseOnWindows({ 'docs/page.md': page, 'docs/_snippets/c.md': 'C\n' });
  assert.deepEqual(show(ds), [
    'error include.absolute-path 2:13-2:35 Include path must not be an absolute path.',
    'error include.absolute-path 5:13-5:29 Include path must not be an absolute path.',
    'error include.absolute-path 8:20-8:27 Include path must not be an absolute path.',
  ]);
});
