// Folders whose pages docs-builder generates around supplemental Markdown: `- cli: <schema.json>` ToC items with a
// `folder:` (the CLI-reference extension gives those pages their title, so a missing H1 is not a problem there).
// Read from the docset's parsed `toc:` node (or the docset file when the model has none); cached per Docset.
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Docset } from '../../../docset/docset';
import type { Workspace } from '../../../workspace';

const cache = new WeakMap<Docset, Promise<string[]>>();

function collect(node: Node | null | undefined, prefix: string, out: string[]): void {
  if (!isSeq(node)) return;
  for (const item of node.items) {
    if (!isMap(item)) continue;
    const get = (k: string) => item.items.find((p) => isScalar(p.key) && p.key.value === k)?.value;
    const folder = get('folder');
    const name = isScalar(folder) && typeof folder.value === 'string' ? folder.value.replace(/\/+$/, '') : undefined;
    if (get('cli') !== undefined && name) out.push(prefix + name);
    collect(get('children') as Node | undefined, name ? `${prefix}${name}/` : prefix, out);
  }
}

/** Docset-relative folders of generated CLI-reference pages. */
export function generatedFolders(docset: Docset, workspace: Workspace): Promise<string[]> {
  let hit = cache.get(docset);
  if (!hit && docset.tocNode !== undefined) {
    const out: string[] = [];
    collect(docset.tocNode, '', out);
    hit = Promise.resolve(out);
    cache.set(docset, hit);
  }
  if (!hit) {
    hit = workspace.readFile(docset.uri).then((text) => {
      const out: string[] = [];
      if (text === undefined) return out;
      const doc = parseDocument(text, { uniqueKeys: false });
      if (isMap(doc.contents)) collect(doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'toc')?.value as Node | undefined, '', out);
      return out;
    }).catch(() => []);
    cache.set(docset, hit);
  }
  return hit;
}

export async function isGeneratedPage(uri: string, docset: Docset | undefined, workspace: Workspace): Promise<boolean> {
  if (!docset) return false;
  const folders = await generatedFolders(docset, workspace);
  return folders.some((f) => uri.startsWith(`${docset.root.replace(/\/+$/, '')}/${f}/`));
}
