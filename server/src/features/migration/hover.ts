// Hover on a migration checklist item: its state and notes, the block's metadata, whether the migrated page exists
// (with its title and first lines), and the other pages whose checklists name the same page.
import type { Hover } from 'vscode-languageserver-types';
import { pageTitle } from '../../docset/substitutions';
import type { Page } from '../../model/types';
import { relativeUri } from '../../workspace';
import type { FeatureContext } from '../types';
import { blockAt, itemAt, pageMigration, type MetaKind } from './model';
import { lookupOf, pagesNaming, resolveSource, workspaceRootOf } from './sources';

const FIRST_LINES = 4;
const LABELS: Record<MetaKind, string> = { what: 'What needs to be done', issue: 'GitHub issue', scope: 'Scope notes', todo: 'TODO' };

/** The first lines of a page's body: after the front matter and the title, without comments and blank lines. */
export function firstLines(page: Page, count = FIRST_LINES): string[] {
  const L = page.lines;
  const from = page.frontMatter ? L.lineAt(page.frontMatter.end) + 1 : 0;
  const skip = new Set<number>();
  const h1 = page.headings.find((h) => h.level === 1);
  if (h1) for (let l = L.lineAt(h1.start); l <= L.lineAt(Math.max(h1.start, h1.end - 1)); l++) skip.add(l);
  for (const c of page.comments) skip.add(L.lineAt(c.start));
  const out: string[] = [];
  for (let l = from; l < L.lineCount && out.length < count; l++) {
    if (skip.has(l)) continue;
    const t = page.text.slice(L.starts[l], L.lineEnd(l));
    if (t.trim() === '') continue;
    out.push(t.length > 160 ? `${t.slice(0, 159)}…` : t);
  }
  return out;
}

function fence(lines: string[]): string {
  const longest = Math.max(2, ...lines.map((l) => (l.match(/`+/g) ?? []).reduce((m, s) => Math.max(m, s.length), 0)));
  const f = '`'.repeat(longest + 1);
  return `${f}markdown\n${lines.join('\n')}\n${f}`;
}

export async function migrationHover(ctx: FeatureContext, offset: number): Promise<Hover | undefined> {
  const pm = pageMigration(ctx.page);
  const item = itemAt(pm, offset);
  if (!item) return undefined;
  const L = ctx.page.lines;
  const parts: string[] = [`**Migration item** · ${item.item.checked ? 'done' : 'open'}`];
  if (item.notes) parts.push(`Notes: ${item.notes}`);
  const meta = blockAt(pm, item.item.start)?.meta.filter((m) => m.kind !== 'todo') ?? [];
  if (meta.length) parts.push(meta.map((m) => `${LABELS[m.kind]}: ${m.value}`).join('  \n'));
  const lookup = lookupOf(ctx);
  const shownRoot = workspaceRootOf(ctx.workspace, ctx.doc.uri);
  const show = (uri: string) => (shownRoot ? relativeUri(shownRoot, uri) : undefined) ?? uri;
  if (item.source) {
    const r = await resolveSource(lookup, ctx.doc.uri, item.source.path);
    if (r.uri) {
      parts.push(`Source: [${show(r.uri)}](${r.uri}) exists`);
      const src = await ctx.pageOf(r.uri);
      if (src) {
        const title = pageTitle(src);
        const lines = firstLines(src);
        const preview = [title ? `**${title}**` : '', lines.length ? fence(lines) : ''].filter(Boolean).join('\n\n');
        if (preview) parts.push(preview);
      }
    } else if (r.candidates.length) {
      parts.push(`Source \`${item.source.path}\` does not exist (looked for ${r.candidates.map(show).join(' or ')})`);
    }
    const others = await pagesNaming(lookup, r.candidates, ctx.doc.uri);
    if (others.length) {
      parts.push(`Also in the checklists of:\n${others.map((o) => `- [${show(o.uri)}](${o.uri}#L${o.line + 1}) line ${o.line + 1}${o.checked ? ' (done)' : ''}`).join('\n')}`);
    }
  }
  return { contents: { kind: 'markdown', value: parts.join('\n\n') }, range: L.range(item.item.start, item.item.pathSpan.end) };
}
