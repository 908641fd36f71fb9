// Bundles the client, the language server, the CLI, the benchmark and every test file into dist/.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

function testEntries(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testEntries(p));
    else if (/\.test\.ts$/.test(name) || /^(index|helpers)\.ts$/.test(name) && dir.includes('e2e')) out.push(p);
  }
  return out;
}

rmSync('dist', { recursive: true, force: true });

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
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'dist' },
  { ...common, entryPoints: testEntries('test'), outdir: 'dist/test', outbase: 'test', sourcemap: 'inline' },
];
try { statSync('bench/bench.ts'); builds.push({ ...common, entryPoints: { bench: 'bench/bench.ts' }, outdir: 'dist/bench', external: ['vscode', 'vscode-markdown-languageservice'] }); } catch { /* no bench yet */ }

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
