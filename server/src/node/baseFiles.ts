// What `check --base` compares against: the Markdown files of a docset at the merge base of HEAD and the base
// branch, read from `.git` without a `git` process (./gitRead.ts), and what of them exists now. The base defaults to
// what `docs-builder diff validate` uses: `main`, else `master`, else the remote's default branch.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BaseFiles } from '../features/docsetFiles/redirectMissing';
import { GitRepository } from './gitRead';

const DEFAULT_BASES = ['main', 'master', 'origin/HEAD'];

/** Git's id of a file's content (`git hash-object`). */
export function blobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * The base's Markdown files of the docset rooted at `root` (a folder path), or why there are none: not in a Git
 * repository, no such base, no common history (a shallow clone). `current` lists the docset's Markdown files now
 * (absolute paths), for telling a rename (same content at a new path) from a deletion.
 */
export function baseFiles(root: string, base: string | undefined, current: () => string[]): BaseFiles | { skipped: string } {
  const repo = GitRepository.find(root);
  if (!repo) return { skipped: 'not in a Git repository' };
  try {
    const head = repo.resolve('HEAD');
    if (!head) return { skipped: 'HEAD is not a commit' };
    const name = base ?? DEFAULT_BASES.find((b) => repo.resolve(b));
    const baseId = name && repo.resolve(name);
    if (!name || !baseId) return { skipped: base ? `no commit named ${base}` : `no ${DEFAULT_BASES.join(', ')} branch` };
    const mergeBase = repo.mergeBase(head, baseId);
    if (!mergeBase) return { skipped: `HEAD and ${name} share no history here (a shallow clone?)` };
    const docsetPath = relative(repo.workTree, root).split(sep).join('/');
    if (docsetPath.startsWith('..')) return { skipped: 'the docset is outside the repository' };
    const all = repo.files(mergeBase, docsetPath);
    if (!all) return { skipped: `cannot read ${mergeBase}` };
    const files = new Map<string, string>();
    const prefix = docsetPath ? `${docsetPath}/` : '';
    for (const [path, id] of all) if (path.toLowerCase().endsWith('.md')) files.set(path.slice(prefix.length), id);
    const exists = (rel: string) => existsSync(join(root, ...rel.split('/')));
    const added = new Map<string, string>();
    // Content ids of the new pages, only when some page is gone (a rename keeps its content's id).
    if ([...files.keys()].some((rel) => !exists(rel))) {
      for (const p of current()) {
        const rel = relative(root, p).split(sep).join('/');
        if (files.has(rel)) continue;
        try {
          added.set(blobId(readFileSync(p)), rel);
        } catch {
          // Unreadable: not a rename target.
        }
      }
    }
    return { base: `${name} (merge base ${mergeBase.slice(0, 12)})`, docsetPath, files, exists, added };
  } catch (e) {
    return { skipped: `cannot read the repository: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    repo.close();
  }
}
