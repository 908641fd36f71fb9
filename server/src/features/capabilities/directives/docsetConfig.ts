// Docset settings the page model does not keep, read from the docset file on demand (cached per parsed docset):
// `storybook.registry` (StorybookBlock.cs) and the products under `release_notes:` (ChangelogBlock.cs `:cdn:`).
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Docset } from '../../../docset/docset';
import type { Workspace } from '../../../workspace';

export interface DocsetConfig {
  /** `storybook.registry` as written (undefined: not set). */
  storybookRegistry?: string;
  /** Every text under `release_notes:` (product ids, lower-cased), for a lenient "is it declared" check. */
  releaseNotes: Set<string>;
  /** The file could not be read or parsed: callers stay silent. */
  unknown: boolean;
}

const cache = new WeakMap<Docset, Promise<DocsetConfig>>();

function get(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  return (node.items.find((p) => isScalar(p.key) && p.key.value === key)?.value ?? undefined) as Node | undefined;
}

function texts(node: unknown, out: Set<string>): void {
  if (isScalar(node) && node.value !== null) out.add(String(node.value).trim().toLowerCase());
  else if (isSeq(node)) for (const i of node.items) texts(i, out);
  else if (isMap(node)) for (const p of node.items) texts(p.value, out);
}

export function docsetConfig(docset: Docset, workspace: Workspace): Promise<DocsetConfig> {
  let hit = cache.get(docset);
  if (!hit) {
    hit = workspace.readFile(docset.uri).then((text): DocsetConfig => {
      if (text === undefined) return { releaseNotes: new Set(), unknown: true };
      const doc = parseDocument(text, { uniqueKeys: false });
      if (doc.errors.length > 0 || !isMap(doc.contents)) return { releaseNotes: new Set(), unknown: true };
      const registry = get(get(doc.contents, 'storybook'), 'registry');
      const releaseNotes = new Set<string>();
      texts(get(doc.contents, 'release_notes'), releaseNotes);
      return { storybookRegistry: isScalar(registry) && registry.value !== null ? String(registry.value) : undefined, releaseNotes, unknown: false };
    }).catch(() => ({ releaseNotes: new Set<string>(), unknown: true }));
    cache.set(docset, hit);
  }
  return hit;
}
