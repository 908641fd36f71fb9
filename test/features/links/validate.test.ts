import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import type { DocDiagnostic } from '../../../server/src/types';
import { diagnose } from './util';

const show = (ds: DocDiagnostic[]) => ds.map((d) => `${d.code} ${d.severity} ${r(d.range)} ${d.message}`);

test('link.no-such-file: relative and /-rooted paths, with the path docs-builder resolved', async () => {
  const ds = await diagnose({
    'docs/sub/page.md': '# P\n\n[a](../nope.md) [b](/sub/gone.md) [ok](../other.md) [ok2](/other.md) [dir](../sub)\n',
    'docs/other.md': '# Other\n',
  }, 'docs/sub/page.md');
  assert.deepEqual(show(ds), [
    'link.no-such-file error 2:4-2:14 `../nope.md` does not exist. If it was recently removed add a redirect. resolved to `/ws/docs/nope.md',
    'link.no-such-file error 2:20-2:32 `/sub/gone.md` does not exist. If it was recently removed add a redirect. resolved to `/ws/docs/sub/gone.md',
    'link.no-such-file error 2:75-2:81 `../sub` does not exist. If it was recently removed add a redirect. resolved to `/ws/docs/sub',
  ]);
});

test('link.missing-extension when <path>.md exists (and only then)', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n[a](other) [b](other#x) [c](missing)\n', 'docs/other.md': '# O\n\n## X\n' });
  assert.deepEqual(ds.map((d) => `${d.code} ${r(d.range)} ${d.message}`), [
    'link.missing-extension 2:4-2:9 `other` is not a valid internal link. Did you forget to add the .md extension?',
    'link.missing-extension 2:15-2:20 `other` is not a valid internal link. Did you forget to add the .md extension?',
    'link.no-such-file 2:28-2:35 `missing` does not exist. If it was recently removed add a redirect. resolved to `/ws/docs/missing',
  ]);
  assert.deepEqual(ds[0].data, { newPath: 'other.md' });
});

test('link.redirected: the path as written is in redirects.yml (case-insensitive, `/` dropped); many targets', async () => {
  const files = {
    'docs/redirects.yml': "redirects:\n  'old.md': 'new.md'\n  'Moved/Page.md':\n    many:\n      - to: 'a.md'\n      - to: 'b.md'\n  'gone.md': '!new.md'\n",
    'docs/page.md': '# P\n\n[a](old.md) [b](/moved/page.md) [c](gone.md#x)\n',
    'docs/new.md': '# New\n',
  };
  const ds = await diagnose(files);
  assert.deepEqual(show(ds), [
    'link.redirected warning 2:4-2:10 Local file `old.md` has a redirect, please update this reference to: new.md',
    'link.redirected warning 2:16-2:30 Local file `/moved/page.md` has a redirect, please update this reference to: one of: a.md, b.md',
    'link.redirected warning 2:36-2:43 Local file `gone.md` has a redirect, please update this reference to: new.md',
  ]);
});

test('a relative path to a redirected page: docs-builder does not match it, so it stays an error that names the redirect', async () => {
  const ds = await diagnose({ 'docs/redirects.yml': "redirects:\n  'a/old.md': 'a/new.md'\n", 'docs/a/page.md': '# P\n\n[x](old.md)\n' }, 'docs/a/page.md');
  assert.deepEqual(show(ds), [
    'link.no-such-file error 2:4-2:10 `old.md` does not exist. If it was recently removed add a redirect. resolved to `/ws/docs/a/old.md (its target `a/old.md` has a redirect to: a/new.md; docs-builder only matches redirects on the path as written)',
  ]);
});

test('link.no-such-anchor: same page and other pages, case-insensitive, with the docset-relative path', async () => {
  const ds = await diagnose({
    'docs/page.md': '# Page\n\n## Set Up\n\n[a](#set-up) [b](#SET-UP) [c](#nope) [d](guide/other.md#install) [e](guide/other.md#missing) [f](#page)\n',
    'docs/guide/other.md': '# Other\n\n## Install\n',
  });
  assert.deepEqual(show(ds), [
    'link.no-such-anchor error 4:31-4:35 `nope` does not exist in page.md.',
    'link.no-such-anchor error 4:84-4:91 `missing` does not exist in guide/other.md.',
    'link.no-such-anchor error 4:98-4:102 `page` does not exist in page.md.',
  ]);
  assert.deepEqual(ds[1].data, { uri: 'file:///ws/docs/guide/other.md', anchor: 'missing' });
});

test('anchor sources: table cells, glued to text, % comments, custom ids, headings with links and subs, :name:, steps, headings in directives', async () => {
  const target = [
    '# T', '',
    '| a | b |', '|---|---|', '| x $$$in-cell$$$ | y |', '',
    'word$$$glued$$$word', '',
    '% $$$in-comment$$$', '',
    '## Options [custom-id]', '',
    '## Use the [API](api.md)', '',
    '## About {{ech}}', '',
    ':::{note}', ':name: my-note', 'x', ':::', '',
    '::::{stepper}', ':::{step} Install the thing', ':::', ':::{step} Second', ':anchor: step-two', ':::', '::::', '',
    ':::{dropdown} Nested heading', '', '##### Heading inside dropdown [#heading-inside-dropdown]', '', ':::', '',
  ].join('\n');
  const good = ['in-cell', 'glued', 'in-comment', 'custom-id', 'use-the-apiapi.md', 'about-ech', 'my-note', 'install-the-thing', 'step-two', 'heading-inside-dropdown'];
  const bad = ['options', 'second', 't'];
  const links = [...good, ...bad].map((a) => `[x](target.md#${a})`).join('\n');
  const ds = await diagnose({ 'docs/page.md': `# P\n\n${links}\n`, 'docs/target.md': target, 'docs/api.md': '# API\n' });
  assert.deepEqual(ds.map((d) => d.message), bad.map((a) => `\`${a}\` does not exist in target.md.`));
});

test('anchors of included snippets count for the including page (recursively), and for its own links', async () => {
  const ds = await diagnose({
    'docs/page.md': '# P\n\n:::{include} _snippets/a.md\n:::\n\n[x](#from-a) [y](#from-b) [z](#nope)\n',
    'docs/_snippets/a.md': '## From A\n\n:::{include} b.md\n:::\n',
    'docs/_snippets/b.md': '$$$from-b$$$\n',
    'docs/other.md': '# O\n\n[x](page.md#from-a) [y](page.md#FROM-B)\n',
  });
  assert.deepEqual(ds.map((d) => d.message), ['`nope` does not exist in page.md.']);
  const other = await diagnose({
    'docs/page.md': '# P\n\n:::{include} _snippets/a.md\n:::\n',
    'docs/_snippets/a.md': '## From A\n',
    'docs/other.md': '# O\n\n[x](page.md#from-a) [y](page.md#from-c)\n',
  }, 'docs/other.md');
  assert.deepEqual(other.map((d) => d.message), ['`from-c` does not exist in page.md.']);
});

test('links in % comments are not validated; anchors in snippets and excluded files are not checked', async () => {
  const ds = await diagnose({
    'docs/docset.yml': 'exclude:\n  - hidden.md\n',
    'docs/page.md': '# P\n\n% [a](nope.md) [b](#nope)\n[c](_snippets/s.md#whatever) [d](hidden.md#whatever)\n',
    'docs/_snippets/s.md': '## S\n',
    'docs/hidden.md': '# H\n',
  });
  assert.deepEqual(show(ds), []);
  const snippet = await diagnose({ 'docs/_snippets/s.md': '## S\n\n[a](#not-here) [b](../nope.md)\n' }, 'docs/_snippets/s.md');
  assert.deepEqual(snippet.map((d) => d.code), ['link.no-such-file']);
});

test('cross-links: undeclared scheme, declared (also with a registry prefix), cursor/vscode pass through, empty text', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n[a](kibana://x.md) [b](docs-content://y.md#z) [c](elasticsearch://z.md) [](kibana://e.md) [d](vscode://file/x) [e](cursor://x) [f](https://example.com)\n' });
  assert.deepEqual(show(ds), [
    "link.cross-link-undeclared error 2:50-2:63 'elasticsearch' was not found in the cross link index. Ensure it is listed under 'cross_links' in your docset.yml",
    "link.empty-crosslink-text error 2:72-2:89 Crosslink 'kibana://e.md' has empty link text. Please provide explicit link text.",
  ]);
});

test('a declared vscode scheme is a cross-link like any other', async () => {
  const ds = await diagnose({ 'docs/docset.yml': 'cross_links:\n  - vscode\n', 'docs/page.md': '# P\n\n[](vscode://x.md)\n' });
  assert.deepEqual(ds.map((d) => d.code), ['link.empty-crosslink-text']);
});

test('link.empty-url; templated URLs are left to the template rule; !verbatim links pass', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n[a]() [b](<>) [c]({{nope}}/x.md) [d](!/already/resolved)\n' });
  assert.deepEqual(show(ds), [
    'link.empty-url error 2:0-2:5 Found empty url',
    'link.empty-url error 2:6-2:13 Found empty url',
    "link.template-unresolved error 2:18-2:31 The url contains unresolved template expressions: '{{nope}}/x.md'. Please check if there is an appropriate global or frontmatter subs variable.",
  ]);
});

test('images and other files: checked on disk; [](file) that is not a page gets the auto-text warning', async () => {
  const ds = await diagnose({
    'docs/page.md': '# P\n\n![alt](images/a.png) ![alt](images/b.png) [](images/a.png) [](_snippets/s.md)\n',
    'docs/images/a.png': 'PNG',
    'docs/_snippets/s.md': 'text\n',
  });
  assert.deepEqual(show(ds), [
    'link.no-such-file error 2:28-2:40 `images/b.png` does not exist. If it was recently removed add a redirect. resolved to `/ws/docs/images/b.png',
    "link.auto-text warning 2:42-2:58 'images/a.png' could not be resolved to a markdown file while creating an auto text link, '/ws/docs/images/a.png' does not exist.",
    "link.auto-text warning 2:59-2:77 '_snippets/s.md' could not be resolved to a markdown file while creating an auto text link, '/ws/docs/_snippets/s.md' does not exist.",
  ]);
});

test('targets outside the workspace folders are reported, not looked up', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n[a](../../outside.md)\n' });
  assert.deepEqual(show(ds), ['link.outside-workspace hint 2:4-2:20 `../../outside.md` resolves outside the workspace folders (`/outside.md`): it is not checked.']);
});

test('mailto links outside elastic.co get the docs-builder warning', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n[a](mailto:someone@example.com) [b](mailto:docs@elastic.co)\n' });
  assert.deepEqual(show(ds), ['link.mailto-domain warning 2:0-2:31 mailto links should be to elastic.co domains. Found example.com in mailto:someone@example.com. ']);
});

test('pages generated from a CLI schema exist for links; their hand-written anchors are not all known, so none is reported', async () => {
  const schema = JSON.stringify({ commands: [{ name: 'build' }, { name: 'index' }], namespaces: [{ segment: 'tools', commands: [{ name: 'run' }], namespaces: [] }] });
  const ds = await diagnose({
    'docs/docset.yml': 'toc:\n  - file: page.md\n  - cli: cli.json\n    folder: cli\n',
    'docs/cli.json': schema,
    'docs/cli/cmd-build.md': '## Usage notes\n',
    'docs/page.md': '# P\n\n[a](cli/index.md) [b](cli/build.md#anything) [c](/cli/tools/run.md) [d](cli/tools/index.md) [e](cli/cmd-index.md) [f](cli/nope.md)\n',
  });
  assert.deepEqual(ds.map((d) => `${d.code} ${d.message.split('.')[0]}`), ['link.no-such-file `cli/nope']);
});

test('a page with directives that generate anchors ({settings}, {changelog}, cards) accepts any anchor', async () => {
  const ds = await diagnose({
    'docs/page.md': '# P\n\n[a](settings.md#some-setting) [b](plain.md#some-setting)\n',
    'docs/settings.md': '# S\n\n:::{settings} /config/settings.yml\n:::\n',
    'docs/plain.md': '# Plain\n',
  });
  assert.deepEqual(ds.map((d) => d.message), ['`some-setting` does not exist in plain.md.']);
});

test('pages of another docset exist for links, but docs-builder does not know their anchors', async () => {
  const ds = await diagnose({
    'docs/page.md': '# P\n\n[a](../other/x.md#anything) [b](../other/missing.md)\n',
    'other/docset.yml': 'project: other\n',
    'other/x.md': '# X\n',
  });
  assert.deepEqual(ds.map((d) => d.code), ['link.no-such-file']);
});
