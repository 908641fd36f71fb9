// applies_to diagnostics (`applies.*`, spec §6.3 and §8 rows 22, 28–36) for every applies_to site of the page,
// with docs-builder's messages and severities. Two differences, both deliberate:
// - `:applies_to:` options of admonitions and dropdowns: docs-builder swallows their problems and silently drops the
//   badge, so errors there are shown as warnings;
// - front matter: docs-builder reports these against the file with no position; here they sit on the YAML node.
import { lowerBound } from '../../../model/blockEdit';
import type { Page } from '../../../model/types';
import type { DocDiagnostic } from '../../../types';
import { appliesSites } from './sites';

export function appliesToDiagnostics(page: Page): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  for (const site of appliesSites(page)) {
    for (const d of site.result.diagnostics) {
      const severity = site.kind === 'option' && d.severity === 'error' ? 'warning' : d.severity;
      out.push({ code: d.code, severity, message: d.message, range: page.lines.range(d.start, Math.max(d.end, d.start)) });
    }
  }
  // docs-builder: HeadingBlockWithSlugParser warns about an inline applies_to role in a heading.
  for (const r of page.roles) {
    if (r.name !== 'applies_to') continue;
    if (!inHeading(page, r.start, r.end)) continue;
    out.push({
      code: 'applies.in-heading', severity: 'warning',
      message: "Do not use inline 'applies_to' annotations with headings. Use a section 'applies_to' annotation instead.",
      range: page.lines.range(r.start, r.end),
    });
  }
  return out;
}

/**
 * Whether a heading holds `[start, end)`. Headings are in order and never overlap: only the last one starting at
 * or before `start` can (found by halving, not by trying every heading for every role).
 */
function inHeading(page: Page, start: number, end: number): boolean {
  const hs = page.headings;
  const k = lowerBound(hs, start + 1) - 1;
  return k >= 0 && start >= hs[k].start && end <= hs[k].end;
}
