// Rename an anchor — `$$$name$$$`, a heading's `[custom-id]` (or give a heading one), a directive `:name:`, a
// step `:anchor:` — from its definition or from a link's fragment, updating every link to it in one edit.
import type { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { AnchorTarget } from '../../model/anchors';
import { slugify } from '../../model/slug';
import type { Page, Span } from '../../model/types';
import { RenameRefused, type FeatureContext } from '../types';
import { definitionAt, linkAt } from './at';
import { linksToAnchor } from './incoming';
import { linkTarget } from './linkTarget';
import { LinkResolver } from './resolve';
import { AnchorLookup } from './targetAnchors';

interface Renamable {
  /** The page defining the anchor. */
  page: Page;
  id: string;
  /** What to replace with the new id, or where to add ` [new-id]` (a heading without a custom id). */
  span: Span;
  insertCustomId: boolean;
  /** Range and text to show in the rename box (in the document the request came from). */
  range: Range;
  placeholder: string;
  /** Other pages links reach the anchor through (the page including the snippet that defines it). */
  via?: string;
}

function fromDefinition(page: Page, t: AnchorTarget): Omit<Renamable, 'range' | 'placeholder'> {
  switch (t.kind) {
    case 'heading': {
      const h = page.headings.find((x) => x.start === t.span.start);
      if (!h) throw new RenameRefused('No heading here.');
      if (h.customId) return { page, id: t.id, span: h.customId, insertCustomId: false };
      return { page, id: t.id, span: { start: h.rawSpan.end, end: h.rawSpan.end }, insertCustomId: true };
    }
    case 'anchor': {
      const a = page.anchors.find((x) => x.start === t.span.start);
      if (!a) throw new RenameRefused('No anchor here.');
      return { page, id: t.id, span: a.nameSpan, insertCustomId: false };
    }
    case 'directive':
      return { page, id: t.id, span: t.span, insertCustomId: false };
    case 'step': {
      const own = page.directives.some((x) => x.name === 'step' && x.options.some((o) => o.key === 'anchor' && o.valueSpan.start === t.span.start));
      if (!own) throw new RenameRefused("This step's anchor comes from its title: add an `:anchor:` option to give it an id of its own.");
      return { page, id: t.id, span: t.span, insertCustomId: false };
    }
  }
}

async function renamable(ctx: FeatureContext, offset: number): Promise<Renamable | undefined> {
  const { page } = ctx;
  // The page title (H1) is not a link target: nothing here to rename (another area may answer there).
  const def = definitionAt(page, offset);
  if (def) {
    const r = fromDefinition(page, def.target);
    const shown = r.insertCustomId && def.heading ? def.heading.rawSpan : r.span;
    return { ...r, range: page.lines.range(shown.start, shown.end), placeholder: r.insertCustomId ? r.id : page.text.slice(r.span.start, r.span.end) };
  }
  const link = linkAt(page, offset);
  if (!link?.fragmentSpan || offset < link.fragmentSpan.start) return undefined;
  const t = await linkTarget(ctx, link);
  if (!t?.anchorRef) throw new RenameRefused(t?.anchor ? `\`${t.anchor}\` is not an anchor of the target page: nothing to rename.` : 'Only internal links to an anchor can be renamed.');
  const target = t.anchorRef.uri === page.uri ? page : await ctx.pageOf(t.anchorRef.uri);
  if (!target) throw new RenameRefused(`Cannot read ${t.anchorRef.uri}.`);
  const start = target.lines.offsetAt(t.anchorRef.range.start);
  const d = definitionAt(target, start);
  if (!d) throw new RenameRefused('The anchor moved: try again.');
  const r = fromDefinition(target, d.target);
  const via = t.uri !== t.anchorRef.uri ? t.uri : undefined;
  return { ...r, range: page.lines.range(link.fragmentSpan.start, link.fragmentSpan.end), placeholder: link.fragment ?? r.id, via };
}

export async function prepareRename(ctx: FeatureContext, offset: number): Promise<{ range: Range; placeholder: string } | undefined> {
  const r = await renamable(ctx, offset);
  return r && { range: r.range, placeholder: r.placeholder };
}

export async function rename(ctx: FeatureContext, offset: number, newName: string): Promise<WorkspaceEdit | undefined> {
  await ctx.index.whenReady();
  const r = await renamable(ctx, offset);
  if (!r) return undefined;
  const name = newName.trim().replace(/^#/, '');
  if (!name || slugify(name) !== name.toLowerCase()) {
    throw new RenameRefused(`'${newName}' is not an anchor id docs-builder keeps as written: use letters, digits, '-', '_' and '.' only (it would become '${slugify(name)}').`);
  }
  const resolver = new LinkResolver(ctx);
  const clash = (await new AnchorLookup(resolver).all(r.page.uri, r.page)).find((a) => a.id.toLowerCase() === name.toLowerCase() && a.id.toLowerCase() !== r.id.toLowerCase());
  if (clash) throw new RenameRefused(`'${name}' is already an anchor of this page (the ${clash.kind} on line ${clash.range.start.line + 1}).`);
  const changes: Record<string, TextEdit[]> = {};
  const add = (uri: string, edit: TextEdit) => (changes[uri] ??= []).push(edit);
  const range = r.page.lines.range(r.span.start, r.span.end);
  add(r.page.uri, { range, newText: r.insertCustomId ? ` [${name}]` : name });
  for (const uri of r.via ? [r.page.uri, r.via] : [r.page.uri]) {
    for (const l of await linksToAnchor(resolver, uri, r.id)) {
      if (l.link.fragmentRange) add(l.uri, { range: l.link.fragmentRange, newText: name });
    }
  }
  return { changes };
}
