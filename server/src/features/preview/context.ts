// elasticDocs/previewContext (protocol.ts): what the Markdown preview cannot read itself while it renders — the
// global substitutions of the page's docset (docset `subs` and the built-in `version.*` / `product.*` keys, as
// docset/substitutions.ts resolves them) and the snippets its `{include}`s render, followed into the snippets'
// own includes. The page's front-matter `sub:` is on the page: the preview reads it there.
import type { Docset } from '../../docset/docset';
import { substitutionScope } from '../../docset/substitutions';
import { parsePage } from '../../model/page';
import type { Page } from '../../model/types';
import type { PreviewContextParams, PreviewContextResult, PreviewSnippet } from '../../protocol';
import { MAX_INCLUDE_DEPTH, gatherIncludeRefs } from '../files/includes';
import { inSnippetsFolder, insideDocset, rootedPath, targetUri } from '../files/paths';

export interface PreviewHost {
  docsetFor(uri: string): Promise<Docset | undefined>;
  /** The model of a file: the open document's, else the file read from the workspace; undefined when it is missing. */
  pageOf(uri: string): Promise<Page | undefined>;
  roots(): readonly string[];
  /** checkScope.ts `outsideDocsets`: Markdown the extension leaves alone. */
  outsideDocsets(uri: string): Promise<boolean>;
}

/** At most this many snippets per answer: a page is not expected to render more. */
const MAX_SNIPPETS = 200;

/** The key of a snippet in the answer: the including file and the path as written there. */
export function snippetKey(from: string, path: string): string {
  return `${from}\n${path}`;
}

export async function previewContext(host: PreviewHost, params: PreviewContextParams): Promise<PreviewContextResult> {
  const docset = await host.docsetFor(params.uri);
  // The global keys only: an empty page has no front matter, and `context.*` keys belong to the rendered page.
  const scope = substitutionScope(parsePage('', params.uri), docset);
  const subs = scope.all().filter((v) => v.origin.kind === 'docset' || v.origin.kind === 'builtin').map((v): [string, string] => [v.key, v.value]);
  const snippets: Record<string, PreviewSnippet> = {};
  let count = 0;
  const follow = async (from: string, paths: readonly string[], chain: string[]): Promise<void> => {
    for (const path of paths) {
      const key = snippetKey(from, path);
      if (key in snippets || count >= MAX_SNIPPETS) continue;
      count++;
      const uri = targetUri(from, path, docset, host.roots());
      // What docs-builder renders (IncludeBlock): not absolute, inside the docset, in `_snippets`, not a file
      // already being included (itself, or a loop it would follow without end).
      const renders = !rootedPath(path.replace(/^\/+/, ''), from) && (!docset || insideDocset(uri, docset)) && inSnippetsFolder(uri) && !chain.includes(uri);
      const page = renders ? await host.pageOf(uri) : undefined;
      snippets[key] = { uri, text: page ? page.text : null };
      if (page && chain.length < MAX_INCLUDE_DEPTH) {
        const nested = gatherIncludeRefs(page).filter((r) => !r.literal).map((r) => r.path);
        await follow(uri, nested, [...chain, uri]);
      }
    }
  };
  await follow(params.uri, params.includes ?? [], [params.uri]);
  const outside = await host.outsideDocsets(params.uri);
  return { ...(docset ? { docset: docset.uri } : {}), ...(outside ? { outsideDocsets: true } : {}), subs, snippets };
}
