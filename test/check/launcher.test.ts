// dist/cli.js runs the command in a worker thread with a small young generation (server/src/node/cliLauncher.ts):
// what a CI job sees must be what the command says, whole: every line of a long report, the exit code, usage on
// stderr, and a reader that stops early (`| head`) does not turn into a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'cli.js');
const PROBLEMS = 20_000;

function docsetWithProblems(): string {
  const dir = mkdtempSync(join(tmpdir(), 'launcher-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'docset.yml'), 'toc:\n  - file: index.md\n');
  const lines = ['# Title', ''];
  for (let i = 0; i < PROBLEMS; i++) lines.push(`{{nope${i}}} text`);
  writeFileSync(join(dir, 'docs', 'index.md'), `${lines.join('\n')}\n`);
  return dir;
}

test('a long report comes through the thread whole, with the exit code of errors', (t) => {
  const dir = docsetWithProblems();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const r = spawnSync(process.execPath, [CLI, 'check', 'docs'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '');
  const out = r.stdout.trimEnd().split('\n');
  assert.equal(out.length, PROBLEMS + 1);
  assert.equal(out[0], 'docs/index.md:3:3 error sub.undefined Substitution key {nope0} is undefined');
  assert.equal(out[PROBLEMS - 1], `docs/index.md:${PROBLEMS + 2}:3 error sub.undefined Substitution key {nope${PROBLEMS - 1}} is undefined`);
  assert.equal(out[PROBLEMS], `${PROBLEMS} errors, 0 warnings, 0 information, 0 hints in 1 files`);
});

test('bad usage: exit code 2 and the usage on stderr', () => {
  const r = spawnSync(process.execPath, [CLI, 'bogus'], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^unknown command: bogus\nUsage:\n {2}elastic-docs check/);
});

test('a reader that closes the pipe early: no crash, the exit code is still the check\'s', async (t) => {
  const dir = docsetWithProblems();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const child = spawn(process.execPath, [CLI, 'check', 'docs'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
  // Like `| head -1`: read the first chunk, then close our end.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(code, 1);
});
