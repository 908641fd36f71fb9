// What `check paths…` reads and reports (server/src/checkScope.ts), and Markdown outside every docset: a page or
// folder of a docset is checked with its whole docset indexed and prints exactly the lines the whole-docset run
// prints for it; README.md and other Markdown outside the docsets of a repository are left alone (in `check` and
// in the editor) unless asked for; a workspace without any docset is checked page by page as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SHARED } from '../paths';
import { service, uri } from '../helpers';

const CLI = join(__dirname, '..', '..', 'cli.js');

function check(cwd: string, ...args: string[]): { lines: string[]; summary: string; status: number | null } {
  const r = spawnSync(process.execPath, [CLI, 'check', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  const out = r.stdout.trimEnd().split('\n');
  return { lines: out.slice(0, -1), summary: out.at(-1) ?? '', status: r.status };
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scope-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const REPO_FILES = {
  'README.md': '# Tool\n\nSee [install](#installing-the-tool-v2) and {{not-a-sub}}.\n',
  'AGENTS.md': '# Agents\n\n[x](docs/nope.md)\n',
  'charts/app/README.md': '# Chart\n\n[values](#values-yaml)\n',
  'docs/docset.yml': 'project: test\nsubs:\n  ech: Elastic Cloud Hosted\ntoc:\n  - file: index.md\n  - folder: sub\n    children:\n      - file: a.md\n      - file: c.md\n',
  'docs/index.md': '# Home\n\n## Start here\n',
  'docs/sub/a.md': '# A\n\n[home](/index.md#start-here) [up](../index.md#nope) [sibling](b.md) [c](c.md) {{ech}} {{nope}}\n',
  'docs/sub/c.md': '# C\n\n[a](a.md#a)\n',
};

test('check of a repository: Markdown outside the docset is left alone, unless --outside-docsets', () => {
  const dir = repo(REPO_FILES);
  try {
    const all = check(dir, '.');
    assert.ok(all.lines.length > 0);
    assert.deepEqual(all.lines.filter((l) => !l.startsWith('docs/')), []);
    assert.match(all.summary, / in 3 files$/);
    const opted = check(dir, '--outside-docsets', '.');
    assert.ok(opted.lines.some((l) => l.startsWith('README.md:3:') && l.includes('sub.undefined')), opted.lines.join('\n'));
    assert.ok(opted.lines.some((l) => l.startsWith('AGENTS.md:')));
    assert.match(opted.summary, / in 6 files$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lone page in a folder without any docset keeps its page-local checks', () => {
  const dir = repo({ 'README.md': REPO_FILES['README.md'] });
  try {
    const r = check(dir, 'README.md');
    assert.deepEqual(r.lines.map((l) => l.split(' ').slice(0, 3).join(' ')), ['README.md:3:16 error link.no-such-anchor', 'README.md:3:46 error sub.undefined']);
    assert.equal(r.status, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('check docs/sub/a.md prints exactly the lines check docs prints for it: links to other pages, `/`-rooted ones, a missing sibling', () => {
  const dir = repo(REPO_FILES);
  try {
    const whole = check(dir, 'docs');
    const one = check(dir, 'docs/sub/a.md');
    const expected = whole.lines.filter((l) => l.startsWith('docs/sub/a.md:'));
    assert.deepEqual(one.lines, expected);
    assert.deepEqual(one.lines.map((l) => l.split(' ').slice(0, 3).join(' ')), [
      'docs/sub/a.md:3:47 error link.no-such-anchor',
      'docs/sub/a.md:3:63 error link.no-such-file',
      'docs/sub/a.md:3:89 error sub.undefined',
    ]);
    assert.equal(one.summary, '3 errors, 0 warnings, 0 information, 0 hints in 1 files');
    assert.equal(one.status, 1);
    // A subfolder: every line of the whole run under it, nothing else; the same from the repository root.
    const sub = check(dir, 'docs/sub');
    assert.deepEqual(sub.lines, whole.lines.filter((l) => l.startsWith('docs/sub/')));
    assert.match(sub.summary, / in 2 files$/);
    assert.deepEqual(check(dir, '.').lines.filter((l) => l.startsWith('docs/sub/')), sub.lines);
    // Two changed files of a pull request, with worker threads or without.
    const two = check(dir, '--jobs', '0', 'docs/sub/c.md', 'docs/index.md');
    assert.deepEqual(two.lines, whole.lines.filter((l) => l.startsWith('docs/sub/c.md:') || l.startsWith('docs/index.md:')));
    assert.deepEqual(check(dir, '--jobs', '2', 'docs/sub/c.md', 'docs/index.md').lines, two.lines);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('corpus: checking single pages of a docset gives their lines of the whole-docset run, byte for byte', () => {
  const corpus = join(SHARED, 'corpus');
  const whole = check(corpus, 'docs-builder/docs');
  const pages = ['docs-builder/docs/syntax/applies.md', 'docs-builder/docs/syntax/tabs.md', 'docs-builder/docs/documentation/isolated/how-to/_snippets/docs-intro.md', 'docs-builder/docs/syntax/links.md'];
  const one = check(corpus, ...pages);
  assert.ok(one.lines.length > 0);
  assert.deepEqual(one.lines, whole.lines.filter((l) => pages.some((p) => l.startsWith(`${p}:`))));
  assert.match(one.summary, / in 4 files$/);
});

test('the editor: Markdown outside every docset of a workspace with docsets gets no diagnostics, unless the setting opts in', async () => {
  const { ls } = service(REPO_FILES);
  await ls.index.build();
  const readme = { uri: uri('README.md'), version: 1, text: REPO_FILES['README.md'] };
  assert.deepEqual(await ls.diagnostics(readme), []);
  assert.ok((await ls.diagnostics({ uri: uri('docs/sub/a.md'), version: 1, text: REPO_FILES['docs/sub/a.md'] })).length > 0);
  const opted = service(REPO_FILES, { checkOutsideDocsets: true }).ls;
  await opted.index.build();
  assert.deepEqual((await opted.diagnostics(readme)).map((d) => d.code), ['link.no-such-anchor', 'sub.undefined']);
  // No docset anywhere: the page-local checks.
  const lone = service({ 'README.md': REPO_FILES['README.md'] }).ls;
  assert.deepEqual((await lone.diagnostics(readme)).map((d) => d.code), ['link.no-such-anchor', 'sub.undefined']);
});
