// What an open page's diagnostics read of other pages, so that a change to one page re-validates only the open
// pages it can affect (the server's dependency graph). A page depends on the files its links point to (and the
// `.md` file a link without the extension may mean), the snippets it includes, the sources its migration
// checklist names; and on every snippet when it includes snippets (they include others), or when it links to an
// anchor that is not one of the target page's own (the target's snippets may define it, recursively); and on the
// files its `{literalinclude}`, `{image}` / `{figure}`, `{csv-include}` and `{settings}` directives read. Docset
// changes are not tracked here (the server re-validates every open page on those).
import type { Docset } from '../docset/docset';
import { builtOnItsOwn } from '../features/files/snippetScope';
import { resolveLinkUri } from '../features/links/resolve';
import { includeDirectives } from '../features/links/targetAnchors';
import { classifyUrl, declaredCrossLinks } from '../features/links/urls';
import { gatherMigration } from '../features/migration/diagnostics';
import { sourceCandidates, workspaceRootOf } from '../features/migration/sources';
import type { Page } from '../model/types';
import type { WorkspaceIndex } from './workspaceIndex';
import { isMarkdownUri, pageLimit, type LanguageService, type TextDoc } from '../service';
import { relativeUri, type Workspace } from '../workspace';

/** Directives whose argument names a file the page's diagnostics read (`{include}` is followed further below). */
const FILE_DIRECTIVES = new Set(['include', 'literalinclude', 'image', 'figure', 'figure-md', 'csv-include', 'settings']);

export interface PageDependencies {
  /** Files whose summary, content or existence the page's diagnostics read. */
  uris: Set<string>;
  /** Whether the page includes snippets (so any snippet may matter). */
  includes: boolean;
  /** Links to an anchor of another page: the snippets that page includes matter when it has no such anchor itself. */
  anchors: { uri: string; id: string }[];
  /** A file docs-builder builds only where a page includes it: every page may include it (or stop), and its front matter counts. */
  snippet?: boolean;
}

/** The dependencies of a page (its own model, its docset, the workspace folders). */
export function pageDependencies(page: Page, docset: Docset | undefined, workspace: Workspace): PageDependencies {
  const roots = workspace.roots();
  const uris = new Set<string>();
  const anchors: PageDependencies['anchors'] = [];
  const declared = docset ? declaredCrossLinks(docset.crossLinks) : undefined;
  for (const link of page.links) {
    if (link.context === 'comment' || link.autolink) continue;
    const kind = classifyUrl(link.url, declared);
    if (kind.kind !== 'internal' || kind.path.trim() === '') continue;
    const uri = resolveLinkUri(page.uri, kind.path, docset, roots);
    uris.add(uri);
    uris.add(`${uri}.md`);
    if (kind.anchor) anchors.push({ uri, id: kind.anchor.toLowerCase() });
  }
  const includes = includeDirectives(page);
  for (const d of includes) uris.add(resolveLinkUri(page.uri, d.argument.trim(), docset, roots));
  for (const d of page.directives) {
    if (FILE_DIRECTIVES.has(d.name) && d.argument !== '' && !/^[A-Za-z][A-Za-z0-9+.-]+:/.test(d.argument)) uris.add(resolveLinkUri(page.uri, d.argument, docset, roots));
  }
  const sources = gatherMigration(page).sources;
  if (sources.length) {
    const root = docset?.root ?? workspaceRootOf(workspace, page.uri);
    for (const s of sources) for (const c of sourceCandidates(page.uri, s.path, root)) uris.add(c);
  }
  return { uris, includes: includes.length > 0, anchors, snippet: !builtOnItsOwn(page.uri, docset, { workspace }) };
}

/**
 * Whether a file docs-builder would treat as a snippet (some folder of its path, inside the workspace folder,
 * starts with `_`): includes may only name those.
 */
export function isSnippet(uri: string, workspace: Workspace): boolean {
  const root = workspaceRootOf(workspace, uri);
  const rel = (root && relativeUri(root, uri)) ?? uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return rel.split('/').slice(0, -1).some((d) => d.startsWith('_'));
}

/** Whether a change to `changed` can change the diagnostics of a page with these dependencies (index: as it is now). */
export function affects(deps: PageDependencies, changed: string, workspace: Workspace, index: WorkspaceIndex): boolean {
  if (deps.uris.has(changed)) return true;
  if (deps.snippet && isMarkdownUri(changed)) return true;
  if (!isSnippet(changed, workspace)) return false;
  if (deps.includes) return true;
  // An anchor the target does not define itself is looked for in its snippets.
  return deps.anchors.some(({ uri, id }) => !index.get(uri)?.anchors.some((a) => a.id.toLowerCase() === id));
}

/** The dependencies of open documents, worked out from their page model once per version, when first asked. */
export class OpenPageDependencies {
  private known = new Map<string, { version: number; text: string; deps: Promise<PageDependencies | undefined> }>();

  constructor(private readonly service: LanguageService) {}

  /** Whether a change to `changed` can change this open document's diagnostics (true when it cannot be told). */
  async affected(doc: TextDoc, changed: string): Promise<boolean> {
    const deps = await this.of(doc);
    return !deps || affects(deps, changed, this.service.workspace, this.service.index);
  }

  forget(uri: string): void {
    this.known.delete(uri);
  }

  private of(doc: TextDoc): Promise<PageDependencies | undefined> {
    const k = this.known.get(doc.uri);
    if (k && k.version === doc.version && k.text === doc.text) return k.deps;
    const deps = this.compute(doc).catch(() => undefined);
    this.known.set(doc.uri, { version: doc.version, text: doc.text, deps });
    return deps;
  }

  private async compute(doc: TextDoc): Promise<PageDependencies | undefined> {
    if (!isMarkdownUri(doc.uri)) return undefined;
    // A page over the size limit (or binary) gets one diagnostic that depends on nothing else.
    if (pageLimit(doc.text, this.service.config)) return { uris: new Set(), includes: false, anchors: [] };
    const docset = await this.service.docsets.docsetFor(doc.uri);
    return pageDependencies(this.service.page(doc), docset, this.service.workspace);
  }
}
