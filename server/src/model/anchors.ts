// Every link target a page defines, as docs-builder registers them in `MarkdownFile.Anchors` (spec §2.4).
import type { Heading, InlineAnchor, Page, Span } from './types';
import { PerObject } from './perObject';
import { slugify } from './slug';

export type AnchorKind = 'heading' | 'anchor' | 'directive' | 'step';

export interface AnchorTarget {
  id: string;
  kind: AnchorKind;
  /** Where the id is written (the heading line, the `$$$name$$$`, the `:name:` value). */
  span: Span;
  /** Heading text, or the directive's name/argument. */
  label: string;
  inComment: boolean;
}

/** Directives whose `:name:` option is registered as an anchor (CrossReferenceName). */
const NAMED = new Set(['note', 'warning', 'tip', 'important', 'admonition', 'dropdown']);

const made = new PerObject<Page, readonly AnchorTarget[]>('anchors');

/** The page's link targets in source order, made once per page model (shared: never changed by callers). */
export function pageAnchors(page: Page): readonly AnchorTarget[] {
  let list = made.get(page);
  if (!list) {
    const out: AnchorTarget[] = [];
    eachAnchor(page, (kind, id, start, end, x) => {
      if ('kind' in x) out.push(x);
      else if ('level' in x) out.push({ id, kind, span: { start, end }, label: x.title, inComment: false });
      else out.push({ id, kind, span: { start, end }, label: x.name, inComment: x.context === 'comment' });
    });
    list = out;
    made.set(page, list);
  }
  return list;
}

/** The targets `{step}` and named directives define, in source order. */
function directiveAnchors(page: Page): AnchorTarget[] {
  const out: AnchorTarget[] = [];
  for (const d of page.directives) {
    if (d.name === 'step') {
      const anchor = d.options.find((o) => o.key === 'anchor');
      const id = anchor?.value ? slugify(anchor.value) : slugify(d.argument);
      if (id) out.push({ id, kind: 'step', span: anchor ? anchor.valueSpan : d.argumentSpan, label: d.argument, inComment: false });
      continue;
    }
    if (!NAMED.has(d.name)) continue;
    const name = d.options.find((o) => o.key === 'name');
    if (name?.value) out.push({ id: name.value, kind: 'directive', span: name.valueSpan, label: `{${d.name}} ${d.argument}`.trim(), inComment: false });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Visits the page's link targets in source order (headings of level 2 and deeper, inline anchors, directive
 * targets; on the same offset in that order, as a stable sort of the three lists), without making a list.
 */
export function eachAnchor(page: Page, visit: (kind: AnchorKind, id: string, start: number, end: number, x: Heading | InlineAnchor | AnchorTarget) => void): void {
  const hs = page.headings;
  const as = page.anchors;
  const ds = directiveAnchors(page);
  let h = 0;
  let a = 0;
  let d = 0;
  while (h < hs.length && hs[h].level < 2) h++;
  for (;;) {
    const hStart = h < hs.length ? hs[h].start : Infinity;
    const aStart = a < as.length ? as[a].start : Infinity;
    const dStart = d < ds.length ? ds[d].span.start : Infinity;
    if (hStart === Infinity && aStart === Infinity && dStart === Infinity) return;
    if (hStart <= aStart && hStart <= dStart) {
      const x = hs[h++];
      visit('heading', x.id, x.start, x.end, x);
      while (h < hs.length && hs[h].level < 2) h++;
    } else if (aStart <= dStart) {
      const x = as[a++];
      visit('anchor', x.id, x.start, x.end, x);
    } else {
      const t = ds[d++];
      visit(t.kind, t.id, t.span.start, t.span.end, t);
    }
  }
}
