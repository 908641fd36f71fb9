import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-types';
import { at } from './util';

const FILES = {
  'docs/docset.yml': 'subs:\n  product: "Elastic Cloud"\n',
  'docs/target.md': '# Deploy {{product}}\n\n## Use the [API](api.md)\n\n## Custom [my-id]\n\n$$$legacy$$$\n',
  'docs/api.md': '# API\n',
};

const text = (h: Hover | undefined) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : undefined);

async function hoverAt(files: Record<string, string>, rel: string) {
  const { ls, d, pos } = await at(files, rel);
  return text(await ls.hover(d, pos));
}

test('hover on a heading shows the id docs-builder computes (raw source, custom ids); on the H1 that it is no target', async () => {
  assert.equal(await hoverAt({ ...FILES, 'docs/target.md': FILES['docs/target.md'].split('## Use').join('## U|se') }, 'docs/target.md'), 'Anchor `#use-the-apiapi.md` (from the heading source).');
  assert.equal(await hoverAt({ ...FILES, 'docs/target.md': FILES['docs/target.md'].split('## Custom').join('## Cus|tom') }, 'docs/target.md'), 'Anchor `#my-id` (custom id).');
  assert.equal(await hoverAt({ ...FILES, 'docs/target.md': FILES['docs/target.md'].split('# Deploy').join('# Dep|loy') }, 'docs/target.md'),
    'Page title. Id `deploy-product` (rendered, but only headings from H2 down are link targets: link to the page itself).');
  assert.equal(await hoverAt({ ...FILES, 'docs/target.md': FILES['docs/target.md'].split('$$$leg').join('$$$le|g') }, 'docs/target.md'), 'Anchor `#legacy`.');
  assert.equal(await hoverAt({ 'docs/page.md': '# P\n\n% $$$in-co|mment$$$\n' }, 'docs/page.md'), 'Anchor `#in-comment`. In a `%` comment: nothing is rendered, but docs-builder still accepts links to it.');
});

test('hover on a link: the target heading\'s text under the page title (subs applied); an anchor; the page', async () => {
  assert.equal(await hoverAt({ ...FILES, 'docs/page.md': '# P\n\n[see](target.md#use-the-apiapi.md|)\n' }, 'docs/page.md'),
    '**Deploy Elastic Cloud** › Use the [API](api.md)\n\n`target.md` #use-the-apiapi.md, line 3');
  assert.equal(await hoverAt({ ...FILES, 'docs/page.md': '# P\n\n[see](target.md#LEGACY|)\n' }, 'docs/page.md'),
    '**Deploy Elastic Cloud** › anchor `legacy`\n\n`target.md` #legacy, line 7');
  assert.equal(await hoverAt({ ...FILES, 'docs/page.md': '# P\n\n[s|ee](target.md)\n' }, 'docs/page.md'), '**Deploy Elastic Cloud**\n\n`target.md`');
});

test('hover on [](page.md): the text docs-builder fills in, `<Page title> > <Heading>` with a heading anchor', async () => {
  assert.equal(await hoverAt({ ...FILES, 'docs/page.md': '# P\n\n[](tar|get.md)\n' }, 'docs/page.md'), 'Link text (filled in by docs-builder): **Deploy Elastic Cloud**\n\n`target.md`');
  assert.equal(await hoverAt({ ...FILES, 'docs/page.md': '# P\n\n[](target.md#my-|id)\n' }, 'docs/page.md'),
    'Link text (filled in by docs-builder): **Deploy Elastic Cloud > Custom**\n\n`target.md` #my-id, line 5');
  assert.equal(await hoverAt({ ...FILES, 'docs/page.md': '# P\n\n[](target.md#leg|acy)\n' }, 'docs/page.md'),
    'Link text (filled in by docs-builder): **Deploy Elastic Cloud**\n\n`target.md` #legacy, line 7');
});

test('no hover on external links or missing pages', async () => {
  assert.equal(await hoverAt({ ...FILES, 'docs/page.md': '# P\n\n[x](https://exa|mple.com) \n' }, 'docs/page.md'), undefined);
  assert.equal(await hoverAt({ ...FILES, 'docs/page.md': '# P\n\n[x](miss|ing.md)\n' }, 'docs/page.md'), undefined);
});
