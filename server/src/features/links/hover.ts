// Hover: on a heading, the id docs-builder computes for it; on an anchor, its id; on an internal link, what it
// reaches — the target heading's text, or for `[](page.md)` the text docs-builder fills in (`<Page title>`, or
// `<Page title> > <Heading>` with a fragment naming a heading).
import type { Hover } from 'vscode-languageserver-types';
import type { SubScope } from '../../docset/substitutions';
import { applyMutations, MAX_MUTATIONS } from '../../substitutions/mutations';
import type { FeatureContext } from '../types';
import { definitionAt, linkAt, titleAt } from './at';
import { linkTarget } from './linkTarget';
import { docsetRelative, LinkResolver } from './resolve';

/** A title with its `{{subs}}` replaced, as docs-builder renders page titles and ToC headings. */
export function renderTitle(title: string, subs: SubScope): string {
  return title.replace(/\{\{([^}\n]+)\}\}/g, (m, inner: string) => {
    const [key, ...mutations] = inner.split('|').map((s) => s.trim()).filter((s) => s !== '');
    const v = key ? subs.get(key.toLowerCase()) : undefined;
    if (!v) return m;
    return mutations.length >= MAX_MUTATIONS ? v.value : applyMutations(v.value, mutations).result;
  });
}

export async function hover(ctx: FeatureContext, offset: number): Promise<Hover | undefined> {
  const { page } = ctx;
  const title = titleAt(page, offset);
  if (title && !linkAt(page, offset)) {
    const value = `Page title. Id \`${title.id}\` (rendered, but only headings from H2 down are link targets: link to the page itself).`;
    return { contents: { kind: 'markdown', value }, range: page.lines.range(title.start, title.end) };
  }
  const def = definitionAt(page, offset);
  if (def) {
    const range = page.lines.range(def.target.span.start, def.target.span.end);
    const h = def.heading;
    let value: string;
    if (h) {
      value = `Anchor \`#${h.id}\` (${h.customId ? 'custom id' : 'from the heading source'}).`;
    } else {
      const where = def.target.inComment ? ' In a `%` comment: nothing is rendered, but docs-builder still accepts links to it.' : '';
      value = `Anchor \`#${def.target.id}\`.${where}`;
    }
    return { contents: { kind: 'markdown', value }, range };
  }
  const link = linkAt(page, offset);
  if (!link) return undefined;
  const resolver = new LinkResolver(ctx);
  const t = await linkTarget(ctx, link, resolver);
  if (!t) return undefined;
  const summary = t.target?.kind === 'page' ? t.target.summary : t.target === undefined ? await resolver.summaryOf(page.uri) : undefined;
  if (!summary && t.target?.kind !== 'generated') return undefined;
  const subs = ctx.subs;
  const pageTitle = summary?.title !== undefined ? renderTitle(summary.title, subs) : undefined;
  const rel = docsetRelative(t.uri, ctx.docset);
  const lines: string[] = [];
  const heading = t.anchorRef?.kind === 'heading' ? renderTitle(t.anchorRef.label, subs) : undefined;
  if (link.text === '') {
    // docs-builder's auto text: the page title, and ` > <heading>` when the anchor is a heading of the page.
    const auto = pageTitle !== undefined ? (heading ? `${pageTitle} > ${heading}` : pageTitle) : undefined;
    if (auto) lines.push(`Link text (filled in by docs-builder): **${auto}**`);
  } else if (t.anchorRef) {
    const what = heading ?? `${t.anchorRef.kind === 'anchor' ? 'anchor' : t.anchorRef.kind} \`${t.anchorRef.id}\``;
    lines.push(pageTitle !== undefined && t.target !== undefined ? `**${pageTitle}** › ${what}` : what);
  } else if (pageTitle !== undefined) lines.push(`**${pageTitle}**`);
  const line = t.anchorRef ? `, line ${t.anchorRef.range.start.line + 1}` : '';
  const file = t.anchorRef && t.anchorRef.uri !== t.uri ? ` (in \`${docsetRelative(t.anchorRef.uri, ctx.docset)}\`)` : '';
  lines.push(`\`${rel}\`${t.anchorRef ? ` #${t.anchorRef.id}` : ''}${file}${line}`);
  return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: page.lines.range(link.start, link.end) };
}
