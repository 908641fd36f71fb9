// Go to definition and find references.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import { at } from './util';

const TARGET = '# Target page\n\n## Install [install-it]\n\nText $$$old-anchor$$$ here.\n\n:::{include} _snippets/s.md\n:::\n';
const FILES = {
  'docs/target.md': TARGET,
  'docs/_snippets/s.md': '## In snippet\n',
  'docs/b.md': '# B\n\n[one](target.md#install-it) [two](target.md) [three](/target.md#OLD-ANCHOR)\n',
  'docs/c/d.md': '# D\n\n[four](../target.md#install-it)\n% [in comment](../target.md#install-it)\n',
};

const loc = (l: { uri: string; range: Parameters<typeof r>[0] }) => `${l.uri.split('file:///ws/docs/').join('')} ${r(l.range)}`;

test('definition: link fragment → the heading, the $$$ anchor, the snippet heading; path → the page', async () => {
  const cases: [string, string[]][] = [
    ['[a](target.md#insta|ll-it)', ['target.md 2:0-2:23']],
    ['[a](tar|get.md#old-anchor)', ['target.md 4:5-4:21']],
    ['[a](target.md#in-snip|pet)', ['_snippets/s.md 0:0-0:13']],
    ['[a](tar|get.md)', ['target.md 0:0-0:0']],
    ['[a](target.md#nowhere|)', ['target.md 0:0-0:0']],
    ['[a](https://exam|ple.com)', []],
  ];
  for (const [link, expected] of cases) {
    const { ls, d, pos } = await at({ ...FILES, 'docs/page.md': `# P\n\n${link}\n` }, 'docs/page.md');
    assert.deepEqual((await ls.definition(d, pos)).map(loc), expected, link);
  }
});

test('definition: an {include} path opens the snippet; a same-page fragment its heading', async () => {
  const { ls, d, pos } = await at({ ...FILES, 'docs/page.md': '# P\n\n:::{include} _snippets/|s.md\n:::\n' }, 'docs/page.md');
  assert.deepEqual((await ls.definition(d, pos)).map(loc), ['_snippets/s.md 0:0-0:0']);
  const same = await at({ ...FILES, 'docs/page.md': '# P\n\n## Here\n\n[x](#he|re)\n' }, 'docs/page.md');
  assert.deepEqual((await same.ls.definition(same.d, same.pos)).map(loc), ['page.md 2:0-2:7']);
});

test('references to a heading with a custom id: every link across the workspace, comments included', async () => {
  const { ls, d, pos } = await at({ ...FILES, 'docs/target.md': TARGET.split('## Install').join('## Inst|all') }, 'docs/target.md');
  assert.deepEqual((await ls.references(d, pos, false)).map(loc).sort(), ['b.md 2:16-2:26', 'c/d.md 2:20-2:30', 'c/d.md 3:28-3:38']);
  assert.deepEqual((await ls.references(d, pos, true)).map(loc)[0], 'target.md 2:0-2:23');
});

test('references to a $$$ anchor (case-insensitive) and to the whole page (from its title)', async () => {
  const anchor = await at({ ...FILES, 'docs/target.md': TARGET.split('$$$old-an').join('$$$old-|an') }, 'docs/target.md');
  assert.deepEqual((await anchor.ls.references(anchor.d, anchor.pos, false)).map(loc), ['b.md 2:64-2:74']);
  const page = await at({ ...FILES, 'docs/target.md': TARGET.split('# Target').join('# Tar|get') }, 'docs/target.md');
  assert.deepEqual((await page.ls.references(page.d, page.pos, false)).map(loc).sort(), ['b.md 2:0-2:27', 'b.md 2:28-2:44', 'b.md 2:45-2:75', 'c/d.md 2:0-2:31', 'c/d.md 3:2-3:39']);
});

test('references from a link: the links that reach the same anchor', async () => {
  const { ls, d, pos } = await at({ ...FILES, 'docs/b.md': FILES['docs/b.md'].split('[one](target.md#install-it)').join('[one](target.md#ins|tall-it)') }, 'docs/b.md');
  assert.deepEqual((await ls.references(d, pos, true)).map(loc).sort(), ['b.md 2:16-2:26', 'c/d.md 2:20-2:30', 'c/d.md 3:28-3:38', 'target.md 2:0-2:23']);
});

test('references to an anchor of an included snippet: the links through the including page', async () => {
  const files = { ...FILES, 'docs/e.md': '# E\n\n[x](target.md#in-snippet) [y](target.md#in-snip|pet)\n' };
  const { ls, d, pos } = await at(files, 'docs/e.md');
  assert.deepEqual((await ls.references(d, pos, true)).map(loc).sort(), ['_snippets/s.md 0:0-0:13', 'e.md 2:14-2:24', 'e.md 2:40-2:50']);
});
