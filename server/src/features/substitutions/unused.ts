// `sub.unused`: docset keys no page uses, on their docset.yml line, worded as docs-builder's
// `DocumentationGenerator.HintUnusedSubstitutionKeys` (spec §1.7, §8 row 5): one Hint per key, or one Hint naming
// them all when 20 or more are unused. Injected namespaces (`version.`, `product.`, `.`, `context.`) are skipped.
import type { Docset } from '../../docset/docset';
import type { WorkspaceIndex } from '../../index/workspaceIndex';
import type { DocDiagnostic } from '../../types';

/** docs-builder's threshold for folding the hints into one. */
export const UNUSED_FOLD = 20;

const INJECTED = ['version.', 'product.', '.', 'context.'];

/**
 * Pages of the docset: Markdown files under its folder. (A docset nested inside another one would count for
 * both; docs-builder builds them separately.)
 */
function docsetPages(docset: Docset, index: WorkspaceIndex): string[] {
  const prefix = docset.root.endsWith('/') ? docset.root : `${docset.root}/`;
  // Run once per docset over every indexed page: the keys are read in place, not copied into an array first.
  const out: string[] = [];
  for (const uri of index.pages.keys()) if (uri.startsWith(prefix) && uri.toLowerCase().endsWith('.md')) out.push(uri);
  return out;
}

export async function unusedSubstitutions(docset: Docset, index: WorkspaceIndex): Promise<DocDiagnostic[]> {
  if (docset.subs.size === 0) return [];
  await index.whenReady();
  const used = new Set<string>();
  for (const uri of docsetPages(docset, index)) for (const s of index.pages.get(uri)?.subs ?? []) used.add(s.key);
  // docs-builder compares keys as written with the lower-cased keys its parser collects, so it also reports a
  // mixed-case key that is used; keys are case-insensitive everywhere else, and here.
  const unused = [...docset.subs.values()].filter((s) => !used.has(s.key) && !INJECTED.some((p) => s.key.startsWith(p)));
  if (unused.length === 0) return [];
  if (unused.length >= UNUSED_FOLD) {
    const keys = unused.map((s) => s.rawKey).join(', ');
    return [{ code: 'sub.unused', severity: 'hint', message: `The following keys: '${keys}' are not used in any file`, range: unused[0].keyRange, uri: docset.uri, data: { keys: unused.map((s) => s.key) } }];
  }
  return unused.map((s) => ({
    code: 'sub.unused', severity: 'hint', message: `Substitution key '${s.rawKey}' is not used in any file`, range: s.keyRange, uri: docset.uri, data: { key: s.key },
  }));
}
