// Where the read-only shared material is: `../shared` beside the repository.
import { readFileSync } from 'node:fs';
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
