// Safety: the language service and the servers start no processes and open no network connections, and the
// CLI never writes a file — checked on the source text and by running `check` on a folder and comparing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, SHARED } from '../paths';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

test('no child processes, no network, no dynamic code in the server and client sources', () => {
  const forbidden = /\b(child_process|node:child_process|worker_threads|node:net|node:http|node:https|node:dgram|node:tls|XMLHttpRequest|WebSocket|new Function|eval\()|\bfetch\(|from 'net'|from 'http'|from 'https'/;
  // Worker threads (threads of this process, running our own bundle) live in one module, which the next test reads.
  const pool = join(REPO, 'server', 'src', 'node', 'workerPool.ts');
  const offenders = [...files(join(REPO, 'server', 'src')), ...files(join(REPO, 'client', 'src'))]
    .filter((f) => f.endsWith('.ts') && f !== pool)
    .filter((f) => forbidden.test(readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '')));
  assert.deepEqual(offenders, []);
});

test('worker threads only run our own bundle: one module starts them, never with code in a string', () => {
  const pool = join(REPO, 'server', 'src', 'node', 'workerPool.ts');
  const text = readFileSync(pool, 'utf8').replace(/\/\/.*$/gm, '');
  assert.doesNotMatch(text, /child_process|node:net|node:http|eval\(|new Function|eval: true/);
  assert.deepEqual(text.match(/new Worker\([^,]+/g), ['new Worker(options.script']);
  // (The web client starts the web server's bundle in a Web Worker: dist/browser/server.js, from the extension.)
  const starters = [...files(join(REPO, 'server', 'src')), ...files(join(REPO, 'client', 'src'))].filter((f) => f.endsWith('.ts') && /new Worker\(/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(starters.sort(), [join(REPO, 'client', 'src', 'browser', 'extension.ts'), pool].sort());
});

test('`check` never writes: a docset folder is byte-identical after it ran', () => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-safety-'));
  cpSync(join(SHARED, 'corpus', 'ecs', 'docs'), dir, { recursive: true });
  const snapshot = () => files(dir).map((f) => `${f} ${statSync(f).mtimeMs} ${createHash('sha1').update(readFileSync(f)).digest('hex')}`).sort();
  const before = snapshot();
  const cli = join(__dirname, '..', '..', 'cli.js');
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', dir], { encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  assert.ok(JSON.parse(r.stdout).summary.files > 50);
  spawnSync(process.execPath, [cli, 'migration', dir], { encoding: 'utf8' });
  assert.deepEqual(snapshot(), before);
});
