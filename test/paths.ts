// Where the read-only shared material is: `../shared` beside the repository.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Tests run from <dist>/test/<folder>/x.test.js; the repository is found by walking up to package.json. */
function repoRoot(): string {
  let d = __dirname;
  for (let i = 0; i < 8; i++) {
    try {
      if (JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).name === 'elastic-docs-language-tools') return d;
    } catch { /* keep walking */ }
    d = join(d, '..');
  }
  return process.cwd();
}

export const REPO = repoRoot();
export const SHARED = process.env.SHARED_DIR ?? join(REPO, '..', 'shared');

export function sharedFile(rel: string): string {
  return readFileSync(join(SHARED, rel), 'utf8');
}

/** Every `.md` file under `dir`, sorted (the corpus walks of the tests and the benchmark). */
export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.md')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
