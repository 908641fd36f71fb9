// `check --base`: pages gone since the branch left its base, without a redirect (features/docsetFiles/
// redirectMissing.ts, node/baseFiles.ts), read from `.git` with no git process (node/gitRead.ts). The tests make
// real repositories with git (loose objects, then packed with deltas) and hold the reader to what git says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, unlinkSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GitRepository } from '../../server/src/node/gitRead';
import { blobId } from '../../server/src/node/baseFiles';

const CLI = join(__dirname, '..', '..', 'cli.js');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

interface Row { file: string; line: number; severity: string; code: string; message: string }

function check(cwd: string, ...args: string[]): { rows: Row[]; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, 'check', 'docs', '--format', 'json', ...args], { cwd, encoding: 'utf8' });
  return { rows: (JSON.parse(r.stdout) as { diagnostics: Row[] }).diagnostics.filter((d) => d.code.startsWith('redirect.')), stderr: r.stderr };
}

const PAGES: Record<string, string> = {
  'docs/docset.yml': 'project: t\ntoc:\n  - file: index.md\n',
  'docs/index.md': '# Home\n',
  'docs/kept.md': '# Kept\n',
  'docs/gone.md': '# Gone\n\nA page that is deleted on the branch.\n',
  'docs/moved.md': '# Moved\n\nA page that is renamed on the branch, content unchanged.\n',
  'docs/has-redirect.md': '# Redirected\n',
  'docs/root-keyed.md': '# Root keyed\n',
  'docs/_snippets/s.md': 'A snippet.\n',
  'README.md': '# Repo\n',
};

function repository(pack: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'base-'));
  git(dir, 'init', '-q');
  write(dir, { ...PAGES, 'docs/_redirects.yml': 'redirects:\n  other.md: index.md\n' });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'base');
  // History on main after the branch point: a page added there must not count as gone on the branch.
  git(dir, 'checkout', '-qb', 'feature');
  git(dir, 'checkout', '-q', 'main');
  write(dir, { 'docs/later-on-main.md': '# Later\n' });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'main moves on');
  git(dir, 'checkout', '-q', 'feature');
  for (let i = 0; i < 3; i++) {
    write(dir, { 'docs/kept.md': `# Kept\n\nEdit ${i}: ${'text '.repeat(50)}\n` });
    git(dir, 'commit', '-qam', `edit ${i}`);
  }
  if (pack) git(dir, 'gc', '-q', '--aggressive');
  // The branch's own changes, not committed (docs-builder counts local changes too).
  unlinkSync(join(dir, 'docs/gone.md'));
  mkdirSync(join(dir, 'docs/new-place'));
  renameSync(join(dir, 'docs/moved.md'), join(dir, 'docs/new-place/moved.md'));
  unlinkSync(join(dir, 'docs/has-redirect.md'));
  unlinkSync(join(dir, 'docs/root-keyed.md'));
  unlinkSync(join(dir, 'docs/_snippets/s.md'));
  write(dir, { 'docs/_redirects.yml': '# moves\nredirects:\n  other.md: index.md\n  has-redirect.md: index.md\n  docs/root-keyed.md: index.md\n' });
  return dir;
}

for (const pack of [false, true]) {
  test(`the reader agrees with git (${pack ? 'packed, with deltas' : 'loose objects'}): refs, merge base, files, blob ids`, () => {
    const dir = repository(pack);
    try {
      const repo = GitRepository.find(join(dir, 'docs'))!;
      assert.ok(repo, 'found upwards from a subfolder');
      for (const name of ['HEAD', 'main', 'feature', 'HEAD~2', 'main^']) assert.equal(repo.resolve(name), git(dir, 'rev-parse', name), name);
      assert.equal(repo.resolve(git(dir, 'rev-parse', '--short', 'HEAD')), git(dir, 'rev-parse', 'HEAD'), 'an abbreviated id');
      assert.equal(repo.resolve('no-such-branch'), undefined);
      assert.equal(repo.mergeBase(repo.resolve('HEAD')!, repo.resolve('main')!), git(dir, 'merge-base', 'HEAD', 'main'));
      const files = repo.files(repo.resolve('HEAD')!, 'docs')!;
      const expected = git(dir, 'ls-tree', '-r', 'HEAD', 'docs').split('\n').map((l) => { const [meta, path] = l.split('\t'); return [path, meta.split(' ')[2]]; });
      assert.deepEqual([...files].sort(), expected.sort());
      assert.equal(blobId(Buffer.from(PAGES['docs/moved.md'])), files.get('docs/moved.md'));
      repo.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('check: a page gone since the merge base without a redirect is redirect.missing; a rename says where it went', () => {
  const dir = repository(true);
  try {
    const { rows } = check(dir);
    const at = (code: string) => rows.filter((r) => r.code === code).map((r) => [r.file, r.line, r.severity, r.message]);
    assert.deepEqual(at('redirect.missing'), [
      ['docs/_redirects.yml', 2, 'warning', "Missing 'gone.md' in redirects.yml. 'docs/gone.md' was deleted but it has no redirect targets. This will lead to broken links."],
      ['docs/_redirects.yml', 2, 'warning', "Missing 'moved.md' in redirects.yml. 'docs/moved.md' was renamed to 'docs/new-place/moved.md' but it has no redirect configuration set."],
    ]);
    assert.deepEqual(at('redirect.root-relative'), [
      ['docs/_redirects.yml', 2, 'warning', "Redirect contains path relative to root 'docs/root-keyed.md' but should be relative to the documentation set 'root-keyed.md'"],
    ]);
    // Nothing for the snippet, the page with a redirect, or main's later page; nothing with --base none.
    assert.equal(rows.filter((r) => /_snippets|has-redirect|later-on-main/.test(r.message)).length, 0);
    assert.deepEqual(check(dir, '--base', 'none').rows.filter((r) => r.code === 'redirect.missing'), []);
    // An explicit base: HEAD itself (only the uncommitted deletions count, as against main here).
    assert.equal(check(dir, '--base', 'HEAD').rows.filter((r) => r.code === 'redirect.missing').length, 2);
    const unknown = check(dir, '--base', 'nope');
    assert.deepEqual(unknown.rows, []);
    assert.match(unknown.stderr, /--base nope: not compared for docs: no commit named nope/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('check: no redirects file, no comparison (as docs-builder diff validate); no repository, silent', () => {
  const dir = repository(false);
  try {
    unlinkSync(join(dir, 'docs/_redirects.yml'));
    assert.deepEqual(check(dir).rows.filter((r) => r.code === 'redirect.missing'), []);
    rmSync(join(dir, '.git'), { recursive: true, force: true });
    write(dir, { 'docs/_redirects.yml': 'redirects:\n  a.md: index.md\n' });
    const r = check(dir);
    assert.deepEqual(r.rows.filter((x) => x.code === 'redirect.missing'), []);
    assert.equal(r.stderr, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
