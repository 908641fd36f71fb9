// What `check paths…` reads and what it reports. A path inside a docset (a changed page, a subfolder) is checked as
// part of its docset: the docset's folder is indexed whole (links to other pages, `/`-rooted links, includes,
// anchors of other pages all resolve as in a whole-docset run) and only the files under the given paths are
// reported, so `check docs/page.md` prints exactly the lines `check docs` prints for that page. A path above or
// outside every docset is indexed as given. Markdown outside every docset of a workspace that has docsets is left
// alone (README.md, AGENTS.md: not Elastic Docs pages) unless `checkOutsideDocsets` is set.
import type { DocsConfig } from './config';
import type { DocsetStore } from './docset/store';
import { dirnameUri, joinUri, relativeUri, type Workspace } from './workspace';

export interface CheckScope {
  /** Folders (or files) to index: the workspace of the run. */
  roots: string[];
  /** Whether a file's diagnostics are reported (under one of the given paths). */
  reported(uri: string): boolean;
}

/** `a` is `b` or lies under it. */
function within(a: string, b: string): boolean {
  return relativeUri(b, a) !== undefined;
}

/** The scope of a run over `paths` (file or folder URIs that exist). */
export async function checkScope(paths: string[], ws: Pick<Workspace, 'stat'>, docsets: DocsetStore): Promise<CheckScope> {
  const wanted: string[] = [];
  for (const p of paths) {
    const st = await ws.stat(p);
    const folder = st?.type === 'file' ? dirnameUri(p) : p;
    // The docset governing the folder: found upwards from it (a docset file in the folder itself counts).
    const docset = await docsets.docsetFor(joinUri(folder, '_.md'));
    wanted.push(docset ? docset.root : p);
  }
  const roots = [...new Set(wanted)].filter((r, _, all) => !all.some((o) => o !== r && within(r, o))).sort();
  return { roots, reported: (uri) => paths.some((p) => within(uri, p)) };
}

/** Whether Markdown at `uri` is left alone: outside every docset of a workspace that has docsets. */
export async function outsideDocsets(uri: string, docsets: DocsetStore, config: DocsConfig): Promise<boolean> {
  if (config.checkOutsideDocsets || uri.startsWith('untitled:')) return false;
  if (await docsets.docsetFor(uri)) return false;
  return docsets.hasDocsets();
}
