// Selection ranges (expand selection): from the smallest construct under the cursor outwards — a link's fragment,
// path, URL, text, the whole link; a substitution's key; an anchor's name; a role's content; a table cell and
// row; a directive's argument, option, opening line, body and block (and its parents); a code block; a comment
// line; the front matter; then the heading sections around it and the whole document.
import type { SelectionRange } from 'vscode-languageserver-types';
import type { Page, Span } from '../../model/types';
import type { FeatureContext } from '../types';
import { sectionEnds } from './symbols';

function spansAt(page: Page, o: number): Span[] {
  const out: Span[] = [];
  const hit = (s: Span | undefined) => {
    if (s && s.start <= o && o <= s.end && s.end > s.start) out.push({ start: s.start, end: s.end });
  };
  for (const l of page.links) {
    if (!(l.start <= o && o <= l.end)) continue;
    [l.fragmentSpan, l.pathSpan, l.urlSpan, l.textSpan, l].forEach(hit);
  }
  for (const s of page.subs) if (s.start <= o && o <= s.end) [s.keySpan, s].forEach(hit);
  for (const a of page.anchors) if (a.start <= o && o <= a.end) [a.nameSpan, a].forEach(hit);
  for (const r of page.roles) if (r.start <= o && o <= r.end) [r.contentSpan, r].forEach(hit);
  for (const h of page.headings) if (h.start <= o && o <= h.end) [h.customId, h.rawSpan, h].forEach(hit);
  for (const t of page.tables) {
    if (!(t.start <= o && o <= t.end)) continue;
    for (const c of t.header) hit(c);
    t.rows.forEach((row, i) => { row.forEach(hit); hit(t.rowSpans[i]); });
    hit(t);
  }
  for (const d of page.directives) {
    if (!(d.start <= o && o <= d.end)) continue;
    for (const opt of d.options) [opt.valueSpan, opt].forEach(hit);
    [d.argumentSpan, d.nameSpan, d.open, d.body, d].forEach(hit);
  }
  for (const c of page.codeBlocks) if (c.start <= o && o <= c.end) [c.content, c].forEach(hit);
  for (const c of page.comments) if (c.start <= o && o <= c.end) [c.textSpan, c].forEach(hit);
  for (const c of page.blockComments) hit(c);
  if (page.frontMatter) [page.frontMatter.content, page.frontMatter].forEach(hit);
  const ends = sectionEnds(page);
  page.headings.forEach((h, i) => hit({ start: h.start, end: Math.max(h.end, ends[i]) }));
  hit({ start: 0, end: page.text.length });
  return out;
}

export function selectionRange(page: Page, offset: number): SelectionRange {
  const spans = spansAt(page, offset).sort((a, b) => a.end - a.start - (b.end - b.start) || b.start - a.start);
  // Keep a chain where each range contains the previous one.
  const chain: Span[] = [];
  for (const s of spans) {
    const last = chain[chain.length - 1];
    if (!last) chain.push(s);
    else if (s.start <= last.start && last.end <= s.end && (s.start !== last.start || s.end !== last.end)) chain.push(s);
  }
  let result: SelectionRange | undefined;
  for (let i = chain.length - 1; i >= 0; i--) result = { range: page.lines.range(chain[i].start, chain[i].end), parent: result };
  return result ?? { range: page.lines.range(offset, offset) };
}

export function selectionRanges(ctx: FeatureContext, offsets: number[]): SelectionRange[] {
  return offsets.map((o) => selectionRange(ctx.page, o));
}
