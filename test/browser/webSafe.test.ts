// The lint rule of the web build: the language service (server/src outside node/ and cli.ts) and the client code
// the web entry bundles import no Node built-in and no `/node` flavour of the LSP libraries, and use no Node
// globals, so the same code runs in a web worker. Checked over the source text; the browser build also fails on
// a Node built-in (scripts/build.mjs, no-node-builtins).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import { REPO } from '../paths';

const BUILTINS = new Set(builtinModules);
const NODE_FLAVOURS = /^vscode-(languageserver|languageclient|jsonrpc)\/node$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Line comments and block comments out (a `//` after a non-space, as in a URL, is kept). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');
}

/** Every Node dependency of one source file: `rel:line what`. */
export function nodeUses(file: string): string[] {
  const text = code(readFileSync(file, 'utf8'));
  const rel = relative(REPO, file);
  const out: string[] = [];
  const lineOf = (i: number) => text.slice(0, i).split('\n').length;
  for (const m of text.matchAll(/\b(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1];
    const bare = spec.replace(/^node:/, '');
    if (spec.startsWith('node:') || BUILTINS.has(bare) || BUILTINS.has(bare.split('/')[0]) || NODE_FLAVOURS.test(spec)) out.push(`${rel}:${lineOf(m.index)} imports ${spec}`);
  }
  for (const m of text.matchAll(/\b(process\.\w+|Buffer\.\w+|__dirname|__filename)/g)) out.push(`${rel}:${lineOf(m.index)} uses ${m[1]}`);
  return out;
}

test('web-safe: the language service under server/src imports no Node built-in (outside node/ and cli.ts)', () => {
  const root = join(REPO, 'server', 'src');
  const checked = files(root).filter((f) => !relative(root, f).startsWith('node' + sep) && relative(root, f) !== 'cli.ts');
  assert.ok(checked.length > 50, `found only ${checked.length} files under ${root}`);
  assert.ok(checked.some((f) => f.endsWith(join('browser', 'main.ts'))), 'the web worker entry is checked');
  assert.deepEqual(checked.flatMap(nodeUses), []);
});

test('web-safe: the client code the web entry bundles imports no Node built-in and no vscode-languageclient/node', () => {
  const root = join(REPO, 'client', 'src');
  // The desktop entry and its client factory are the only Node files of the client.
  const desktop = new Set(['extension.ts', 'client.ts']);
  const checked = files(root).filter((f) => !desktop.has(relative(root, f)));
  assert.ok(checked.some((f) => f.endsWith('common.ts')) && checked.some((f) => f.includes('migration')), 'shared and migration code are checked');
  assert.deepEqual(checked.flatMap(nodeUses), []);
});

test('web-safe: the check finds the Node uses of the Node entry points (it can fail)', () => {
  const src = join(REPO, 'server', 'src');
  assert.deepEqual(nodeUses(join(src, 'node', 'nodeWorkspace.ts')).map((s) => s.replace(/^.*?:\d+ /, '')), ['imports node:buffer', 'imports node:fs', 'imports node:path', 'uses process.platform']);
  assert.ok(nodeUses(join(src, 'node', 'main.ts')).some((s) => s.endsWith('imports vscode-languageserver/node')));
  assert.ok(nodeUses(join(src, 'node', 'main.ts')).some((s) => s.endsWith('uses process.on')));
  assert.ok(nodeUses(join(REPO, 'client', 'src', 'client.ts')).some((s) => s.endsWith('imports vscode-languageclient/node')));
});
