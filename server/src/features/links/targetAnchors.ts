// The anchors a page answers to, as docs-builder registers them in `MarkdownFile.Anchors` (spec §2.4): its own
// (headings ≥ H2, `$$$anchors$$$` also in comments, `:name:`, step anchors) and those of every snippet it
// includes with `{include}`, recursively. Own anchors come from the index summary; the include list of another
// page is read only when an anchor is not among its own, and kept per summary.
import type { Range } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import { pageAnchors, type AnchorKind } from '../../model/anchors';
import type { PageSummary } from '../../index/summary';
import { PerObject } from '../../model/perObject';
import type { Page } from '../../model/types';
import { PENDING, resolveLinkUri, type LinkResolver } from './resolve';
import { includeDirectives } from '../../model/includes';

export interface AnchorRef {
  id: string;
  kind: AnchorKind;
  label: string;
  level?: number;
  /** The file that defines it (the page, or an included snippet). */
  uri: string;
  range: Range;
  inComment: boolean;
}

/** `{include}` directives that pull Markdown into the page (not `:literal:` ones). */
export { includeDirectives };

/** Directives that add anchors docs-builder generates (`GeneratedAnchors`: settings keys, changelog entries, cards). */
const GENERATORS = new Set(['settings', 'changelog', 'card-group', 'explore', 'whats-new']);

/** Whether a page has anchors no model here can list (so a missing one is not reported). */
export function hasGeneratedAnchors(page: Page): boolean {
  return page.directives.some((d) => GENERATORS.has(d.name));
}

export function includeUris(page: Page, docset: Docset | undefined, roots: readonly string[]): string[] {
  return includeDirectives(page).map((d) => resolveLinkUri(page.uri, d.argument.trim(), docset, roots));
}

const ownRefs = new PerObject<Page, readonly AnchorRef[]>('ownAnchorRefs');

/** A page model's link targets as anchor refs, made once per model (completion after `](#` asks at each keystroke). */
export function ownAnchors(page: Page): readonly AnchorRef[] {
  let refs = ownRefs.get(page);
  if (!refs) {
    const levels = new Map(page.headings.map((h) => [h.start, h.level]));
    refs = pageAnchors(page).map((a) => ({
      id: a.id, kind: a.kind, label: a.label, level: levels.get(a.span.start), uri: page.uri, range: page.lines.range(a.span.start, a.span.end), inComment: a.inComment,
    }));
    ownRefs.set(page, refs);
  }
  return refs;
}

/** A summary's anchors are anchor refs themselves (with the page's URI; ranges made when read): no copies. */
export function summaryAnchors(summary: PageSummary): readonly AnchorRef[] {
  return summary.anchors;
}

const includeCache = new PerObject<PageSummary, string[]>('includes');
const generatedCache = new PerObject<PageSummary, boolean>('generatedAnchors');
const ownCache = new PerObject<PageSummary | Page, Map<string, AnchorRef>>('ownAnchors');

/** Own anchors by lower-cased id (the first of duplicates wins), cached per summary or page model. */
function ownById(source: PageSummary | Page): Map<string, AnchorRef> {
  let m = ownCache.get(source);
  if (!m) {
    m = new Map();
    const list = 'lines' in source ? ownAnchors(source) : summaryAnchors(source);
    for (const a of list) if (!m.has(a.id.toLowerCase())) m.set(a.id.toLowerCase(), a);
    ownCache.set(source, m);
  }
  return m;
}

export class AnchorLookup {
  constructor(private readonly resolver: LinkResolver) {}

  /** The snippets a page includes (from its index summary, once per summary version; else from its page model). */
  async includesOf(uri: string, page?: Page): Promise<string[]> {
    const docset = await this.resolver.env.docsetOf(uri);
    if (page) return includeUris(page, docset, this.resolver.roots);
    const summary = this.resolver.env.index.get(uri);
    const cached = summary && includeCache.get(summary);
    if (cached) return cached;
    // The summary's `includes` are the page model's include paths (summary.ts): the page need not be read again.
    const p = summary ? undefined : await this.resolver.env.pageOf(uri);
    const list = summary ? summary.includes.map((path) => resolveLinkUri(uri, path, docset, this.resolver.roots)) : p ? includeUris(p, docset, this.resolver.roots) : [];
    if (summary) includeCache.set(summary, list);
    return list;
  }

  /** Whether the page has directives that generate anchors (read once per summary version, only when asked). */
  async generated(uri: string, page?: Page): Promise<boolean> {
    if (page) return hasGeneratedAnchors(page);
    const summary = this.resolver.env.index.get(uri);
    const cached = summary && generatedCache.get(summary);
    if (cached !== undefined) return cached;
    const p = await this.resolver.env.pageOf(uri);
    const value = p ? hasGeneratedAnchors(p) : false;
    if (summary) generatedCache.set(summary, value);
    return value;
  }

  /** Anchors of the included snippets of a page, recursively (each snippet once). */
  async included(uri: string, page?: Page, seen = new Set<string>([uri])): Promise<AnchorRef[]> {
    const out: AnchorRef[] = [];
    for (const inc of await this.includesOf(uri, page)) {
      if (seen.has(inc)) continue;
      seen.add(inc);
      const s = await this.resolver.summaryOf(inc);
      if (!s) continue;
      out.push(...summaryAnchors(s), ...(await this.included(inc, undefined, seen)));
    }
    return out;
  }

  /** Every anchor of a page: its own, then its snippets'. `page` is the live model when the page is open. */
  async all(uri: string, page?: Page): Promise<AnchorRef[]> {
    const own = page ? ownAnchors(page) : (await this.resolver.summaryOf(uri).then((s) => (s ? summaryAnchors(s) : [])));
    return [...own, ...(await this.included(uri, page))];
  }

  /**
   * `find` without waiting when the page's own anchors have it (the live model, or the summary in the index),
   * else PENDING: the snippets' anchors, and a page not in the index, are for `find`.
   */
  findOwnNow(uri: string, id: string, page?: Page): AnchorRef | typeof PENDING {
    const source = page ?? this.resolver.env.index.get(uri);
    return (source && ownById(source).get(id.toLowerCase())) || PENDING;
  }

  /** The anchor with this id (case-insensitive, as docs-builder compares), own anchors first. */
  async find(uri: string, id: string, page?: Page): Promise<AnchorRef | undefined> {
    const key = id.toLowerCase();
    const source = page ?? (await this.resolver.summaryOf(uri));
    const hit = source && ownById(source).get(key);
    if (hit) return hit;
    return (await this.included(uri, page)).find((a) => a.id.toLowerCase() === key);
  }
}
