// Where a page holds plain prose that a `{{key}}` could replace, derived from the page model: everything except
// front matter, code blocks, comments, directive opening/option/closing lines, links (text and URL), roles,
// substitutions, anchors, inline code, headings' custom ids, and the text of headings without a custom id
// (docs-builder slugs a heading's raw source, so `## About {{ech}}` gets another id than `## About Elastic Cloud
// Hosted`, which would break links to it), and the YAML bodies of the directives docs-builder does not
// substitute in (spec §1.6).
import { codeSpansIn } from '../../model/inline';
import type { Page, Span } from '../../model/types';

/** Directives whose body is YAML that docs-builder renders without substitutions (DirectiveHtmlRenderer.cs). */
const YAML_BODY = new Set(['hero', 'link-card', 'get-started', 'whats-new']);

/** Sorted, merged spans where no literal is suggested. */
export function excludedSpans(page: Page): Span[] {
  const spans: Span[] = [];
  const add = (s: Span): void => {
    if (s.end > s.start) spans.push({ start: s.start, end: s.end });
  };
  if (page.frontMatter) add(page.frontMatter);
  page.codeBlocks.forEach(add);
  page.comments.forEach(add);
  page.blockComments.forEach(add);
  page.strayFences.forEach(add);
  for (const d of page.directives) {
    add(d.open);
    d.options.forEach(add);
    if (d.close) add(d.close);
    if (YAML_BODY.has(d.name)) add(d.body);
  }
  page.links.forEach(add);
  page.roles.forEach(add);
  page.subs.forEach(add);
  page.anchors.forEach(add);
  for (const h of page.headings) {
    if (h.customId) add({ start: h.customId.start - 1, end: h.customId.end + 1 });
    else add(h);
  }
  const merged = merge(spans);
  // Inline code: the model keeps roles but not plain code spans; read them line by line in what is left.
  const code: Span[] = [];
  const text = page.text;
  let k = 0;
  for (let line = 0; line < page.lines.lineCount; line++) {
    const start = page.lines.starts[line];
    const end = page.lines.lineEnd(line);
    while (k < merged.length && merged[k].end <= start) k++;
    if (k < merged.length && merged[k].start <= start && merged[k].end >= end) continue;
    for (const cs of codeSpansIn(text, start, end)) code.push({ start: cs.start, end: cs.end });
  }
  return code.length === 0 ? merged : merge([...merged, ...code]);
}

function merge(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** True when [start, end) overlaps one of the sorted `spans` (binary search). */
export function overlaps(spans: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
