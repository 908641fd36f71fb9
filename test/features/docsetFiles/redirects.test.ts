import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docsetDiags } from './util';

const BASE = {
  'docs/docset.yml': 'project: r\ntoc:\n  - file: index.md\n',
  'docs/index.md': '# Home\n\n## Setup\n',
  'docs/guide/Start.md': '# Start\n\n## First steps\n',
  'docs/images/a.png': 'png',
  'docs/_snippets/s.md': 'snippet\n',
};
const redirects = (body: string) => ({ ...BASE, 'docs/redirects.yml': `redirects:\n${body}` });

test('redirect.not-found: a target that is not a file docs-builder keeps, on its line', async () => {
  assert.deepEqual(await docsetDiags(redirects(
    "  'old.md': 'gone.md'\n  'a.md': './index.md'\n  'b.md':\n    to: 'missing/page.md'\n  'c.md': '!nope.md'\n",
  ), 'redirect.'), [
    'docs/redirects.yml 1:12-1:21 error redirect.not-found Redirect old.md points to gone.md which does not exist',
    'docs/redirects.yml 2:10-2:22 error redirect.not-found Redirect a.md points to ./index.md which does not exist',
    'docs/redirects.yml 4:8-4:25 error redirect.not-found Redirect b.md points to missing/page.md which does not exist',
    'docs/redirects.yml 5:10-5:20 error redirect.not-found Redirect c.md points to nope.md which does not exist',
  ]);
  // `many:` entries count only with `anchors:`; with none left, docs-builder redirects the path to itself.
  assert.deepEqual(await docsetDiags(redirects("  'm.md':\n    many:\n      - to: 'index.md'\n"), 'redirect.'), [
    'docs/redirects.yml 1:2-1:8 error redirect.not-found Redirect m.md points to m.md which does not exist',
  ]);
});

test('redirect.not-found stays silent: existing pages (any letter case), `!target`, an empty target (index.md), URLs', async () => {
  assert.deepEqual(await docsetDiags(redirects(
    "  'old.md': 'index.md'\n  'x.md': 'guide/start.md'\n  'y.md': '!index.md'\n  'z.md': ''\n  'k.md': 'kibana://get-started/index.md'\n  'w.md': 'https://www.elastic.co/docs'\n",
  ), 'redirect.'), []);
});

test('redirect.not-markdown: a target that is an image or a snippet', async () => {
  assert.deepEqual(await docsetDiags(redirects("  'a.md': 'images/a.png'\n  'b.md': '_snippets/s.md'\n"), 'redirect.'), [
    'docs/redirects.yml 1:10-1:24 error redirect.not-markdown Redirect a.md points to images/a.png which is not a markdown file',
    'docs/redirects.yml 2:10-2:26 error redirect.not-markdown Redirect b.md points to _snippets/s.md which is not a markdown file',
  ]);
});

test('redirect.invalid-uri: a target with :// that is not a URI', async () => {
  assert.deepEqual(await docsetDiags(redirects("  'a.md': 'http://[::1'\n  'b.md': 'docs-content://x.md'\n"), 'redirect.'), [
    'docs/redirects.yml 1:10-1:23 error redirect.invalid-uri Redirect a.md points to http://[::1 which is not a valid URI',
  ]);
});

test('redirect.bad-anchor: a remapped anchor the target page does not have; known and dropped anchors are silent', async () => {
  assert.deepEqual(await docsetDiags(redirects(
    "  'old.md':\n    to: 'guide/start.md'\n    anchors:\n      'intro': 'first-steps'\n      'gone':\n      'setup': 'setup-it'\n  'index.md':\n    anchors:\n      'old-setup': 'setup'\n  'p.md':\n    many:\n      - to: 'index.md'\n        anchors: { 'a': 'nowhere' }\n",
  ), 'redirect.'), [
    "docs/redirects.yml 13:24-13:33 error redirect.bad-anchor Bad anchor remap 'nowhere' does not exist in index.md",
    "docs/redirects.yml 6:15-6:25 error redirect.bad-anchor Bad anchor remap 'setup-it' does not exist in guide/Start.md",
  ]);
});

test('redirect.unknown-key: a top-level key other than redirects is a warning', async () => {
  assert.deepEqual(await docsetDiags({ ...BASE, 'docs/redirects.yml': "redirect:\n  'a.md': 'index.md'\nredirects:\n  'b.md': 'index.md'\n" }, 'redirect.'), [
    'docs/redirects.yml 0:0-0:8 warning redirect.unknown-key redirect is not a known configuration',
  ]);
});

test('redirect.chain: a target that is itself redirected (a hint of this extension); a redirect to a plain page is silent', async () => {
  assert.deepEqual(await docsetDiags(redirects("  'a.md': 'b.md'\n  'b.md': 'index.md'\n"), 'redirect.'), [
    'docs/redirects.yml 1:10-1:16 error redirect.not-found Redirect a.md points to b.md which does not exist',
    'docs/redirects.yml 1:10-1:16 hint redirect.chain Redirect a.md points to b.md, which itself redirects to index.md.',
  ]);
});

test('a redirects file that is not YAML is reported on that file, not on docset.yml', async () => {
  assert.deepEqual(await docsetDiags({ ...BASE, 'docs/redirects.yml': 'redirects:\n  a: [\n' }, 'docset.yaml'), [
    'docs/redirects.yml 2:0-2:0 error docset.yaml Could not load redirects.yml: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:',
  ]);
});
