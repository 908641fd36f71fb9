// The small summary the workspace index keeps per closed page: ids, link targets, substitution uses and
// checklist items with their positions — strings copied out, so the file text can be freed, and shared between the
// summaries of one build; positions packed (summaryItems.ts).
import { pageAnchors } from '../model/anchors';
import { lowerBound } from '../model/blockEdit';
import { includeDirectives } from '../model/includes';
import { parsePage } from '../model/page';
import type { Page } from '../model/types';
import { pageTitle } from '../docset/substitutions';
import { StringPool } from './strings';
import { items, ItemWriter, NO_ITEMS, type SummaryAnchor, type SummaryItem, type SummaryLink, type SummarySub } from './summaryItems';

export { SummaryAnchor, SummaryItem, SummaryLink, SummarySub } from './summaryItems';

export interface PageSummary {
  uri: string;
  title?: string;
  anchors: readonly SummaryAnchor[];
  links: readonly SummaryLink[];
  subs: readonly SummarySub[];
  checklist: readonly SummaryItem[];
  /** The paths `{include}` directives name (as written, trimmed; literal includes left out): who includes a snippet. */
  includes: readonly string[];
  size: number;
}

/** What the parts of one summary are made with: where their numbers go, one copy of each string. */
interface Making {
  w: ItemWriter;
  s: StringPool;
  /** Without the anchors' labels (heading texts, for the editor's completion and hovers). */
  noLabels?: boolean;
}

/** Each part of a summary, made on its own (an open page's summary makes only the parts that are read). */
const PARTS = {
  title(page: Page, m: Making): string | undefined {
    const t = pageTitle(page);
    return t === undefined ? undefined : m.s.get(t);
  },
  anchors(page: Page, { w, s, noLabels }: Making): readonly SummaryAnchor[] {
    const hs = page.headings;
    // The level of the heading starting where the anchor does (headings are in order: found by halving, no map).
    const levelAt = (start: number): number | undefined => {
      const k = lowerBound(hs, start);
      return k < hs.length && hs[k].start === start ? hs[k].level : undefined;
    };
    return items(pageAnchors(page).map((a) => w.anchor(s.get(a.id), a.kind, noLabels ? '' : s.get(a.label), levelAt(a.span.start), a.inComment, a.span)));
  },
  links(page: Page, { w, s }: Making): readonly SummaryLink[] {
    // Bare `https://` URLs are external links docs-builder autolinks: nothing the index resolves.
    return items(page.links.filter((l) => !l.bare).map((l) => w.link(
      s.get(l.url), s.get(l.path), l.fragment === undefined ? undefined : s.get(l.fragment), l.context === 'comment', l.image, l, l.pathSpan, l.fragmentSpan,
    )));
  },
  subs(page: Page, { w, s }: Making): readonly SummarySub[] {
    return items(page.subs.map((u) => w.sub(s.get(u.key), u, u.keySpan)));
  },
  checklist(page: Page, { w, s }: Making): readonly SummaryItem[] {
    return items(page.checklist.map((i) => w.item(i.checked, s.get(i.path), items(i.notes.map((n) => s.get(n))), i)));
  },
  includes(page: Page, { s }: Making): readonly string[] {
    return items(includeDirectives(page).map((d) => s.get(d.argument.trim())));
  },
};

/** `strings`: shared by the summaries made together (an index build), so each string is kept once. */
export function summarizePage(page: Page, strings = new StringPool()): PageSummary {
  const m: Making = { w: new ItemWriter(page.uri, page.lines), s: strings };
  const summary: PageSummary = {
    uri: page.uri, title: PARTS.title(page, m), anchors: PARTS.anchors(page, m), links: PARTS.links(page, m), subs: PARTS.subs(page, m),
    checklist: PARTS.checklist(page, m), includes: PARTS.includes(page, m), size: page.text.length,
  };
  m.w.done();
  return summary;
}

/**
 * What `check`'s cross-page checks read of a page, made at once (the page model goes right after): anchor ids with
 * their kind, level and range (links to them, duplicates through includes), substitution uses (unused docset
 * keys), the includes and the title. Links and checklists are checked from what each page gathered; labels are for
 * the editor.
 */
export function batchSummary(page: Page): PageSummary {
  const m: Making = { w: new ItemWriter(page.uri, page.lines), s: new StringPool(), noLabels: true };
  const summary: PageSummary = {
    uri: page.uri, title: PARTS.title(page, m), anchors: PARTS.anchors(page, m), links: NO_ITEMS, subs: PARTS.subs(page, m),
    checklist: NO_ITEMS, includes: PARTS.includes(page, m), size: page.text.length,
  };
  m.w.done();
  return summary;
}

/**
 * The summary of an open document's version, each part made when first read: typing replaces it at every
 * keystroke, mostly before anyone reads it (link checks of the page's own `#anchors` read only its anchors).
 * Reads like `summarizePage(page)`.
 */
export function lazySummary(page: Page): PageSummary {
  return new LazySummary(page);
}

/**
 * A class, its getters on the prototype. An object literal whose getters closed over the page (new getters for
 * each summary: V8 keeps accessors with the object's hidden class, which lives in the old generation) made minor
 * collections keep dropped pages and their models alive until the next full one: checking one page in a loop
 * copied or promoted 22% of what it allocated, 0.3% with the class (issue 16).
 */
class LazySummary implements PageSummary {
  readonly uri: string;
  readonly size: number;
  private made: Partial<Omit<PageSummary, 'uri' | 'size'>> = {};

  constructor(private readonly page: Page) {
    this.uri = page.uri;
    this.size = page.text.length;
  }

  get title(): string | undefined { return this.part('title'); }
  get anchors(): readonly SummaryAnchor[] { return this.part('anchors'); }
  get links(): readonly SummaryLink[] { return this.part('links'); }
  get subs(): readonly SummarySub[] { return this.part('subs'); }
  get checklist(): readonly SummaryItem[] { return this.part('checklist'); }
  get includes(): readonly string[] { return this.part('includes'); }

  private part<K extends keyof typeof PARTS>(k: K): ReturnType<(typeof PARTS)[K]> {
    const made = this.made as Record<K, ReturnType<(typeof PARTS)[K]>>;
    if (!(k in made)) {
      // Each part its own numbers: it is made alone, when first read.
      const w = new ItemWriter(this.page.uri, this.page.lines);
      made[k] = PARTS[k](this.page, { w, s: new StringPool() }) as ReturnType<(typeof PARTS)[K]>;
      w.done();
    }
    return made[k];
  }
}

/** A closed file's summary (its front matter's YAML read only when the title must come from it). */
export function scanSummary(uri: string, text: string, strings = new StringPool()): PageSummary {
  // YAML is the slowest part of a scan: read it only when the title must come from the front matter. Irregular
  // white space is a diagnostic of open pages only: a summary never reads it.
  const page = parsePage(text, uri, 0, { skipFrontMatterYaml: true, skipIrregular: true });
  if (page.frontMatter && !page.headings.some((h) => h.level === 1)) return summarizePage(parsePage(text, uri, 0, { skipIrregular: true }), strings);
  return summarizePage(page, strings);
}
