// `anchor.duplicate` across included snippets: docs-builder registers the anchors of every `{include}`d snippet
// as the page's own, so a snippet anchor with the id of a page anchor (or of another included snippet) is a
// duplicate id in the rendered page. Reported on the include's path. (Duplicates within the page itself are
// the page rule's, diagnostics/anchors.ts.)
import type { DocDiagnostic } from '../../types';
import type { FeatureContext } from '../types';
import { docsetRelative, resolveLinkUri, type LinkResolver } from './resolve';
import { AnchorLookup, includeDirectives, ownAnchors, type AnchorRef } from './targetAnchors';

export async function includedDuplicates(ctx: FeatureContext, resolver: LinkResolver): Promise<DocDiagnostic[]> {
  const includes = includeDirectives(ctx.page);
  if (includes.length === 0) return [];
  const lookup = new AnchorLookup(resolver);
  const seen = new Map<string, { where: string }>();
  for (const a of ownAnchors(ctx.page)) {
    const k = a.id.toLowerCase();
    if (k && !seen.has(k)) seen.set(k, { where: `the ${a.kind} on line ${a.range.start.line + 1} of this page` });
  }
  const out: DocDiagnostic[] = [];
  const includedAt = new Map<string, number>();
  for (const inc of includes) {
    const uri = resolveLinkUri(ctx.page.uri, inc.argument.trim(), ctx.docset, resolver.roots);
    const summary = await resolver.summaryOf(uri);
    if (!summary) continue;
    const rel = docsetRelative(uri, ctx.docset);
    const line = ctx.page.lines.lineAt(inc.start) + 1;
    const anchors: AnchorRef[] = [
      ...summary.anchors.map((a) => ({ ...a, uri })),
      ...(await lookup.included(uri, undefined, new Set([ctx.page.uri, uri]))),
    ];
    const earlier = includedAt.get(uri);
    if (earlier !== undefined) {
      // The same snippet again: one warning for all of its anchors.
      if (anchors.length > 0) {
        const ids = [...new Set(anchors.map((a) => a.id))];
        const list = ids.slice(0, 3).map((id) => `'${id}'`).join(', ') + (ids.length > 3 ? `, … (${ids.length} in all)` : '');
        out.push({
          code: 'anchor.duplicate', severity: 'warning', range: ctx.page.lines.range(inc.argumentSpan.start, inc.argumentSpan.end), data: { id: ids[0] },
          message: `Duplicate anchors: \`${rel}\` is already included on line ${earlier}, so its anchors (${list}) are rendered twice and links reach only the first copy.`,
        });
      }
      continue;
    }
    includedAt.set(uri, line);
    const mine = new Set<string>();
    for (const a of anchors) {
      const k = a.id.toLowerCase();
      if (!k || mine.has(k)) continue;
      mine.add(k);
      const first = seen.get(k);
      if (first) {
        const range = ctx.page.lines.range(inc.argumentSpan.start, inc.argumentSpan.end);
        out.push({
          code: 'anchor.duplicate', severity: 'warning', range, data: { id: a.id },
          message: `Duplicate anchor '${a.id}': the included snippet \`${docsetRelative(a.uri, ctx.docset)}\` defines it (line ${a.range.start.line + 1}), and so does ${first.where}: the page renders the id twice and links to '#${a.id}' reach only the first.`,
        });
      } else seen.set(k, { where: `the snippet \`${rel}\` included on line ${line}` });
    }
  }
  return out;
}
