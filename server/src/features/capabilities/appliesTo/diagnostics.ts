// applies_to diagnostics (`applies.*`, spec §6.3 and §8 rows 22, 28–36) for every applies_to site of the page,
// with docs-builder's messages and severities. Two differences, both deliberate:
// - `:applies_to:` options of admonitions and dropdowns: docs-builder swallows their problems and silently drops the
//   badge, so errors there are shown as warnings;
// - front matter: docs-builder reports these against the file with no position; here they sit on the YAML node.
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
    if (!page.headings.some((h) => r.start >= h.start && r.end <= h.end)) continue;
    out.push({
      code: 'applies.in-heading', severity: 'warning',
      message: "Do not use inline 'applies_to' annotations with headings. Use a section 'applies_to' annotation instead.",
      range: page.lines.range(r.start, r.end),
    });
  }
  return out;
}
