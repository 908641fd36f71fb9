// A snippet is built only where a page includes it, with that page's front matter (docs-builder's
// ParseSnippetAsync with the including block's YamlFrontMatter): no error in a snippet nobody includes, and `sub:`
// keys of the including pages count inside it. The editor and `check` agree (the last test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { REPO } from '../../helpers';
import { doc, workspace } from './util';

const show = (ds: { code: string; severity: string; range: { start: { line: number } } }[]) => ds.map((d) => `${d.severity} ${d.code} ${d.range.start.line + 1}`);

async function diagnostics(files: Record<string, string>, rel: string) {
  const ls = await workspace(files);
  return ls.diagnostics(doc(rel, files[rel]));
}

const SNIPPET = 'Install {{ece}} first. See [the guide](missing.md).\n';

test('a snippet no page includes gets no error: each is a warning that says why', async () => {
  const ds = await diagnostics({ 'docs/page.md': '# P\n', 'docs/_snippets/intro.md': SNIPPET }, 'docs/_snippets/intro.md');
  assert.deepEqual(show(ds), ['warning sub.undefined 1', 'warning link.no-such-file 1']);
  assert.match(ds[0].message, /^Substitution key \{ece\} is undefined \(no page includes this file/);
});

test('a file in another `_` folder is not built either: no error', async () => {
  const ds = await diagnostics({ 'docs/page.md': '# P\n', 'docs/_templates/t.md': 'Uses {{nope}}.\n' }, 'docs/_templates/t.md');
  assert.deepEqual(show(ds), ['warning sub.undefined 1']);
});

test('an included snippet reads the including page\'s front-matter subs: defined there, not undefined here', async () => {
  const files = {
    'docs/page.md': '---\nsub:\n  ece: Elastic Cloud Enterprise\n---\n# P\n\n:::{include} _snippets/intro.md\n:::\n',
    'docs/_snippets/intro.md': 'Install {{ece}} first. Then {{other}}.\n',
  };
  assert.deepEqual(show(await diagnostics(files, 'docs/_snippets/intro.md')), ['error sub.undefined 1']);
  const ds = await diagnostics(files, 'docs/_snippets/intro.md');
  assert.match(ds[0].message, /\{other\}/);
});

test('through a snippet that includes it, and only when every including page defines the key', async () => {
  const files = {
    'docs/a.md': '---\nsub:\n  ece: ECE\n---\n# A\n\n:::{include} /_snippets/outer.md\n:::\n',
    'docs/_snippets/outer.md': ':::{include} inner.md\n:::\n',
    'docs/_snippets/inner.md': 'Install {{ece}}.\n',
  };
  assert.deepEqual(show(await diagnostics(files, 'docs/_snippets/inner.md')), []);
  // A second page includes it without defining `ece`: docs-builder reports it when building that page.
  const more = { ...files, 'docs/b.md': '# B\n\n:::{include} _snippets/inner.md\n:::\n' };
  assert.deepEqual(show(await diagnostics(more, 'docs/_snippets/inner.md')), ['error sub.undefined 1']);
});

test('an included snippet keeps its real errors; a page outside `_` folders is untouched', async () => {
  const files = {
    'docs/page.md': '# P\n\n:::{include} _snippets/intro.md\n:::\n\nUses {{nope}}.\n',
    'docs/_snippets/intro.md': 'See [x](missing.md).\n',
  };
  assert.deepEqual(show(await diagnostics(files, 'docs/_snippets/intro.md')), ['error link.no-such-file 1']);
  assert.deepEqual(show(await diagnostics(files, 'docs/page.md')), ['error sub.undefined 6']);
});

test('check gives the same for snippets as the editor', () => {
  const dir = mkdtempSync(join(tmpdir(), 'snippets-'));
  try {
    const files: Record<string, string> = {
      'docs/docset.yml': 'project: test\ntoc:\n  - file: page.md\n',
      'docs/page.md': '---\nsub:\n  ece: ECE\n---\n# P\n\n:::{include} _snippets/used.md\n:::\n',
      'docs/_snippets/used.md': 'Install {{ece}}.\n',
      'docs/_snippets/unused.md': SNIPPET,
    };
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), text);
    }
    const out = execFileSync(process.execPath, [join(REPO, 'dist', 'cli.js'), 'check', 'docs'], { cwd: dir, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    assert.deepEqual(lines.slice(0, -1).map((l) => l.split(' ').slice(0, 3).join(' ')), [
      'docs/_snippets/unused.md:1:11 warning sub.undefined',
      'docs/_snippets/unused.md:1:40 warning link.no-such-file',
    ]);
    assert.equal(lines.at(-1), '0 errors, 2 warnings, 0 information, 0 hints in 3 files');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
