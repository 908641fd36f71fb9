// `anchor.duplicate` across included snippets: docs-builder registers the anchors of every `{include}`d snippet
// as the page's own, so a snippet anchor with the id of a page anchor (or of another included snippet) is a
// duplicate id in the rendered page. Reported on the include's path. (Duplicates within the page itself are
// the page rule's, diagnostics/anchors.ts.) Gathered from the page model, resolved against the index.
import type { Range } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import type { Page } from '../../model/types';
import type { DocDiagnostic } from '../../types';
import { docsetRelative, resolveLinkUri, type LinkResolver } from './resolve';
import { AnchorLookup, includeDirectives, ownAnchors, type AnchorRef } from './targetAnchors';

/** What the check needs of a page that includes snippets: plain data. */
export interface IncludesInput {
  /** First own anchor of each id (lower-cased), with where it is. */
  own: { key: string; where: string }[];
  includes: { uri: string; line: number; range: Range }[];
}

export function gatherIncludes(page: Page, docset: Docset | undefined, roots: readonly string[]): IncludesInput | undefined {
  const includes = includeDirectives(page);
  if (includes.length === 0) return undefined;
  const own: IncludesInput['own'] = [];
  const seen = new Set<string>();
  for (const a of ownAnchors(page)) {
    const k = a.id.toLowerCase();
    if (k && !seen.has(k)) {
      seen.add(k);
      own.push({ key: k, where: `the ${a.kind} on line ${a.range.start.line + 1} of this page` });
    }
  }
  return {
    own,
    includes: includes.map((inc) => ({
      uri: resolveLinkUri(page.uri, inc.argument.trim(), docset, roots), line: page.lines.lineAt(inc.start) + 1,
      range: page.lines.range(inc.argumentSpan.start, inc.argumentSpan.end),
    })),
  };
}

export async function includedDuplicates(input: IncludesInput | undefined, pageUri: string, docset: Docset | undefined, resolver: LinkResolver): Promise<DocDiagnostic[]> {
  if (!input) return [];
  const lookup = new AnchorLookup(resolver);
  const seen = new Map<string, { where: string }>();
  for (const o of input.own) seen.set(o.key, { where: o.where });
  const out: DocDiagnostic[] = [];
  const includedAt = new Map<string, number>();
  for (const { uri, line, range } of input.includes) {
    const summary = await resolver.summaryOf(uri);
    if (!summary) continue;
    const rel = docsetRelative(uri, docset);
    const anchors: AnchorRef[] = [
      // The summary's own anchors are refs with its URI (not spread: their ranges are getters).
      ...summary.anchors,
      ...(await lookup.included(uri, undefined, new Set([pageUri, uri]))),
    ];
    const earlier = includedAt.get(uri);
    if (earlier !== undefined) {
      // The same snippet again: one warning for all of its anchors.
      if (anchors.length > 0) {
        const ids = [...new Set(anchors.map((a) => a.id))];
        const list = ids.slice(0, 3).map((id) => `'${id}'`).join(', ') + (ids.length > 3 ? `, … (${ids.length} in all)` : '');
        out.push({
          code: 'anchor.duplicate', severity: 'warning', range, data: { id: ids[0] },
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
        out.push({
          code: 'anchor.duplicate', severity: 'warning', range, data: { id: a.id },
          message: `Duplicate anchor '${a.id}': the included snippet \`${docsetRelative(a.uri, docset)}\` defines it (line ${a.range.start.line + 1}), and so does ${first.where}: the page renders the id twice and links to '#${a.id}' reach only the first.`,
        });
      } else seen.set(k, { where: `the snippet \`${rel}\` included on line ${line}` });
    }
  }
  return out;
}
