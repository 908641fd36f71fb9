// The small summary the workspace index keeps per closed page: ids, link targets, substitution uses and
// checklist items with their positions — strings copied out, so the file text can be freed, and shared between the
// summaries of one build.
import { pageAnchors, type AnchorKind } from '../model/anchors';
import { lowerBound } from '../model/blockEdit';
import { includeDirectives } from '../model/includes';
import { parsePage } from '../model/page';
import type { Page } from '../model/types';
import type { Range } from '../types';
import { pageTitle } from '../docset/substitutions';
import { StringPool } from './strings';

export interface SummaryAnchor {
  id: string;
  kind: AnchorKind;
  label: string;
  level?: number;
  range: Range;
  inComment: boolean;
}

export interface SummaryLink {
  url: string;
  path: string;
  fragment?: string;
  range: Range;
  pathRange: Range;
  fragmentRange?: Range;
  inComment: boolean;
  image: boolean;
}

export interface SummarySub {
  key: string;
  range: Range;
  keyRange: Range;
}

export interface SummaryItem {
  checked: boolean;
  path: string;
  notes: string[];
  range: Range;
}

export interface PageSummary {
  uri: string;
  title?: string;
  anchors: SummaryAnchor[];
  links: SummaryLink[];
  subs: SummarySub[];
  checklist: SummaryItem[];
  /** The paths `{include}` directives name (as written, trimmed; literal includes left out): who includes a snippet. */
  includes: string[];
  size: number;
}

/** Each part of a summary, made on its own (an open page's summary makes only the parts that are read). */
const PARTS = {
  title(page: Page, s: StringPool): string | undefined {
    const t = pageTitle(page);
    return t === undefined ? undefined : s.get(t);
  },
  anchors(page: Page, s: StringPool): SummaryAnchor[] {
    const L = page.lines;
    const hs = page.headings;
    // The level of the heading starting where the anchor does (headings are in order: found by halving, no map).
    const levelAt = (start: number): number | undefined => {
      const k = lowerBound(hs, start);
      return k < hs.length && hs[k].start === start ? hs[k].level : undefined;
    };
    return pageAnchors(page).map((a) => ({ id: s.get(a.id), kind: a.kind, label: s.get(a.label), level: levelAt(a.span.start), range: L.range(a.span.start, a.span.end), inComment: a.inComment }));
  },
  links(page: Page, s: StringPool): SummaryLink[] {
    const L = page.lines;
    // Bare `https://` URLs are external links docs-builder autolinks: nothing the index resolves.
    return page.links.filter((l) => !l.bare).map((l) => ({
      url: s.get(l.url), path: s.get(l.path), fragment: l.fragment === undefined ? undefined : s.get(l.fragment), range: L.range(l.start, l.end),
      pathRange: L.range(l.pathSpan.start, l.pathSpan.end), fragmentRange: l.fragmentSpan ? L.range(l.fragmentSpan.start, l.fragmentSpan.end) : undefined,
      inComment: l.context === 'comment', image: l.image,
    }));
  },
  subs(page: Page, s: StringPool): SummarySub[] {
    const L = page.lines;
    return page.subs.map((u) => ({ key: s.get(u.key), range: L.range(u.start, u.end), keyRange: L.range(u.keySpan.start, u.keySpan.end) }));
  },
  checklist(page: Page, s: StringPool): SummaryItem[] {
    const L = page.lines;
    return page.checklist.map((i) => ({ checked: i.checked, path: s.get(i.path), notes: i.notes.map((n) => s.get(n)), range: L.range(i.start, i.end) }));
  },
  includes(page: Page, s: StringPool): string[] {
    return includeDirectives(page).map((d) => s.get(d.argument.trim()));
  },
};

/** `strings`: shared by the summaries made together (an index build), so each string is kept once. */
export function summarizePage(page: Page, strings = new StringPool()): PageSummary {
  const s = strings;
  return {
    uri: page.uri, title: PARTS.title(page, s), anchors: PARTS.anchors(page, s), links: PARTS.links(page, s), subs: PARTS.subs(page, s),
    checklist: PARTS.checklist(page, s), includes: PARTS.includes(page, s), size: page.text.length,
  };
}

/**
 * The summary of an open document's version, each part made when first read: typing replaces it at every
 * keystroke, mostly before anyone reads it (link checks of the page's own `#anchors` read only its anchors).
 * Reads like `summarizePage(page)`.
 */
export function lazySummary(page: Page): PageSummary {
  const made: Partial<Omit<PageSummary, 'uri' | 'size'>> = {};
  const part = <K extends keyof typeof PARTS>(k: K): ReturnType<(typeof PARTS)[K]> => {
    if (!(k in made)) (made as Record<K, unknown>)[k] = PARTS[k](page, new StringPool());
    return made[k] as ReturnType<(typeof PARTS)[K]>;
  };
  return {
    uri: page.uri,
    get title() { return part('title'); },
    get anchors() { return part('anchors'); },
    get links() { return part('links'); },
    get subs() { return part('subs'); },
    get checklist() { return part('checklist'); },
    get includes() { return part('includes'); },
    size: page.text.length,
  };
}

/** A closed file's summary (its front matter's YAML read only when the title must come from it). */
export function scanSummary(uri: string, text: string, strings = new StringPool()): PageSummary {
  // YAML is the slowest part of a scan: read it only when the title must come from the front matter. Irregular
  // white space is a diagnostic of open pages only: a summary never reads it.
  const page = parsePage(text, uri, 0, { skipFrontMatterYaml: true, skipIrregular: true });
  if (page.frontMatter && !page.headings.some((h) => h.level === 1)) return summarizePage(parsePage(text, uri, 0, { skipIrregular: true }), strings);
  return summarizePage(page, strings);
}

