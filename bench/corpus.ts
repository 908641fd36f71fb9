// Benchmark inputs: the shared corpus, and a large workspace made from it (copies with renamed folders,
// so relative links stay valid) in a temporary folder.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { markdownFiles } from '../test/paths';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Run from the repository (npm run bench): `../shared` beside it. */
export const SHARED = process.env.SHARED_DIR ?? join(process.cwd(), '..', 'shared');
export const CORPUS = join(SHARED, 'corpus');
export const BIG_PAGE = join(CORPUS, 'elasticsearch-js', 'docs', 'reference', 'api-reference.md');

export { markdownFiles };

export function corpusTexts(): { path: string; text: string }[] {
  return markdownFiles(CORPUS).map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
}

/** A page of about `size` bytes from the corpus (the one closest in size). */
export function pageNear(size: number): { path: string; text: string } {
  const all = corpusTexts();
  all.sort((a, b) => Math.abs(a.text.length - size) - Math.abs(b.text.length - size));
  return all[0];
}

/** `copies` copies of the corpus docsets side by side: <tmp>/ws/copy-N/<set>/docs/…; returns the root. */
export function largeWorkspace(copies: number): string {
  const root = join(tmpdir(), `edls-bench-ws-${copies}`);
  if (existsSync(join(root, '.done'))) return root;
  mkdirSync(root, { recursive: true });
  for (let i = 0; i < copies; i++) {
    for (const set of readdirSync(CORPUS)) cpSync(join(CORPUS, set, 'docs'), join(root, `copy-${i}`, set, 'docs'), { recursive: true });
  }
  cpSync(join(CORPUS, 'ecs', 'LICENSE.txt'), join(root, '.done'));
  return root;
}
