// Runs every bundled unit and protocol test under dist/test (not the e2e suite) with node's test runner.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'e2e' ? [] : find(p);
    return n.endsWith('.test.js') ? [p] : [];
  });
}
const only = process.argv.slice(2);
const files = find(join(process.env.DIST_DIR || 'dist', 'test')).filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
