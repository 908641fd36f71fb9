// Quick fixes for link diagnostics: add the missing `.md`; replace a redirected path with its target; for a
// missing anchor, point the link at the closest existing anchor or create the anchor (`$$$id$$$`) in the target.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { slugify } from '../../model/slug';
import type { FeatureContext } from '../types';
import { linkPathFor } from './redirects';
import { docsetRelative, LinkResolver } from './resolve';
import { AnchorLookup } from './targetAnchors';

type Diag = { code?: string | number; range: Range; data?: unknown; message: string };

const overlaps = (a: Range, b: Range) =>
  !(a.end.line < b.start.line || (a.end.line === b.start.line && a.end.character < b.start.character) || b.end.line < a.start.line || (b.end.line === a.start.line && b.end.character < a.start.character));

/** Levenshtein distance, capped: enough to find a near-miss anchor. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** Whether two ids are close enough to be the same anchor before an edit (a typo, a reworded heading). */
export function similarIds(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || !x || !y) return x === y;
  if (x.includes(y) || y.includes(x)) return Math.min(x.length, y.length) >= 3;
  return editDistance(x, y) <= Math.max(2, Math.floor(Math.max(x.length, y.length) / 4));
}

function data(d: Diag): Record<string, unknown> {
  return d.data && typeof d.data === 'object' ? (d.data as Record<string, unknown>) : {};
}

export async function codeActions(ctx: FeatureContext, range: Range, diagnostics: Diag[]): Promise<CodeAction[]> {
  const out: CodeAction[] = [];
  const uri = ctx.page.uri;
  const edit = (r: Range, newText: string) => ({ changes: { [uri]: [{ range: r, newText }] } });
  for (const d of diagnostics) {
    if (!overlaps(d.range, range)) continue;
    const info = data(d);
    const lsp = d as Diagnostic;
    if (d.code === 'link.missing-extension' && typeof info.newPath === 'string') {
      out.push({ title: `Add the .md extension: ${info.newPath}`, kind: CodeActionKind.QuickFix, diagnostics: [lsp], isPreferred: true, edit: edit(d.range, info.newPath) });
    }
    if ((d.code === 'link.redirected' || d.code === 'link.no-such-file') && Array.isArray(info.to) && ctx.docset) {
      for (const to of info.to as unknown[]) {
        if (typeof to !== 'string') continue;
        const path = linkPathFor(to, uri, ctx.docset, info.rooted === true);
        out.push({ title: `Replace with the redirect target: ${path}`, kind: CodeActionKind.QuickFix, diagnostics: [lsp], isPreferred: info.to.length === 1, edit: edit(d.range, path) });
      }
    }
    if (d.code === 'link.no-such-anchor' && typeof info.uri === 'string' && typeof info.anchor === 'string') {
      out.push(...(await anchorFixes(ctx, lsp, info.uri, info.anchor)));
    }
  }
  return out;
}

async function anchorFixes(ctx: FeatureContext, d: Diagnostic, target: string, anchor: string): Promise<CodeAction[]> {
  const out: CodeAction[] = [];
  const resolver = new LinkResolver(ctx);
  const anchors = await new AnchorLookup(resolver).all(target, target === ctx.page.uri ? ctx.page : undefined);
  const near = anchors
    .map((a) => ({ a, dist: editDistance(a.id.toLowerCase(), anchor.toLowerCase()) }))
    .filter((x) => similarIds(x.a.id, anchor))
    .sort((x, y) => x.dist - y.dist)
    .slice(0, 3);
  near.forEach(({ a }, i) => {
    out.push({ title: `Change the anchor to '#${a.id}'${a.kind === 'heading' ? ` (${a.label})` : ''}`, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: i === 0, edit: { changes: { [ctx.page.uri]: [{ range: d.range, newText: a.id }] } } });
  });
  // Create it: a `$$$id$$$` line at the end of the target page (docs-builder registers it as the id, slugified).
  if (slugify(anchor) === anchor.toLowerCase()) {
    const page = target === ctx.page.uri ? ctx.page : await ctx.pageOf(target);
    if (page) {
      const end = page.lines.positionAt(page.text.length);
      const sep = page.text.endsWith('\n\n') ? '' : page.text.endsWith('\n') ? '\n' : '\n\n';
      out.push({
        title: `Create the anchor $$$${anchor}$$$ at the end of ${docsetRelative(target, ctx.docset)}`, kind: CodeActionKind.QuickFix, diagnostics: [d],
        edit: { changes: { [target]: [{ range: { start: end, end }, newText: `${sep}$$$${anchor}$$$\n` }] } },
      });
    }
  }
  return out;
}
