// Every link target a page defines, as docs-builder registers them in `MarkdownFile.Anchors` (spec §2.4).
import type { Page, Span } from './types';
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

export function pageAnchors(page: Page): AnchorTarget[] {
  const out: AnchorTarget[] = [];
  for (const h of page.headings) {
    if (h.level >= 2) out.push({ id: h.id, kind: 'heading', span: { start: h.start, end: h.end }, label: h.title, inComment: false });
  }
  for (const a of page.anchors) out.push({ id: a.id, kind: 'anchor', span: { start: a.start, end: a.end }, label: a.name, inComment: a.context === 'comment' });
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
