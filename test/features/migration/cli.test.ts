import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedFile } from '../../helpers';

// The built CLI beside the bundled tests: <dist>/test/features/migration/cli.test.js → <dist>/cli.js.
const CLI = join(__dirname, '..', '..', '..', 'cli.js');

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'edls-mig-'));
  mkdirSync(join(dir, 'docs', 'raw-migrated-files'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'docset.yml'), 'subs:\n  ech: "Elastic Cloud Hosted"\n');
  writeFileSync(join(dir, 'docs', 'security.md'), sharedFile('samples/security.md'));
  writeFileSync(join(dir, 'docs', 'other.md'), '# Other\n\n% - [x] ./raw-migrated-files/a.md\n% - [ ] ./raw-migrated-files/b.md\n%     Notes: keep the table\n');
  writeFileSync(join(dir, 'docs', 'raw-migrated-files', 'a.md'), '% - [ ] ignored.md\n');
  return dir;
}

test('CLI: `migration` prints open items per page and the summary line (paths relative to the current folder)', () => {
  const dir = workspace();
  const p = spawnSync(process.execPath, [CLI, 'migration', 'docs'], { cwd: dir, encoding: 'utf8' });
  assert.equal(p.status, 0, p.stderr);
  const lines = p.stdout.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 3), ['docs/other.md (1 of 2 open)', '  docs/other.md:4 ./raw-migrated-files/b.md — keep the table', 'docs/raw-migrated-files/a.md (1 of 1 open)']);
  assert.equal(lines.at(-1), '12 of 13 items open in 3 pages');
  assert.ok(lines.includes('  docs/security.md:36 ./raw-migrated-files/elasticsearch/elasticsearch-reference/security-files.md — redirect only'));
});

test('CLI: `migration --format json` lists every item with page, line, path, notes, checked; bad usage exits 2', () => {
  const dir = workspace();
  const p = spawnSync(process.execPath, [CLI, 'migration', '--format', 'json', join(dir, 'docs', 'other.md')], { cwd: dir, encoding: 'utf8' });
  assert.equal(p.status, 0, p.stderr);
  assert.deepEqual(JSON.parse(p.stdout), {
    items: [
      { page: 'docs/other.md', line: 3, path: './raw-migrated-files/a.md', notes: '', checked: true },
      { page: 'docs/other.md', line: 4, path: './raw-migrated-files/b.md', notes: 'keep the table', checked: false },
    ],
    summary: { open: 1, total: 2, pages: 1 },
  });
  assert.equal(spawnSync(process.execPath, [CLI, 'migration', '--format', 'xml'], { cwd: dir }).status, 2);
  assert.equal(spawnSync(process.execPath, [CLI, 'migration', 'no-such-folder'], { cwd: dir }).status, 2);
});
