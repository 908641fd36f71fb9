// What an open page's diagnostics depend on: the files its links point to (with the `.md` a link without the
// extension may mean), the snippets it includes, the migration sources it names, and any snippet when it checks
// anchors of other pages. Links in comments, external and cross-links, and same-page anchors add nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { affects, isSnippet, OpenPageDependencies, pageDependencies } from '../../server/src/index/dependencies';
import { parsePage } from '../../server/src/model/page';
import { service, uri } from '../helpers';

const DOCSET = 'cross_links:\n  - kibana\n';

async function depsOf(text: string, at = 'guide/page.md') {
  const { ls } = service({ 'docset.yml': DOCSET, [at]: text });
  const docset = await ls.docsets.docsetFor(uri(at));
  return { deps: pageDependencies(parsePage(text, uri(at)), docset, ls.workspace), ls };
}

test('links: resolved from the page folder or the docset root, with the `.md` a bare path may mean', async () => {
  const { deps } = await depsOf('# P\n\n[a](other.md) [b](../top.md#x) [c](/abs/root.md) [d](noext) ![i](img/pic.png)\n');
  assert.deepEqual([...deps.uris].sort(), [
    uri('abs/root.md'), uri('abs/root.md.md'), uri('guide/img/pic.png'), uri('guide/img/pic.png.md'), uri('guide/noext'), uri('guide/noext.md'),
    uri('guide/other.md'), uri('guide/other.md.md'), uri('top.md'), uri('top.md.md'),
  ].sort());
  assert.deepEqual(deps.anchors, [{ uri: uri('top.md'), id: 'x' }], 'a link with an anchor into another page');
  assert.equal(deps.includes, false);
});

test('nothing for external links, declared cross-links, same-page anchors, links in comments', async () => {
  const { deps } = await depsOf('# P\n\n## H\n\n[a](https://elastic.co/x.md) [b](kibana://page.md) [c](#h) [m](mailto:a@elastic.co)\n\n% [d](commented.md)\n<!-- [e](html-comment.md) -->\n');
  assert.deepEqual([...deps.uris].filter((u) => !u.includes('html-comment')), []);
  assert.deepEqual(deps.anchors, []);
});

test('includes and migration sources', async () => {
  const { deps } = await depsOf('# P\n\n:::{include} _snippets/part.md\n:::\n\n% - [ ] ./raw-migrated-files/old.md\n% - [x] ./raw-migrated-files/done.md\n');
  assert.ok(deps.uris.has(uri('guide/_snippets/part.md')));
  // An open item is looked for next to the page and under the docset root; a checked one is not looked up.
  assert.ok(deps.uris.has(uri('guide/raw-migrated-files/old.md')));
  assert.ok(deps.uris.has(uri('raw-migrated-files/old.md')));
  assert.ok(![...deps.uris].some((u) => u.includes('done.md')));
  assert.equal(deps.includes, true);
});

test('affects: a dependency; a snippet when the page includes one or links to an anchor its target lacks', async () => {
  const { deps, ls } = await depsOf('# P\n\n[a](other.md#x)\n');
  assert.equal(affects(deps, uri('guide/other.md'), ls.workspace, ls.index), true);
  assert.equal(affects(deps, uri('guide/unrelated.md'), ls.workspace, ls.index), false);
  // other.md is not indexed (or has no `x` of its own): its snippets may define it.
  assert.equal(affects(deps, uri('_snippets/any.md'), ls.workspace, ls.index), true);
  ls.page({ uri: uri('guide/other.md'), version: 1, text: '# O\n\n## X\n' });
  assert.equal(affects(deps, uri('_snippets/any.md'), ls.workspace, ls.index), false, 'other.md has `x` itself');
  const plain = (await depsOf('# P\n\n[a](other.md)\n')).deps;
  assert.equal(affects(plain, uri('_snippets/any.md'), ls.workspace, ls.index), false);
  const including = (await depsOf('# P\n\n:::{include} _snippets/a.md\n:::\n')).deps;
  assert.equal(affects(including, uri('_snippets/b.md'), ls.workspace, ls.index), true);
  assert.equal(isSnippet(uri('a/_x/b.md'), ls.workspace), true);
  assert.equal(isSnippet(uri('a/x_/_b.md'), ls.workspace), false);
});

test('open documents: worked out once per version; pages over the size limit depend on nothing', async () => {
  const { ls } = service({ 'docset.yml': DOCSET, 'p.md': '# P\n' }, { maxPageSize: 100 });
  const deps = new OpenPageDependencies(ls);
  const doc = { uri: uri('p.md'), version: 1, text: '# P\n\n[a](a.md)\n' };
  assert.equal(await deps.affected(doc, uri('a.md')), true);
  assert.equal(await deps.affected(doc, uri('b.md')), false);
  const v2 = { ...doc, version: 2, text: '# P\n\n[b](b.md)\n' };
  assert.equal(await deps.affected(v2, uri('a.md')), false);
  assert.equal(await deps.affected(v2, uri('b.md')), true);
  const big = { uri: uri('big.md'), version: 1, text: `# B\n\n[a](a.md) ${'x'.repeat(200)}\n` };
  assert.equal(await deps.affected(big, uri('a.md')), false);
  // Not a Markdown page: not known, so affected.
  assert.equal(await deps.affected({ uri: uri('docset.yml'), version: 1, text: DOCSET }, uri('a.md')), true);
});

test('file directives: the files `{literalinclude}`, `{image}` / `{figure}`, `{csv-include}` and `{settings}` read; not URLs', async () => {
  const { deps } = await depsOf('# P\n\n:::{image} img/a.png\n:::\n\n:::{figure} https://example.com/b.png\n:::\n\n:::{csv-include} /data/t.csv\n:::\n\n:::{settings} s.yml\n:::\n\n:::{literalinclude} code.py\n:::\n');
  assert.deepEqual([...deps.uris].sort(), [uri('data/t.csv'), uri('guide/code.py'), uri('guide/img/a.png'), uri('guide/s.yml')]);
  assert.equal(deps.includes, false);
});
