// docs-builder's hint on bare URLs into the Elastic docs (AutoLinkInlineParser.cs): a bare `https://…` URL it
// autolinks (the model finds them: model/bareUrl.ts) whose text holds `elastic.co/docs` (any case, anywhere) should
// be a cross-link or a relative link (`link.autolink-elastic-docs`, Hint). Everywhere docs-builder parses inline
// Markdown: paragraphs, headings, tables, link text, `%` comments (its link checks skip comments, this hint does
// not); never in code or `<…>` autolinks. `suppress: [AutolinkElasticCoDocs]` in docset.yml turns it off.
import type { Docset } from '../../docset/docset';
import type { Page } from '../../model/types';
import type { DocDiagnostic } from '../../types';

const MESSAGE = 'Autolink points to elastic.co/docs. Consider using a crosslink or relative link instead.';

export function autolinkDiagnostics(page: Page, docset: Docset | undefined): DocDiagnostic[] {
  if (docset?.suppress.some((s) => s.toLowerCase() === 'autolinkelasticcodocs')) return [];
  const out: DocDiagnostic[] = [];
  for (const l of page.links) {
    if (!l.bare || !/elastic\.co\/docs/i.test(l.url)) continue;
    out.push({ code: 'link.autolink-elastic-docs', severity: 'hint', message: MESSAGE, range: page.lines.range(l.start, l.end) });
  }
  return out;
}
