// Link diagnostics with docs-builder's wording (DiagnosticLinkInlineParser, spec §3.1–3.3, §8 rows 8–19). One
// check per link: the model's links for an open page, the index summary's for `validateLinks` (every page at
// once). Links in `%` comments are skipped, as docs-builder skips them.
import type { Position, Range } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import { copy } from '../../index/summary';
import { lineIn } from '../../model/lines';
import type { WorkspaceIndex } from '../../index/workspaceIndex';
import type { Page } from '../../model/types';
import type { DocDiagnostic, Severity } from '../../types';
import { relativeUri, type Workspace } from '../../workspace';
import { classifyUrl, declaredCrossLinks, mailtoDomain } from './urls';
import { redirectFor, redirectLabel, redirectTargets } from './redirects';
import { displayPath, docsetRelative, inUnderscoreFolder, LinkResolver, resolveLinkUri, type LinkEnv } from './resolve';
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

  async check(link: LinkInput, from: LinkSource): Promise<DocDiagnostic[]> {
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

  private async internal(link: LinkInput, from: LinkSource, path: string, anchor: string | undefined): Promise<DocDiagnostic[]> {
    const { docset } = from;
    const uri = resolveLinkUri(from.uri, path, docset, this.resolver.roots);
    const target = path.trim() === '' ? undefined : await this.resolver.target(uri, docset);
    if (target?.kind === 'outside') {
      return [d('link.outside-workspace', 'hint', `\`${path}\` resolves outside the workspace folders (\`${displayPath(uri)}\`): it is not checked.`, link.pathRange)];
    }
    if (target?.kind === 'missing') return [await this.missing(link, from, path, uri)];
    const out: DocDiagnostic[] = [];
    // docs-builder checks anchors only when the target is one of the docset's Markdown pages (not a snippet, an
    // excluded file, or a page of another docset).
    const isPage = target === undefined || target.kind === 'page' || target.kind === 'generated' || (target.kind === 'unindexed-page' && !target.excluded);
    const inDocset = !docset || relativeUri(docset.root, uri) !== undefined;
    const markdown = isPage && inDocset && anchorsChecked(uri, docset);
    if (link.textEmpty && !markdown && !(target?.kind === 'generated')) {
      out.push(d('link.auto-text', 'warning', `'${path}' could not be resolved to a markdown file while creating an auto text link, '${displayPath(uri)}' does not exist.`, link.range));
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

  private async missing(link: LinkInput, from: LinkSource, path: string, uri: string): Promise<DocDiagnostic> {
    const { docset } = from;
    // docs-builder looks the redirect up by the link path as written (without a leading `/`).
    const asWritten = redirectFor(docset, path.replace(/^\/+/, ''));
    if (asWritten) {
      return d('link.redirected', 'warning', `Local file \`${path}\` has a redirect, please update this reference to: ${redirectLabel(asWritten)}`, link.pathRange, { to: redirectTargets(asWritten), rooted: path.startsWith('/') });
    }
    if (!path.toLowerCase().endsWith('.md') && (await this.resolver.exists(`${uri}.md`, docset))) {
      return d('link.missing-extension', 'error', `\`${path}\` is not a valid internal link. Did you forget to add the .md extension?`, link.pathRange, { newPath: `${path}.md` });
    }
    const message = `\`${path}\` does not exist. If it was recently removed add a redirect. resolved to \`${displayPath(uri)}`;
    // A relative path to a redirected page: docs-builder does not match it (it compares the path as written).
    const rel = docset ? docsetRelative(uri, docset) : undefined;
    const byTarget = rel !== undefined ? redirectFor(docset, rel) : undefined;
    if (byTarget) {
      return d('link.no-such-file', 'error', `${message} (its target \`${rel}\` has a redirect to: ${redirectLabel(byTarget)}; docs-builder only matches redirects on the path as written)`, link.pathRange, { to: redirectTargets(byTarget), rooted: path.startsWith('/') });
    }
    return d('link.no-such-file', 'error', message, link.pathRange);
  }
}

/**
 * The links a page's checks look at (not those in comments, not `<scheme:…>` autolinks), kept small: offsets and
 * the page's line starts, so a batch run can hold every page's links until the index is complete. Positions are
 * made only for the links a diagnostic is reported on.
 */
export interface GatheredLinks {
  starts: Uint32Array;
  urls: string[];
  paths: string[];
  /** Per link: bit 1 image, bit 2 empty link text. */
  flags: number[];
  /** Per link: start, end, path start, path end, fragment start, fragment end (-1 without a fragment). */
  spans: number[];
}

export function gatherLinks(page: Page): GatheredLinks {
  const g: GatheredLinks = { starts: page.lines.starts, urls: [], paths: [], flags: [], spans: [] };
  for (const l of page.links) {
    if (l.context === 'comment' || l.autolink) continue;
    // Copies, not slices of the page text: a batch run keeps these while the texts are long gone.
    g.urls.push(copy(l.url));
    g.paths.push(l.path === l.url ? g.urls[g.urls.length - 1] : copy(l.path));
    g.flags.push((l.image ? 1 : 0) | (l.text === '' ? 2 : 0));
    g.spans.push(l.start, l.end, l.pathSpan.start, l.pathSpan.end, l.fragmentSpan?.start ?? -1, l.fragmentSpan?.end ?? -1);
  }
  return g;
}

function positionIn(starts: Uint32Array, offset: number): Position {
  const line = lineIn(starts, offset);
  return { line, character: offset - starts[line] };
}

/** One gathered link as checker input; its ranges are made when read. */
class GatheredLink implements LinkInput {
  readonly inComment = false;
  readonly autolink = false;

  constructor(private readonly g: GatheredLinks, private readonly k: number) {}

  get url(): string { return this.g.urls[this.k]; }
  get path(): string { return this.g.paths[this.k]; }
  get image(): boolean { return (this.g.flags[this.k] & 1) !== 0; }
  get textEmpty(): boolean { return (this.g.flags[this.k] & 2) !== 0; }
  private at(i: number): Range { return { start: positionIn(this.g.starts, this.g.spans[6 * this.k + i]), end: positionIn(this.g.starts, this.g.spans[6 * this.k + i + 1]) }; }
  get range(): Range { return this.at(0); }
  get pathRange(): Range { return this.at(2); }
  get fragmentRange(): Range | undefined { return this.g.spans[6 * this.k + 4] < 0 ? undefined : this.at(4); }
}

/** Checks gathered links of `uri` (its own anchors come from the index summary, which is the page's). */
export async function checkLinks(checker: LinkChecker, env: { docsetOf(uri: string): Promise<Docset | undefined> }, uri: string, links: GatheredLinks): Promise<DocDiagnostic[]> {
  const from: LinkSource = { uri, docset: await env.docsetOf(uri) };
  const out: DocDiagnostic[] = [];
  for (let k = 0; k < links.urls.length; k++) out.push(...(await checker.check(new GatheredLink(links, k), from)));
  return out;
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
