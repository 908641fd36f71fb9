// When a heading's text (so its id) changed, links elsewhere still use the old id. On a heading, find links to this
// page whose anchor matches nothing on the page but is close to this heading's id, and offer to update them, or to
// pin the old id on the heading with `[old-id]` so the links keep working.
import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { FeatureContext } from '../types';
import { similarIds } from './codeActions';
import { linksTo } from './incoming';
import { LinkResolver } from './resolve';
import { AnchorLookup } from './targetAnchors';

export async function slugChangeActions(ctx: FeatureContext, range: Range): Promise<CodeAction[]> {
  const { page } = ctx;
  const line = range.start.line;
  const h = page.headings.find((x) => x.level >= 2 && page.lines.lineAt(x.start) <= line && line <= page.lines.lineAt(x.end));
  if (!h) return [];
  await ctx.index.whenReady();
  const resolver = new LinkResolver(ctx);
  const ids = new Set((await new AnchorLookup(resolver).all(page.uri, page)).map((a) => a.id.toLowerCase()));
  const stale = new Map<string, { uri: string; range: Range }[]>();
  for (const l of await linksTo(resolver, page.uri)) {
    const range = l.link.fragmentRange;
    if (!l.anchor || !range || ids.has(l.anchor.toLowerCase()) || !similarIds(l.anchor, h.id)) continue;
    const k = l.anchor.toLowerCase();
    stale.set(k, [...(stale.get(k) ?? []), { uri: l.uri, range }]);
  }
  const out: CodeAction[] = [];
  for (const [old, links] of [...stale].sort((a, b) => b[1].length - a[1].length)) {
    const changes: Record<string, TextEdit[]> = {};
    for (const l of links) (changes[l.uri] ??= []).push({ range: l.range, newText: h.id });
    const n = links.length === 1 ? '1 link' : `${links.length} links`;
    out.push({ title: `Update ${n} from '#${old}' to '#${h.id}'`, kind: CodeActionKind.QuickFix, edit: { changes } });
    if (!h.customId) {
      const at = page.lines.positionAt(h.rawSpan.end);
      out.push({ title: `Keep the old id: end the heading with [${old}] (${n})`, kind: CodeActionKind.QuickFix, edit: { changes: { [page.uri]: [{ range: { start: at, end: at }, newText: ` [${old}]` }] } } });
    }
  }
  return out;
}
