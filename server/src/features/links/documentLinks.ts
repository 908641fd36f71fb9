// Clickable paths: internal links and images, also in `%` comments (to the file, at the anchor's line when the
// fragment names one), and the paths of `{include}`, `{image}`, `{figure}`, `{literalinclude}`, `{csv-include}`
// and `{settings}` directives. Only targets that exist are linked. Bare checklist paths (`% - [ ] ./raw-…`)
// are the migration area's (features/migration/links.ts).
import type { DocumentLink } from 'vscode-languageserver-types';
import type { Span } from '../../model/types';
import type { FeatureContext } from '../types';
import { classifyUrl } from './urls';
import { LinkResolver, resolveLinkUri } from './resolve';
import { AnchorLookup } from './targetAnchors';

const PATH_DIRECTIVES = new Set(['include', 'literalinclude', 'image', 'figure', 'figure-md', 'csv-include', 'settings']);

/** A URI opening at a line (VS Code reads `#L<line>` on file links). */
function atLine(uri: string, line: number): string {
  return `${uri}#L${line + 1}`;
}

export async function documentLinks(ctx: FeatureContext): Promise<DocumentLink[]> {
  const { page } = ctx;
  const resolver = new LinkResolver(ctx);
  const anchors = new AnchorLookup(resolver);
  const out: DocumentLink[] = [];
  const L = page.lines;
  const fileLink = async (path: string, span: Span) => {
    const uri = resolveLinkUri(page.uri, path, ctx.docset, resolver.roots);
    if (await resolver.exists(uri, ctx.docset)) out.push({ range: L.range(span.start, span.end), target: uri });
  };
  for (const l of page.links) {
    if (l.autolink) continue;
    const kind = classifyUrl(l.url, undefined);
    if (kind.kind !== 'internal') continue;
    const uri = resolveLinkUri(page.uri, kind.path, ctx.docset, resolver.roots);
    const span = { start: l.urlSpan.start, end: l.urlSpan.end };
    if (kind.path.trim() === '') {
      const a = kind.anchor ? await anchors.find(uri, kind.anchor, page) : undefined;
      if (a && a.uri === page.uri) out.push({ range: L.range(span.start, span.end), target: atLine(uri, a.range.start.line) });
      continue;
    }
    const t = await resolver.target(uri, ctx.docset);
    if (t.kind === 'missing' || t.kind === 'outside') continue;
    const file = t.kind === 'generated' ? t.supplemental : uri;
    if (!file) continue;
    const a = kind.anchor ? await anchors.find(file, kind.anchor) : undefined;
    out.push({ range: L.range(span.start, span.end), target: a ? atLine(a.uri, a.range.start.line) : file });
  }
  for (const d of page.directives) {
    const path = d.argument.trim();
    if (!PATH_DIRECTIVES.has(d.name) || !path || /^[A-Za-z][A-Za-z0-9+.-]+:/.test(path)) continue;
    const lead = d.argument.length - d.argument.trimStart().length;
    await fileLink(path, { start: d.argumentSpan.start + lead, end: d.argumentSpan.start + lead + path.length });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
