// docs-builder builds a snippet (a file under `_snippets`, or any file in a folder whose name starts with `_`) only
// where a page includes it, and reads it there with the including page's front matter (`ParseSnippetAsync(…,
// block.Context.YamlFrontMatter)`): its problems are reported once per including page, and never when no page
// includes it. So, for such a file: a `{{key}}` every including page defines in its front matter `sub:` is not
// undefined, and a file no page includes gets no error at all (its errors are shown as warnings: docs-builder
// accepts the docset as it is, and a writer still sees what will break once the file is included).
import type { Docset } from '../../docset/docset';
import { substitutionScope, type SubScope } from '../../docset/substitutions';
import type { WorkspaceIndex } from '../../index/workspaceIndex';
import type { DocDiagnostic } from '../../types';
import { relativeUri } from '../../workspace';
import { resolveLinkUri } from '../links/resolve';
import { workspaceRootOf } from '../migration/sources';
import type { BatchEnv } from '../types';

export const NOT_INCLUDED = ' (no page includes this file, so docs-builder does not build it: a warning until one does)';

/** Whether docs-builder builds the file as a page of its own (not under `_snippets`, not in a `_` folder). */
export function builtOnItsOwn(uri: string, docset: Docset | undefined, env: Pick<BatchEnv, 'workspace'>): boolean {
  const root = docset?.root ?? workspaceRootOf(env.workspace, uri);
  const rel = root ? relativeUri(root, uri) : undefined;
  if (rel === undefined) return true;
  if (rel.includes('_snippets')) return false;
  return !rel.split('/').slice(0, -1).some((folder) => folder.startsWith('_'));
}

/** Who includes whom, worked out from the index's summaries once per index generation. */
const includedBy = new WeakMap<WorkspaceIndex, { generation: number; map: Promise<Map<string, string[]>> }>();

function includersMap(env: BatchEnv): Promise<Map<string, string[]>> {
  const cached = includedBy.get(env.index);
  if (cached && cached.generation === env.index.generation) return cached.map;
  const map = (async () => {
    const out = new Map<string, string[]>();
    const roots = env.workspace.roots();
    for (const [uri, summary] of env.index.pages) {
      if (summary.includes.length === 0) continue;
      const docset = await env.docsetOf(uri);
      for (const path of summary.includes) {
        if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(path)) continue;
        const target = resolveLinkUri(uri, path, docset, roots);
        if (target === uri) continue;
        const list = out.get(target);
        if (list) list.push(uri);
        else out.set(target, [uri]);
      }
    }
    return out;
  })();
  includedBy.set(env.index, { generation: env.index.generation, map });
  return map;
}

/** The pages built on their own that include `uri`, directly or through other snippets (sorted). */
export async function includingPages(uri: string, env: BatchEnv): Promise<string[]> {
  const map = await includersMap(env);
  const pages = new Set<string>();
  const seen = new Set<string>([uri]);
  const queue = [uri];
  while (queue.length) {
    for (const from of map.get(queue.pop()!) ?? []) {
      if (seen.has(from)) continue;
      seen.add(from);
      if (builtOnItsOwn(from, await env.docsetOf(from), env)) pages.add(from);
      else queue.push(from);
    }
  }
  return [...pages].sort();
}

/** The substitutions of each including page (docset, built-in and its front matter), as docs-builder reads the snippet. */
async function includingScopes(pages: string[], env: BatchEnv): Promise<SubScope[]> {
  const out: SubScope[] = [];
  for (const uri of pages) {
    const page = await env.pageOf(uri);
    if (page) out.push(substitutionScope(page, await env.docsetOf(uri)));
  }
  return out;
}

/**
 * A file's diagnostics as docs-builder would give them, given who includes it (`diagnostics` already carry the
 * user's severities). Files built on their own are left as they are. Until the index is built (`indexReady`
 * false), no including page is known: the file is treated as included by none.
 */
export async function snippetDiagnostics(uri: string, diagnostics: DocDiagnostic[], env: BatchEnv, docset: Docset | undefined, options: { indexReady?: boolean } = {}): Promise<DocDiagnostic[]> {
  if (diagnostics.length === 0 || builtOnItsOwn(uri, docset, env)) return diagnostics;
  const pages = options.indexReady === false ? [] : await includingPages(uri, env);
  if (pages.length === 0) return diagnostics.map((d) => (d.severity === 'error' ? { ...d, severity: 'warning', message: d.message + NOT_INCLUDED } : d));
  const keys = diagnostics.filter((d) => d.code === 'sub.undefined' && typeof d.data?.key === 'string');
  if (keys.length === 0) return diagnostics;
  const scopes = await includingScopes(pages, env);
  const defined = (key: string) => scopes.every((s) => s.get(key.toLowerCase()) !== undefined);
  return diagnostics.filter((d) => !(d.code === 'sub.undefined' && typeof d.data?.key === 'string' && defined(d.data.key)));
}
