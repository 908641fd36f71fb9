#!/usr/bin/env node
// `npm run test:e2e`: runs the suite in test/e2e inside a real VS Code, offline.
//
// VS Code comes from the npm package code-server (its lib/vscode is a complete VS Code server with the web
// workbench and the built-in extensions; see install.mjs). We start that server, open the workbench in headless
// Debian chromium with playwright-core, and pass extensionDevelopmentPath / extensionTestsPath in the workbench
// payload, as VS Code's own browser integration tests do. The suite runs in the server's Node extension host with
// the real `vscode` API; the workbench calls window.codeAutomationExit(code) when the suite's run() settles.
//
// Env: E2E_CACHE_DIR (default <repo>/.e2e, git-ignored; cache it in CI), CODE_SERVER_VERSION (4.100.3 = VS Code
// 1.100.3 on Node 20), CHROMIUM_PATH (/usr/bin/chromium), DIST_DIR (build output, default dist), E2E_SKIP_BUILD=1,
// E2E_VSIX=file.vsix (test that package instead of the build; the suite still comes from DIST_DIR),
// E2E_PARTS (main,preview: the sessions to run), E2E_TIMEOUT_S (300), E2E_SCREENSHOTS=dir (the suite asks for screenshots of the workbench), E2E_GREP (mocha
// grep), E2E_KEEP=1 (keep the temp folder), VERBOSE=1 (browser console). Other variables reach the extension host.
// Exit code: 0 passed, 1 tests failed, 2 timeout, 3 harness error (browser, server, install, build).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { format } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSystemPackages, ensureVSCode } from './install.mjs';
import { createFixture } from '../../test/e2e/fixture.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const opts = {
  cacheDir: resolve(process.env.E2E_CACHE_DIR || join(repo, '.e2e')),
  codeServer: process.env.CODE_SERVER_VERSION || '4.100.3',
  chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  dist: resolve(repo, process.env.DIST_DIR || 'dist'),
  timeoutMs: Number(process.env.E2E_TIMEOUT_S || 300) * 1000,
  screenshots: process.env.E2E_SCREENSHOTS ? resolve(process.env.E2E_SCREENSHOTS) : '',
  vsix: process.env.E2E_VSIX ? resolve(process.env.E2E_VSIX) : '',
  verbose: !!process.env.VERBOSE,
};
const t0 = Date.now();
const log = (msg) => console.error(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

/**
 * Built-in extensions left out of the run: the Markdown language features answer go to definition on links (and
 * more) themselves, so they would hide a broken feature of ours; markdown-math depends on them.
 */
const DISABLED_BUILTINS = ['vscode.markdown-language-features', 'vscode.markdown-math'];

/**
 * The suite runs in two sessions: everything but the preview tests without the Markdown language features (above),
 * then test/e2e/preview.test.ts with them, since it renders through VS Code's own Markdown preview. Each session gets
 * a fresh server, profile and fixture; E2E_PART tells test/e2e/index.ts which files to run.
 */
const PARTS = [
  { name: 'main', disabled: DISABLED_BUILTINS },
  { name: 'preview', disabled: ['vscode.markdown-math'] },
];

const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
};

function build() {
  if (process.env.E2E_SKIP_BUILD) return;
  log(`building into ${opts.dist}`);
  // TEST_FILTER=e2e: of the tests, bundle only this suite.
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repo, stdio: 'inherit', env: { ...process.env, DIST_DIR: opts.dist, TEST_FILTER: 'e2e' } });
  if (r.status !== 0) throw new Error('the build failed');
}

/** Lays the extension out as the .vsix would (manifest, docs, icon, grammars, dist without tests), or unpacks the .vsix. */
function stageExtension(dir) {
  if (opts.vsix) {
    const r = spawnSync('unzip', ['-q', opts.vsix, 'extension/*', '-d', dir], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`cannot unpack ${opts.vsix}`);
    return join(dir, 'extension');
  }
  for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'images', 'syntaxes', 'media']) {
    if (existsSync(join(repo, f))) cpSync(join(repo, f), join(dir, f), { recursive: true });
  }
  if (!existsSync(join(opts.dist, 'client.js'))) throw new Error(`${opts.dist}/client.js is missing: build first`);
  cpSync(opts.dist, join(dir, 'dist'), { recursive: true, filter: (src) => !/[\\/](test|bench)$/.test(src) });
  return dir;
}

/** Starts the VS Code server in its own process group; resolves with its port once it listens. */
function startServer({ vscodeDir, nodeDir }, run, part) {
  const userData = join(run, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const args = [
    join(vscodeDir, 'out', 'server-main.js'), '--host', '127.0.0.1', '--port', '0', '--without-connection-token',
    '--accept-server-license-terms', '--disable-telemetry', '--disable-workspace-trust',
    // Newer built (non-dev) workbenches honour extensionDevelopmentPath/extensionTestsPath only with this flag.
    '--enable-smoke-test-driver',
    '--server-data-dir', join(run, 'server-data'), '--user-data-dir', userData, '--extensions-dir', join(run, 'extensions'),
    // The server ignores --disable-extension; it takes another built-in extensions folder instead.
    '--builtin-extensions-dir', builtinsWithout(join(vscodeDir, 'extensions'), part.disabled, join(run, 'builtin-extensions')),
  ];
  const server = spawn(join(nodeDir, 'node'), args, {
    detached: true, // own process group: stopping it also stops the extension host and our language server
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, E2E_PART: part.name, ...(opts.screenshots ? { E2E_SCREENSHOTS: opts.screenshots } : {}) },
  });
  const out = createWriteStream(join(run, 'server.log'));
  return new Promise((resolvePort, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error('the VS Code server did not start within 60 s')), 60_000);
    const onData = (chunk) => {
      out.write(chunk);
      buf += chunk;
      const m = /Extension host agent listening on (\d+)/.exec(buf);
      if (m) {
        clearTimeout(timer);
        resolvePort({ server, port: Number(m[1]) });
      }
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the VS Code server exited (${code}) before listening:\n${buf.slice(-3000)}`));
    });
  });
}

/** A folder of symlinks to every built-in extension (and shared file) of `from` except those with the given ids. */
function builtinsWithout(from, ids, dir) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(from)) {
    const manifest = join(from, name, 'package.json');
    if (existsSync(manifest)) {
      const { publisher, name: extName } = JSON.parse(readFileSync(manifest, 'utf8'));
      if (ids.includes(`${publisher}.${extName}`)) continue;
    }
    symlinkSync(join(from, name), join(dir, name));
  }
  return dir;
}

function stopServer(server) {
  if (!server || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

/** Opens the workbench and runs the suite; resolves with the suite's exit code. */
async function runWorkbench(port, extDir, testsEntry, workspace) {
  const { chromium } = createRequire(join(repo, 'package.json'))('playwright-core');
  const browser = await chromium.launch({
    executablePath: opts.chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The web workbench has its own list of built-ins and would run the left-out ones in its web worker instead
    // (code-server's build lacks their browser bundles today, so they fail to load; this keeps it that way).
    const leftOut = DISABLED_BUILTINS.map((id) => `/extensions/${id.replace(/^vscode\./, '')}/`);
    await page.route((url) => url.pathname.endsWith('.js') && leftOut.some((p) => url.pathname.includes(p)), (route) => route.abort());
    return await new Promise((resolveCode) => {
      const timer = setTimeout(() => {
        log(`TIMEOUT: the suite did not finish within ${opts.timeoutMs / 1000} s`);
        resolveCode(2);
      }, opts.timeoutMs);
      const finish = (code) => {
        clearTimeout(timer);
        resolveCode(code);
      };
      page.on('crash', () => {
        log('the workbench page crashed');
        finish(3);
      });
      page.on('pageerror', (e) => opts.verbose && console.error('[page error]', e.message));
      page.on('console', (m) => opts.verbose && console.error(`[browser ${m.type()}]`, m.text()));
      // The workbench forwards the extension host's console here while the suite runs.
      page.exposeFunction('codeAutomationLog', (type, args) => {
        const text = format(...(Array.isArray(args) ? args : [args])); // mocha's reporter logs printf-style
        const shot = /\[e2e:screenshot\] (\S+)(?: (.+))?/.exec(text);
        if (shot) void takeScreenshot(page, shot[1], shot[2]);
        (type === 'error' ? console.error : console.log)(text);
      });
      page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
      const authority = `127.0.0.1:${port}`;
      const remote = (p) => `vscode-remote://${authority}${p}`;
      const payload = [
        ['extensionDevelopmentPath', remote(extDir)],
        ['extensionTestsPath', remote(testsEntry)],
        ['enableProposedApi', ''],
        ['skipWelcome', 'true'],
      ];
      page
        .goto(`http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`)
        .catch((e) => {
          log(`cannot open the workbench: ${e.message}`);
          finish(3);
        });
    });
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function takeScreenshot(page, name, selector) {
  const file = join(opts.screenshots, `${name}.png`);
  try {
    if (selector) await page.waitForSelector(selector, { state: 'visible', timeout: 5000 }).catch(() => log(`screenshot ${name}: ${selector} not visible`));
    await new Promise((r) => setTimeout(r, 300)); // let the widget finish rendering
    await page.screenshot({ path: `${file}.tmp.png` });
    renameSync(`${file}.tmp.png`, file); // the suite waits for this name
    log(`screenshot ${file}`);
  } catch (e) {
    log(`screenshot ${name} failed: ${e.message}`);
  }
}

/** Prints the logs that explain a failure: the server's, the extension host's, and our output channel. */
function printLogs(run) {
  const files = [join(run, 'server.log')];
  const walk = (d) => {
    for (const e of existsSync(d) ? readdirSync(d, { withFileTypes: true }) : []) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/^remoteexthost\.log$|Elastic Docs\.log$/.test(e.name)) files.push(join(d, e.name));
    }
  };
  walk(join(run, 'user-data', 'logs'));
  for (const f of files.filter((x) => existsSync(x))) {
    console.error(`----- ${f} (last 40 lines)`);
    console.error(readFileSync(f, 'utf8').split('\n').slice(-40).join('\n'));
  }
}

async function main() {
  ensureSystemPackages({ chromium: opts.chromium, log, extra: opts.vsix ? [['unzip', 'unzip']] : [] });
  const vscode = ensureVSCode({ cacheDir: opts.cacheDir, version: opts.codeServer, log });
  log(`VS Code ${JSON.parse(readFileSync(join(vscode.vscodeDir, 'package.json'), 'utf8')).version} ready`);
  build();
  const root = mkdtempSync(join(tmpdir(), 'elastic-docs-e2e-'));
  if (opts.screenshots) mkdirSync(opts.screenshots, { recursive: true });
  const extDir = stageExtension(join(root, 'extension'));
  const testsEntry = join(opts.dist, 'test', 'e2e', 'index.js');
  if (!existsSync(testsEntry)) throw new Error(`${testsEntry} is missing: build first`);

  let server;
  let code = 0;
  const stop = () => stopServer(server);
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));
  for (const part of PARTS.filter((p) => !process.env.E2E_PARTS || process.env.E2E_PARTS.split(',').includes(p.name))) {
    const run = join(root, part.name);
    mkdirSync(run, { recursive: true });
    const workspace = createFixture(join(run, 'workspace'), { repo });
    let partCode = 3;
    try {
      const started = await startServer(vscode, run, part);
      server = started.server;
      log(`VS Code server on 127.0.0.1:${started.port}; running the suite (${part.name})`);
      partCode = await runWorkbench(started.port, extDir, testsEntry, workspace);
    } finally {
      stop();
      if (partCode !== 0) {
        try {
          printLogs(run);
        } catch (e) {
          log(`cannot print the logs: ${e.message}`);
        }
      }
    }
    if (partCode !== 0) code = partCode;
  }
  if (code === 0 && !process.env.E2E_KEEP) rmSync(root, { recursive: true, force: true });
  else log(`kept ${root}`);
  log(code === 0 ? 'PASSED' : `FAILED (exit ${code})`);
  return code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    log(`harness error: ${e.stack || e}`);
    process.exit(3);
  },
);
