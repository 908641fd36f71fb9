#!/usr/bin/env node
// `elastic-docs` (dist/cli.js): runs the command (dist/cliMain.js, server/src/cli.ts) in a worker thread of this
// process, for the one memory setting Node takes only when a heap is made: the size of V8's young generation. By
// default it grows to 48 MB, most of it garbage at any time; `check` of a 3,000-page workspace peaked at 165–210 MB
// with it, and at 115–118 MB in a worker whose young generation is capped (cliThread.ts), in the same time (issue 16; `npm
// run bench -- scale` prints it). A thread, not a process: the exit code, stdout and stderr are this process's.
import { join } from 'node:path';
import { CLI_RESOURCE_LIMITS, CLI_ROLE, type CliThreadContext } from './cliThread';
import { startWorker } from './workerPool';

const context: CliThreadContext = { stderrTTY: process.stderr.isTTY === true };
const worker = startWorker({ script: join(__dirname, 'cliMain.js'), role: CLI_ROLE, context, resourceLimits: CLI_RESOURCE_LIMITS, argv: process.argv.slice(2) });
// The thread's stdout and stderr are drained into this process's before 'exit'. A thread that failed ('error',
// which comes first) exits 2, as the command does when it fails.
worker.on('exit', (code) => { process.exitCode ??= code; });
// A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go, and the exit
// code is still the command's.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
worker.on('error', (e) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 2;
});
