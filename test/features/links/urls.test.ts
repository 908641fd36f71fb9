import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyUrl, declaredCrossLinks, mailtoDomain, neverReported, splitInternal } from '../../../server/src/features/links/urls';
import { gatherLinks } from '../../../server/src/features/links/gatheredLinks';
import { parsePage } from '../../../server/src/model/page';
import { inUnderscoreFolder, resolveLinkUri } from '../../../server/src/features/links/resolve';
import { parseDocset } from '../../../server/src/docset/docset';

test('classifyUrl follows docs-builder: excluded schemes, cross-links, pass-through protocols, internal paths', () => {
  const declared = declaredCrossLinks(['kibana', 'public://docs-content', 'internal://secret/']);
  assert.deepEqual([...declared], ['kibana', 'docs-content', 'secret']);
  const kinds = (url: string) => classifyUrl(url, declared).kind;
  assert.equal(kinds(''), 'empty');
  assert.equal(kinds('https://x{{v}}'), 'template');
  assert.equal(kinds('HTTPS://elastic.co'), 'external');
  assert.equal(kinds('mailto:a@b.c'), 'external');
  assert.equal(kinds('ftp://x'), 'external');
  assert.equal(kinds('kibana://a.md'), 'crosslink');
  assert.equal(kinds('nope://a.md'), 'crosslink');
  assert.equal(kinds('vscode-insiders://x'), 'custom-protocol');
  assert.equal(kinds('cursor://x'), 'custom-protocol');
  assert.equal(kinds('!/resolved/url'), 'verbatim');
  assert.equal(kinds('C:/windows/path.md'), 'internal');
  assert.deepEqual(classifyUrl('a/b.md#Frag ', declared), { kind: 'internal', path: 'a/b.md', anchor: 'Frag' });
  assert.deepEqual(classifyUrl('vscode://x', new Set(['vscode'])), { kind: 'crosslink', scheme: 'vscode' });
});

test('neverReported: templates, verbatim and external URLs but mailto; a batch gathers only the others', () => {
  const urls = ['https://elastic.co/x', 'HTTP://a', 'ftp://x', 'tel:123', 'https://x{{v}}', '!/verbatim', 'mailto:a@gmail.com', 'other.md#a', '', 'kibana://a.md', 'vscode://x', 'file:///x.md', '#local'];
  assert.deepEqual(urls.filter(neverReported), ['https://elastic.co/x', 'HTTP://a', 'ftp://x', 'tel:123', 'https://x{{v}}', '!/verbatim']);
  const page = parsePage(`# T\n\n${urls.map((u, i) => `[l${i}](${u})`).join(' ')}\n`, 'file:///ws/p.md');
  assert.deepEqual(gatherLinks(page).urls, urls);
  assert.deepEqual(gatherLinks(page, true, false).urls, urls.filter((u) => !neverReported(u)));
});

test('splitInternal splits on the first # and trims the anchor; mailtoDomain keeps the last two labels', () => {
  assert.deepEqual(splitInternal('a.md#b#c'), { path: 'a.md', anchor: 'b' });
  assert.deepEqual(splitInternal('#x'), { path: '', anchor: 'x' });
  assert.deepEqual(splitInternal('a.md'), { path: 'a.md' });
  assert.equal(mailtoDomain('mailto:docs@mail.elastic.co'), 'elastic.co');
  assert.equal(mailtoDomain('mailto:x@localhost'), 'localhost');
});

test('resolveLinkUri: `/` from the docset root, else the page folder, empty is the page; snippets are in `_` folders', () => {
  const docset = parseDocset('file:///ws/docs/docset.yml', 'file:///ws/docs', '');
  const page = 'file:///ws/docs/a/b/page.md';
  assert.equal(resolveLinkUri(page, '/x/y.md', docset, ['file:///ws']), 'file:///ws/docs/x/y.md');
  assert.equal(resolveLinkUri(page, '../c.md', docset, ['file:///ws']), 'file:///ws/docs/a/c.md');
  assert.equal(resolveLinkUri(page, './d e.md', docset, ['file:///ws']), 'file:///ws/docs/a/b/d%20e.md');
  assert.equal(resolveLinkUri(page, '', docset, ['file:///ws']), page);
  assert.equal(resolveLinkUri(page, '/x.md', undefined, ['file:///ws']), 'file:///ws/x.md');
  assert.equal(inUnderscoreFolder('file:///ws/docs/_snippets/a.md', docset), true);
  assert.equal(inUnderscoreFolder('file:///ws/docs/a/_inc/b.md', docset), true);
  assert.equal(inUnderscoreFolder('file:///ws/docs/_file.md', docset), false);
});

test('inUnderscoreFolder: a folder segment that starts with `_`, found without splitting (property, against split)', async () => {
  const fc = (await import('fast-check')).default;
  const docset = parseDocset('file:///ws/docs/docset.yml', 'file:///ws/docs', '');
  const reference = (rel: string) => rel.split('/').slice(0, -1).some((d) => d.startsWith('_'));
  const seg = fc.constantFrom('a', '_a', '_', 'b.md', '_b.md', 'x_y', '');
  fc.assert(fc.property(fc.array(seg, { minLength: 1, maxLength: 5 }).map((s) => s.join('/')), (rel) => {
    assert.equal(inUnderscoreFolder(`file:///ws/docs/${rel}`, docset), reference(rel), rel);
  }), { numRuns: 3000 });
});
