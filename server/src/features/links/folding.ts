// Folding: heading sections, directives, front matter, code blocks, `<!-- -->` comments and runs of `%` lines.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import type { Page } from '../../model/types';
import type { FeatureContext } from '../types';
import { sectionEnds } from './symbols';

export function foldingRanges(page: Page): FoldingRange[] {
  const L = page.lines;
  const out: FoldingRange[] = [];
  const add = (start: number, end: number, kind?: FoldingRangeKind) => {
    const s = L.lineAt(start);
    // A span ending at a line start ends on the line before.
    let e = L.lineAt(Math.max(start, end));
    if (end > start && L.starts[e] === end) e--;
    if (e > s) out.push(kind ? { startLine: s, endLine: e, kind } : { startLine: s, endLine: e });
  };
  if (page.frontMatter) add(page.frontMatter.start, page.frontMatter.end);
  const ends = sectionEnds(page);
  page.headings.forEach((h, i) => add(h.start, ends[i], FoldingRangeKind.Region));
  for (const d of page.directives) add(d.start, d.end, FoldingRangeKind.Region);
  for (const c of page.codeBlocks) add(c.start, c.end);
  for (const c of page.blockComments) add(c.start, c.end, FoldingRangeKind.Comment);
  let run: { start: number; end: number; line: number } | undefined;
  for (const c of page.comments) {
    const line = L.lineAt(c.start);
    if (run && line === run.line + 1) {
      run.end = c.end;
      run.line = line;
      continue;
    }
    if (run) add(run.start, run.end, FoldingRangeKind.Comment);
    run = { start: c.start, end: c.end, line };
  }
  if (run) add(run.start, run.end, FoldingRangeKind.Comment);
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

export function folding(ctx: FeatureContext): FoldingRange[] {
  return foldingRanges(ctx.page);
}
