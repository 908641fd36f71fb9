import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, show } from './helpers';

test('frontmatter.title, mapped_pages, products, layout', async () => {
  const text = [
    '---', 'title: Old title', 'mapped_pages:', '  - https://www.elastic.co/guide/en/x.html', '  - https://example.com/y', '  - https://www.elastic.co/guide/with space',
    'products:', '  - id: apm', '  - id: aapm', '  - id: apm_agent_java', '  - name: x', '  - kibana', 'layout: wide', '---', '# T', '',
  ].join('\n');
  assert.deepEqual(show(await diagnostics(text), 'frontmatter.'), [
    "frontmatter.title warning 1:0-1:5 'title' is no longer supported in yaml frontmatter please use a level 1 header instead.",
    'frontmatter.mapped-pages error 4:4-4:25 Invalid mapped_pages URL: "https://example.com/y". All mapped_pages URLs must start with "https://www.elastic.co/guide". Please update the URL to reference content under the Elastic documentation guide.',
    'frontmatter.mapped-pages error 5:4-5:43 Invalid mapped_pages URL: "https://www.elastic.co/guide/with space". All mapped_pages URLs must start with "https://www.elastic.co/guide". Please update the URL to reference content under the Elastic documentation guide.',
    'frontmatter.products error 8:8-8:12 Invalid product in yaml front matter. Invalid products frontmatter value: "aapm". Did you mean "apm"?',
    "frontmatter.products error 10:4-10:11 Invalid product in yaml front matter. Product 'id' field is required. Example format:\nproducts:\n  - id: apm",
    'frontmatter.products error 11:4-11:10 Failed to parse yaml front matter block. Each `products` entry is a mapping: `- id: <product>`.',
    "frontmatter.layout error 12:8-12:12 Failed to parse yaml front matter block. 'wide' is not a layout; valid layouts are: landing-page, not-found, archive, full-search, hub.",
  ]);
});

test('frontmatter.hub-hero: layout: hub needs {hero}; hub pages need no H1', async () => {
  assert.deepEqual(show(await diagnostics('---\nlayout: hub\n---\n\nBody.\n'), 'frontmatter.'), [
    'frontmatter.hub-hero error 1:8-1:11 A page with `layout: hub` requires a {hero} directive. Without it the page renders without a title.',
  ]);
  assert.deepEqual(show(await diagnostics('---\nlayout: hub\n---\n\n:::{hero}\n:title: Hub\n:::\n'), 'frontmatter.'), []);
});

test('frontmatter.no-title: no top-level H1 (one inside a directive does not count); not for snippets or a front-matter title', async () => {
  assert.deepEqual(show(await diagnostics('## Only H2\n'), 'frontmatter.'), ['frontmatter.no-title warning 0:0-0:10 Document has no title, using file name as title.']);
  assert.equal(show(await diagnostics(':::{note}\n# Inside\n:::\n'), 'frontmatter.no-title').length, 1);
  assert.deepEqual(show(await diagnostics('Title\n=====\n'), 'frontmatter.'), []);
  assert.deepEqual(show(await diagnostics('## Part\n', {}, 'docs/_snippets/part.md'), 'frontmatter.'), []);
  assert.deepEqual(show(await diagnostics('---\ntitle: T\n---\nBody\n'), 'frontmatter.').map((d) => d.split(' ')[0]), ['frontmatter.title']);
});

test('frontmatter.no-title: not for pages of a `cli:` ToC folder, which docs-builder generates', async () => {
  const docset = 'toc:\n  - file: index.md\n  - cli: cli-schema.json\n    folder: cli\n    children: []\n';
  assert.deepEqual(show(await diagnostics('## Description\n', { 'docs/docset.yml': docset }, 'docs/cli/cmd-build.md'), 'frontmatter.'), []);
  assert.equal(show(await diagnostics('## Description\n', { 'docs/docset.yml': docset }, 'docs/other/cmd-build.md'), 'frontmatter.').length, 1);
});

test('broken YAML: only frontmatter.yaml, as docs-builder reads an empty front matter', async () => {
  const ds = await diagnostics('---\ntitle: [x\nproducts:\n  - id: nope\n---\n# T\n');
  assert.deepEqual(ds.filter((d) => d.code.startsWith('frontmatter.')).map((d) => d.code), ['frontmatter.yaml']);
});
