// Link URLs built from substitutions (`[x]({{agent}}/foo)`), checked as docs-builder's DiagnosticLinkInlineParser
// checks them once the URL's `{{…}}` are replaced: one still left (an undefined key) is an Error
// (`link.template-unresolved`), and a URL that does not then start with `http` is an Error too
// (`link.template-not-external`): templates may only build external links. Links in `%` comments are skipped,
// as docs-builder skips them.
import type { DocDiagnostic } from '../../types';
import { renderTitle } from '../links/hover';
import type { FeatureContext } from '../types';

export function linkTemplateDiagnostics(ctx: FeatureContext): DocDiagnostic[] {
  const { page, subs } = ctx;
  const out: DocDiagnostic[] = [];
  for (const link of page.links) {
    if (link.context === 'comment' || link.autolink || !link.url.includes('{{')) continue;
    const url = renderTitle(link.url, subs);
    const range = page.lines.range(link.urlSpan.start, link.urlSpan.end);
    if (url.includes('{{')) {
      const key = page.subs.find((u) => u.context === 'link-url' && u.start >= link.urlSpan.start && u.end <= link.urlSpan.end && !subs.get(u.key))?.key;
      out.push({
        code: 'link.template-unresolved', severity: 'error', range,
        message: `The url contains unresolved template expressions: '${url}'. Please check if there is an appropriate global or frontmatter subs variable.`,
        ...(key ? { data: { key } } : {}),
      });
    } else if (!url.startsWith('http')) {
      out.push({ code: 'link.template-not-external', severity: 'error', range, message: `Link is resolved to '${url}'. Only external links are allowed to be resolved from template expressions.` });
    }
  }
  return out;
}
