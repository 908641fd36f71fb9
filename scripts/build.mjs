// Bundles the client, the language server, the CLI, the benchmark and every test file into dist/, and the web
// extension's client and server into dist/browser/.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// DIST_DIR lets several builds run side by side; TEST_FILTER bundles only the test files whose path contains it.
const dist = process.env.DIST_DIR || 'dist';
const filter = process.env.TEST_FILTER || '';

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testEntries(p));
    else if (/\.test\.ts$/.test(name) || /^(index|helpers)\.ts$/.test(name) && dir.includes('e2e')) out.push(p);
  }
  return out;
}

rmSync(dist, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  mainFields: ['module', 'main'],
};

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: dist },
  { ...common, entryPoints: { server: 'server/src/node/main.ts', cli: 'server/src/node/cliLauncher.ts', cliMain: 'server/src/cli.ts' }, outdir: dist },
  // commonmark-spec reads its spec.txt next to its own file: loaded from node_modules, not bundled.
  { ...common, entryPoints: testEntries('test').filter((f) => f.includes(filter)), outdir: join(dist, 'test'), outbase: 'test', sourcemap: 'inline', external: ['vscode', 'commonmark-spec'],
    // mocha, bundled into the e2e entry, require.resolve()s files it needs only in parallel mode.
    logOverride: { 'require-resolve-not-external': 'silent' } },
];
try { statSync('bench/bench.ts'); builds.push({ ...common, entryPoints: { bench: 'bench/bench.ts', soak: 'bench/soak.ts', markdownServiceMain: 'bench/markdownServiceMain.ts', floorMain: 'bench/floorMain.ts' }, outdir: join(dist, 'bench'), external: ['vscode', 'vscode-markdown-languageservice'] }); } catch { /* no bench yet */ }

// The web extension (vscode.dev, github.dev): the client for the web worker extension host (cjs, as VS Code loads
// it) and the server for a Worker (a classic script). A Node built-in in our own sources fails the build; in a
// dependency esbuild honours its `browser` field and fails on anything it cannot resolve.
const builtin = new RegExp(`^(node:.*|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?)$`);
const noNodeBuiltins = { name: 'no-node-builtins', setup(b) {
  b.onResolve({ filter: builtin }, (a) => (a.importer.includes('node_modules') ? undefined
    : { errors: [{ text: `Node built-in "${a.path}" in a browser bundle, imported by ${a.importer} (only server/src/node/**, server/src/cli.ts and the desktop client may use Node)` }] }));
} };
const browser = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], plugins: [noNodeBuiltins], outdir: join(dist, 'browser') };
builds.push({ ...browser, entryPoints: { client: 'client/src/browser/extension.ts' } }, { ...browser, format: 'iife', external: [], conditions: ['worker'], entryPoints: { server: 'server/src/browser/main.ts' } });

// BUILD_ONLY=tests builds just the tests (helpers working side by side); entries not written yet are skipped.
const only = process.env.BUILD_ONLY;
const exists = (f) => { try { return statSync(f).isFile(); } catch { return false; } };
const selected = builds
  .filter((b, i) => !only || (only === 'tests' ? i === 2 : i !== 2))
  .map((b) => ({ ...b, entryPoints: Array.isArray(b.entryPoints) ? b.entryPoints : Object.fromEntries(Object.entries(b.entryPoints).filter(([, f]) => exists(f))) }))
  .filter((b) => Object.keys(b.entryPoints).length > 0);

if (watch) {
  for (const b of selected) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(selected.map((b) => esbuild.build(b)));
}
