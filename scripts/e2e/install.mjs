// Installs, idempotently, what the end-to-end launcher needs on a machine that reaches only the npm registry and
// Debian's mirrors: a few apt packages (headless chromium, ripgrep, build tools) and a complete VS Code build,
// taken from the npm package `code-server` (its lib/vscode holds the VS Code server, the web workbench and the
// built-in extensions). Nothing is downloaded from GitHub or from Microsoft.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, copyFileSync, openSync, closeSync } from 'node:fs';
import { join, dirname } from 'node:path';

const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...opts });
const which = (cmd) => spawnSync('sh', ['-c', `command -v "${cmd}"`], { encoding: 'utf8' }).stdout.trim();

/**
 * apt-installs the Debian packages that are missing (chromium, ripgrep, and what native modules need to build),
 * plus `extra` commands given as [command, package] pairs.
 */
export function ensureSystemPackages({ chromium, log, extra = [] }) {
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium');
  if (!which('rg')) missing.push('ripgrep'); // stands in for @vscode/ripgrep's download from GitHub
  for (const [cmd, pkg] of [['make', 'make'], ['g++', 'g++'], ['python3', 'python3'], ['pkg-config', 'pkg-config'], ...extra]) {
    if (!which(cmd)) missing.push(pkg);
  }
  if (spawnSync('dpkg', ['-s', 'libkrb5-dev'], { stdio: 'ignore' }).status !== 0) missing.push('libkrb5-dev'); // native module `kerberos`
  if (missing.length === 0) return;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  log(`apt-get install ${missing.join(' ')}`);
  const run = (args) => {
    const [cmd, ...rest] = [...sudo, ...args];
    const r = spawnSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${r.status})`);
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

/** Reads one file out of an npm tarball without unpacking it. */
const fromTarball = (tgz, file) => sh('tar', ['xzf', tgz, '-O', file]);

/** `npm pack` into dir; returns the tarball's path (cached: a second call finds the file). */
function npmPack(spec, dir) {
  const name = sh('npm', ['pack', spec, '--silent', '--pack-destination', dir], { cwd: dir }).trim().split('\n').pop();
  return join(dir, name);
}

/**
 * Returns a directory holding a `node` of the major version code-server wants: this process's own when it
 * matches, otherwise the npm package `node@<major>` (cached by npm).
 */
function nodeFor(wantMajor, tmp, log) {
  const have = process.versions.node.split('.')[0];
  if (!wantMajor || wantMajor === have) return dirname(process.execPath);
  log(`code-server wants Node ${wantMajor} (this is ${have}): using the npm package node@${wantMajor}`);
  const out = sh('npx', ['-y', '-p', `node@${wantMajor}`, '-c', 'dirname "$(command -v node)"'], { cwd: tmp });
  return out.trim().split('\n').pop();
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache,
 * `$TMPDIR/vscode-ripgrep-cache-<pkgver>/ripgrep-<VERSION>-<target>.tar.gz`, already holds the tarball:
 * seed it with Debian's rg.
 */
function seedRipgrepCache(codeServerTgz, tmp, log) {
  const shrinkwrap = JSON.parse(fromTarball(codeServerTgz, 'package/lib/vscode/npm-shrinkwrap.json'));
  const rg = shrinkwrap.packages?.['node_modules/@vscode/ripgrep'];
  if (!rg?.hasInstallScript) return;
  const rgTgz = npmPack(`@vscode/ripgrep@${rg.version}`, tmp);
  const asset = /^const VERSION = '(.*)';/m.exec(fromTarball(rgTgz, 'package/lib/postinstall.js'))?.[1];
  if (!asset) throw new Error(`cannot read the ripgrep release from @vscode/ripgrep@${rg.version}`);
  const target = process.arch === 'arm64' ? 'aarch64-unknown-linux-musl' : 'x86_64-unknown-linux-musl';
  const binDir = join(tmp, 'rg');
  const cacheDir = join(tmp, `vscode-ripgrep-cache-${rg.version}`);
  mkdirSync(binDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  copyFileSync(which('rg'), join(binDir, 'rg'));
  sh('tar', ['czf', join(cacheDir, `ripgrep-${asset}-${target}.tar.gz`), '-C', binDir, 'rg']);
  log(`seeded the @vscode/ripgrep@${rg.version} cache with Debian's rg (${asset}, ${target})`);
}

/**
 * Installs code-server@version under cacheDir/code-server (once per version and Node ABI).
 * Returns the VS Code build's folder and the folder of the `node` to run it with.
 */
export function ensureVSCode({ cacheDir, version, log }) {
  const tmp = join(cacheDir, 'tmp');
  const dir = join(cacheDir, `code-server-${version}`);
  const vscodeDir = join(dir, 'node_modules', 'code-server', 'lib', 'vscode');
  mkdirSync(tmp, { recursive: true });
  const stampFile = join(dir, '.installed');
  if (existsSync(stampFile)) {
    const { nodeMajor } = JSON.parse(readFileSync(stampFile, 'utf8'));
    const nodeDir = nodeFor(nodeMajor, tmp, log);
    return { vscodeDir, nodeDir };
  }

  const tgz = npmPack(`code-server@${version}`, tmp);
  const engines = JSON.parse(fromTarball(tgz, 'package/package.json')).engines ?? {};
  const nodeMajor = /\d+/.exec(engines.node ?? '')?.[0] ?? '';
  const nodeDir = nodeFor(nodeMajor, tmp, log);
  seedRipgrepCache(tgz, tmp, log);

  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "e2e-code-server", "private": true }\n');
  const logFile = join(dir, 'install.log');
  log(`npm install code-server@${version} (builds native modules, about 2 minutes; log: ${logFile})`);
  const fd = openSync(logFile, 'w');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', tgz], {
    cwd: dir,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      PATH: `${nodeDir}:${process.env.PATH}`,
      TMPDIR: tmp, // where @vscode/ripgrep looks for its cache
      npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root without it
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`, which must not prompt
    },
  });
  closeSync(fd);
  if (r.status !== 0 || !existsSync(join(vscodeDir, 'out', 'server-main.js'))) {
    process.stderr.write(readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') + '\n');
    throw new Error(`npm install code-server@${version} failed (exit ${r.status}); see ${logFile}`);
  }
  writeFileSync(stampFile, JSON.stringify({ version, nodeMajor }) + '\n');
  return { vscodeDir, nodeDir };
}
