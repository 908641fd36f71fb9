// Link diagnostics with docs-builder's wording (DiagnosticLinkInlineParser, spec §3.1–3.3, §8 rows 8–19). One
// check per link: the model's links for an open page, the index summary's for `validateLinks` (every page at
// once). Links in `%` comments are skipped, as docs-builder skips them.
import type { Range } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import type { WorkspaceIndex } from '../../index/workspaceIndex';
import type { Page } from '../../model/types';
import type { DocDiagnostic, Severity } from '../../types';
import { childUri, dirnameUri, isSimpleFolder, isSimpleName, relativeUri, type Workspace } from '../../workspace';
import { classifyUrl, declaredCrossLinks, mailtoDomain } from './urls';
import { redirectFor, redirectLabel, redirectTargets } from './redirects';
import { displayPath, docsetRelative, inUnderscoreFolder, LinkResolver, PENDING, resolveLinkUri, type LinkEnv } from './resolve';
import { AnchorLookup } from './targetAnchors';

/** One link as the checks see it, from the page model or from an index summary. */
export interface LinkInput {
  url: string;
  path: string;
  image: boolean;
  /** `[](…)`: undefined when not known (summaries do not keep link text). */
  textEmpty?: boolean;
  inComment: boolean;
  autolink: boolean;
  range: Range;
  pathRange: Range;
  fragmentRange?: Range;
}

export interface LinkSource {
  uri: string;
  docset: Docset | undefined;
  /** The live model, when the page is open (its anchors and includes are read from it). */
  page?: Page;
}

function d(code: string, severity: Severity, message: string, range: Range, data?: Record<string, unknown>): DocDiagnostic {
  return data ? { code, severity, message, range, data } : { code, severity, message, range };
}

/** Whether links into `uri` have their anchors checked: Markdown pages, not snippets or excluded files. */
export function anchorsChecked(uri: string, docset: Docset | undefined): boolean {
  return !inUnderscoreFolder(uri, docset);
}

/** The answer of a link without problems, shared (callers only read answers; frozen so a change would fail loudly). */
const NONE = Object.freeze([]) as unknown as DocDiagnostic[];

export class LinkChecker {
  readonly anchors: AnchorLookup;

  private crossLinks = new WeakMap<Docset, Set<string>>();

  constructor(readonly resolver: LinkResolver) {
    this.anchors = new AnchorLookup(resolver);
  }

  private declared(docset: Docset): Set<string> {
    let s = this.crossLinks.get(docset);
    if (!s) {
      s = declaredCrossLinks(docset.crossLinks);
      this.crossLinks.set(docset, s);
    }
    return s;
  }

  /** A link's diagnostics: at once when nothing must be waited for (most links), else a promise. */
  check(link: LinkInput, from: LinkSource): DocDiagnostic[] | Promise<DocDiagnostic[]> {
    if (link.inComment || link.autolink) return [];
    const declared = from.docset ? this.declared(from.docset) : undefined;
    const kind = classifyUrl(link.url, declared);
    switch (kind.kind) {
      case 'empty':
        return [d('link.empty-url', 'error', 'Found empty url', link.range)];
      case 'template':
      case 'verbatim':
      case 'custom-protocol':
        return [];
      case 'external': {
        const domain = kind.scheme === 'mailto' ? mailtoDomain(link.url) : undefined;
        if (domain === undefined || domain === 'elastic.co') return [];
        const host = link.url.slice(link.url.indexOf('@') + 1).split(/[?#/]/)[0];
        return [d('link.mailto-domain', 'warning', `mailto links should be to elastic.co domains. Found ${host} in ${link.url}. `, link.range)];
      }
      case 'crosslink': {
        const out: DocDiagnostic[] = [];
        const start = link.pathRange.start;
        if (declared && !declared.has(kind.scheme)) {
          const schemeRange = { start, end: { line: start.line, character: start.character + kind.scheme.length } };
          out.push(d('link.cross-link-undeclared', 'error', `'${kind.scheme}' was not found in the cross link index. Ensure it is listed under 'cross_links' in your docset.yml`, schemeRange, { scheme: kind.scheme }));
        }
        if (link.textEmpty) out.push(d('link.empty-crosslink-text', 'error', `Crosslink '${link.url}' has empty link text. Please provide explicit link text.`, link.range));
        return out;
      }
      case 'internal':
        return this.internal(link, from, kind.path, kind.anchor);
    }
  }

  /** The page whose folder `folder` is (the last one asked: a check asks for one page's links in a row). */
  private base = { uri: '', dir: '', simple: false };
  /** The folder of the last URI `resolve` made by joining a plain name to a plain folder, else undefined. */
  private resolvedDir: string | undefined;

  /** `resolveLinkUri`, by plain concatenation for a plain name in a plain folder (most links). */
  private resolve(from: LinkSource, path: string): string {
    const b = this.base;
    if (b.uri !== from.uri) {
      b.uri = from.uri;
      b.dir = dirnameUri(from.uri);
      b.simple = isSimpleFolder(b.dir);
    }
    if (b.simple && isSimpleName(path)) {
      this.resolvedDir = b.dir;
      return childUri(b.dir, path);
    }
    this.resolvedDir = undefined;
    return resolveLinkUri(from.uri, path, from.docset, this.resolver.roots);
  }

  private internal(link: LinkInput, from: LinkSource, path: string, anchor: string | undefined): DocDiagnostic[] | Promise<DocDiagnostic[]> {
    const uri = this.resolve(from, path);
    const dir = this.resolvedDir;
    if (path.trim() !== '') {
      // Outside the workspace or missing, told without waiting: the diagnostic at once.
      const t = this.resolver.targetNow(uri, from.docset, dir);
      if (t !== PENDING && t.kind === 'outside') return [this.outside(link, path, uri, dir)];
      if (t !== PENDING && t.kind === 'missing') {
        const m = this.missingNow(link, from, path, uri, dir);
        if (m !== PENDING) return [m];
      }
    }
    const now = this.internalNow(from, path, anchor, uri);
    return now !== PENDING ? now : this.internalWaiting(link, from, path, anchor, uri, dir);
  }

  /**
   * `internalWaiting` for the most common links, told without waiting: to an indexed page of the docset (what
   * `target` answers first: kind 'page') or to the page itself (`#anchor`, no path), the anchor (if any) among
   * that page's own. Anything else is PENDING, for `internalWaiting` (the same answers).
   */
  private internalNow(from: LinkSource, path: string, anchor: string | undefined, uri: string): DocDiagnostic[] | typeof PENDING {
    if (path.trim() !== '' && !this.resolver.env.index.get(uri)) return PENDING;
    const { docset } = from;
    if (!this.anchorsCheckedIn(docset, uri)) return PENDING;
    if (!anchor) return NONE;
    const cli = this.resolver.cliNow(docset);
    if (cli === PENDING) return PENDING;
    if (cli?.supplemental.has(uri) || cli?.pages.has(uri)) return NONE;
    return this.anchors.findOwnNow(uri, anchor, uri === from.uri ? from.page : undefined) === PENDING ? PENDING : NONE;
  }

  /** Per docset: whether links to a URI have their anchors checked (in the docset, not in a `_` folder), per URI. */
  private checkedAnchors = new Map<Docset | undefined, Map<string, boolean>>();

  private anchorsCheckedIn(docset: Docset | undefined, uri: string): boolean {
    let m = this.checkedAnchors.get(docset);
    if (!m) this.checkedAnchors.set(docset, (m = new Map()));
    let yes = m.get(uri);
    if (yes === undefined) m.set(uri, (yes = (!docset || relativeUri(docset.root, uri) !== undefined) && anchorsChecked(uri, docset)));
    return yes;
  }

  private outside(link: LinkInput, path: string, uri: string, dir: string | undefined): DocDiagnostic {
    return d('link.outside-workspace', 'hint', `\`${path}\` resolves outside the workspace folders (\`${this.shown(uri, dir)}\`): it is not checked.`, link.pathRange);
  }

  private async internalWaiting(link: LinkInput, from: LinkSource, path: string, anchor: string | undefined, uri: string, dir: string | undefined): Promise<DocDiagnostic[]> {
    const { docset } = from;
    const target = path.trim() === '' ? undefined : await this.resolver.target(uri, docset);
    if (target?.kind === 'outside') return [this.outside(link, path, uri, dir)];
    if (target?.kind === 'missing') return [await this.missing(link, from, path, uri, dir)];
    const out: DocDiagnostic[] = [];
    // docs-builder checks anchors only when the target is one of the docset's Markdown pages (not a snippet, an
    // excluded file, or a page of another docset).
    const isPage = target === undefined || target.kind === 'page' || target.kind === 'generated' || (target.kind === 'unindexed-page' && !target.excluded);
    const inDocset = !docset || relativeUri(docset.root, uri) !== undefined;
    const markdown = isPage && inDocset && anchorsChecked(uri, docset);
    if (link.textEmpty && !markdown && !(target?.kind === 'generated')) {
      out.push(d('link.auto-text', 'warning', `'${path}' could not be resolved to a markdown file while creating an auto text link, '${this.shown(uri, dir)}' does not exist.`, link.range));
    }
    if (!anchor || !markdown) return out;
    const cli = await this.resolver.cli(docset);
    // Generated CLI pages (and their supplemental files) add anchors of their own: only hand-written ones are known.
    if (target?.kind === 'generated' || cli?.supplemental.has(uri) || (cli?.pages.has(uri) ?? false)) return out;
    const page = uri === from.uri ? from.page : undefined;
    if (!(await this.anchors.find(uri, anchor, page)) && !(await this.anchors.generated(uri, page))) {
      const rel = docsetRelative(uri, docset);
      out.push(d('link.no-such-anchor', 'error', `\`${anchor}\` does not exist in ${rel}.`, link.fragmentRange ?? link.range, { uri, anchor }));
    }
    return out;
  }

  private async missing(link: LinkInput, from: LinkSource, path: string, uri: string, dir: string | undefined): Promise<DocDiagnostic> {
    const now = this.missingNow(link, from, path, uri, dir);
    if (now !== PENDING) return now;
    return this.missingNow(link, from, path, uri, dir, await this.resolver.exists(`${uri}.md`, from.docset)) as DocDiagnostic;
  }

  /**
   * The diagnostic of a missing target, or PENDING when it needs to know whether `uri.md` exists and that
   * cannot be told without waiting (`withMd`: the answer, once known).
   */
  private missingNow(link: LinkInput, from: LinkSource, path: string, uri: string, dir: string | undefined, withMd?: boolean): DocDiagnostic | typeof PENDING {
    const { docset } = from;
    // docs-builder looks the redirect up by the link path as written (without a leading `/`).
    const asWritten = redirectFor(docset, path.startsWith('/') ? path.replace(/^\/+/, '') : path);
    if (asWritten) {
      return d('link.redirected', 'warning', `Local file \`${path}\` has a redirect, please update this reference to: ${redirectLabel(asWritten)}`, link.pathRange, { to: redirectTargets(asWritten), rooted: path.startsWith('/') });
    }
    if (!endsWithMd(path)) {
      let exists = withMd;
      if (exists === undefined) {
        const t = this.resolver.targetNow(`${uri}.md`, docset);
        if (t === PENDING) return PENDING;
        exists = t.kind !== 'missing' && t.kind !== 'outside';
      }
      if (exists) return d('link.missing-extension', 'error', `\`${path}\` is not a valid internal link. Did you forget to add the .md extension?`, link.pathRange, { newPath: `${path}.md` });
    }
    const message = `\`${path}\` does not exist. If it was recently removed add a redirect. resolved to \`${this.shown(uri, dir)}`;
    // A relative path to a redirected page: docs-builder does not match it (it compares the path as written).
    const rel = docset ? this.relative(uri, docset, dir) : undefined;
    const byTarget = rel !== undefined ? redirectFor(docset, rel) : undefined;
    if (byTarget) {
      return d('link.no-such-file', 'error', `${message} (its target \`${rel}\` has a redirect to: ${redirectLabel(byTarget)}; docs-builder only matches redirects on the path as written)`, link.pathRange, { to: redirectTargets(byTarget), rooted: path.startsWith('/') });
    }
    return d('link.no-such-file', 'error', message, link.pathRange);
  }

  /** Per folder made by `resolve`: how its files are shown (`displayPath` of one, less the name), null when not so. */
  private shownFolders = new Map<string, string | null>();

  /** `displayPath(uri)`; `dir`, when given, is the plain folder `uri` is a plain name in. */
  private shown(uri: string, dir: string | undefined): string {
    if (dir === undefined) return displayPath(uri);
    const name = uri.slice(dir.length + 1);
    const prefix = this.shownFolders.get(dir);
    if (prefix === undefined) {
      const full = displayPath(uri);
      this.shownFolders.set(dir, full.endsWith(name) ? full.slice(0, full.length - name.length) : null);
      return full;
    }
    return prefix === null ? displayPath(uri) : prefix + name;
  }

  /** Per docset, per folder made by `resolve`: the folder relative to the docset root. */
  private relativeFolders = new WeakMap<Docset, Map<string, string | undefined>>();

  /** `docsetRelative(uri, docset)`; `dir` as for `shown`. */
  private relative(uri: string, docset: Docset, dir: string | undefined): string {
    if (dir === undefined) return docsetRelative(uri, docset);
    let m = this.relativeFolders.get(docset);
    if (!m) this.relativeFolders.set(docset, (m = new Map()));
    let rel = m.get(dir);
    if (rel === undefined && !m.has(dir)) m.set(dir, (rel = relativeUri(docset.root, dir)));
    const name = uri.slice(dir.length + 1);
    // A folder outside the docset root: the file name, as docsetRelative gives.
    return rel === undefined ? docsetRelative(uri, docset) : rel === '' ? name : `${rel}/${name}`;
  }
}

/** Whether a path ends with `.md` in any case (no lower-cased copy). */
function endsWithMd(path: string): boolean {
  const n = path.length;
  return n >= 3 && path.charCodeAt(n - 3) === 46 && (path.charCodeAt(n - 2) | 32) === 109 && (path.charCodeAt(n - 1) | 32) === 100;
}

/** What `validateLinks` needs of the host: a LanguageService has all of it. */
export interface LinkHost {
  index: WorkspaceIndex;
  workspace: Workspace;
  pageOf(uri: string): Promise<Page | undefined>;
  docsets: { docsetFor(uri: string): Promise<Docset | undefined> };
}

/**
 * Validates every link of the given pages (default: every indexed page) from the workspace index, without
 * parsing them again: what `check` reports for links, minus the empty-text rules (summaries keep no link text;
 * `<scheme:…>` autolinks are not told apart either, so one with a cross-link scheme would be checked).
 * The benchmark's entry point.
 */
export async function validateLinks(host: LinkHost, uris?: readonly string[]): Promise<Map<string, DocDiagnostic[]>> {
  await host.index.whenReady();
  const env: LinkEnv = { index: host.index, workspace: host.workspace, pageOf: (u) => host.pageOf(u), docsetOf: (u) => host.docsets.docsetFor(u) };
  const checker = new LinkChecker(new LinkResolver(env));
  const out = new Map<string, DocDiagnostic[]>();
  for (const uri of uris ?? [...host.index.pages.keys()]) {
    const summary = host.index.get(uri);
    if (!summary) continue;
    const from: LinkSource = { uri, docset: await env.docsetOf(uri) };
    const diags: DocDiagnostic[] = [];
    for (const l of summary.links) {
      const input: LinkInput = { url: l.url, path: l.path, image: l.image, inComment: l.inComment, autolink: false, range: l.range, pathRange: l.pathRange, fragmentRange: l.fragmentRange };
      diags.push(...(await checker.check(input, from)));
    }
    out.set(uri, diags);
  }
  return out;
}
