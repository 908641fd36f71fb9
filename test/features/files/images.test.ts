// Images (ImageBlock.cs, DiagnosticLinkInlineParser.cs): `{image}` / `{figure}` / images in `{carousel}`, and
// Markdown images. Test titles name the docs-builder test (tests/Elastic.Markdown.Tests/Directives/ImageTests.cs)
// a case comes from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import { diagnose } from './util';

const show = (ds: { code: string; range: Parameters<typeof r>[0]; message: string; severity: string }[]) => ds.map((d) => `${d.severity} ${d.code} ${r(d.range)} ${d.message}`);

test('image: an existing image gives nothing (docs-builder ImageBlockTests)', async () => {
  const ds = await diagnose({
    'docs/page.md': '# P\n\n:::{image} img/observability.png\n:alt: Elasticsearch\n:width: 250px\n:screenshot:\n:::\n',
    'docs/img/observability.png': '',
  });
  assert.deepEqual(ds, []);
});

test('image.not-found: the path as written and as docs-builder combined it, `..` kept', async () => {
  const ds = await diagnose({ 'docs/sub/page.md': '# P\n\n:::{image} ../img/missing.png\n:::\n\n:::{figure} /img/gone.png\n:::\n' }, 'docs/sub/page.md');
  assert.deepEqual(show(ds), [
    'error image.not-found 2:11-2:29 `../img/missing.png` does not exist. resolved to `/ws/docs/sub/../img/missing.png',
    'error image.not-found 5:12-5:25 `/img/gone.png` does not exist. resolved to `/ws/docs/img/gone.png',
  ]);
});

test('image.external: an external URI warns, named `image` for {figure} too (docs-builder FigureTests)', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n:::{figure} https://github.com/rowanc1/pics/blob/main/sunset.png?raw=true\n:label: myFigure\n:alt: Sunset at the beach\n:align: center\n\nRelaxing at the beach\n:::\n' });
  assert.deepEqual(show(ds), ['warning image.external 2:12-2:73 image is using an external URI: https://github.com/rowanc1/pics/blob/main/sunset.png?raw=true ']);
});

test('image.external: allowed hosts give nothing (docs-builder AllowedExternalHostTests), nor do external Markdown images', async () => {
  const ds = await diagnose({
    'docs/page.md': '# P\n\n:::{image} https://images.contentstack.io/v3/assets/bltefdd0b53724fa2ce/blt/example.gif\n:::\n\n:::{image} https://epr.elastic.co/package/x/icon.svg\n:::\n\n![A](https://example.com/a.png)\n',
  });
  assert.deepEqual(ds, []);
});

test('image: the images of a {carousel} are checked as {image}s', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n::::{carousel}\n\n:::{image} img/one.png\n:::\n\n:::{image} img/two.png\n:::\n\n::::\n', 'docs/img/one.png': '' });
  assert.deepEqual(show(ds), ['error image.not-found 7:11-7:22 `img/two.png` does not exist. resolved to `/ws/docs/img/two.png']);
});

test('image: a missing Markdown image is the link checker\'s (`link.no-such-file`), with docs-builder\'s link message', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n![Alt](img/missing.png)\n' }, 'docs/page.md', ['image.', 'link.']);
  assert.deepEqual(show(ds), ['error link.no-such-file 2:7-2:22 `img/missing.png` does not exist. If it was recently removed add a redirect. resolved to `/ws/docs/img/missing.png']);
});

test('image.out-of-scope: outside the folder of the page\'s toc.yml, a Warning for {image} and a Hint for a Markdown image', async () => {
  const ds = await diagnose({
    'docs/dev/toc.yml': 'toc:\n  - file: page.md\n',
    'docs/dev/page.md': '# P\n\n:::{image} ../img/a.png\n:::\n\n![A](/img/a.png)\n\n:::{image} images/b.png\n:::\n\n![B](images/b.png)\n',
    'docs/img/a.png': '',
    'docs/dev/images/b.png': '',
  }, 'docs/dev/page.md');
  assert.deepEqual(show(ds), [
    "warning image.out-of-scope 2:11-2:23 Image '../img/a.png' is referenced out of table of contents scope '/ws/docs/dev'.",
    "hint image.out-of-scope 5:5-5:15 Image '/img/a.png' is referenced out of table of contents scope '/ws/docs/dev'.",
  ]);
});

test('image.out-of-scope: docs-builder compares with `StartsWith(scope + "/")`, so an image right in the scope folder is reported too', async () => {
  const ds = await diagnose({ 'docs/page.md': '# P\n\n:::{image} logo.png\n:::\n\n![Logo](img/logo.png)\n', 'docs/logo.png': '', 'docs/img/logo.png': '' });
  assert.deepEqual(show(ds), ["warning image.out-of-scope 2:11-2:19 Image 'logo.png' is referenced out of table of contents scope '/ws/docs'."]);
});

test('image.out-of-scope: not in snippets (docs-builder reads them as snippet files, not Markdown pages)', async () => {
  const ds = await diagnose({ 'docs/dev/toc.yml': 'toc: []\n', 'docs/dev/_snippets/s.md': ':::{image} ../../img/a.png\n:::\n\n![A](/img/a.png)\n', 'docs/img/a.png': '' }, 'docs/dev/_snippets/s.md');
  assert.deepEqual(ds, []);
});
