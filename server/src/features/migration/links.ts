// Document links and go to definition from a checklist item's path to the migrated page it names (when it
// exists). Items written as Markdown links are left to the links area's own document links.
import type { DocumentLink, Location } from 'vscode-languageserver-types';
import type { FeatureContext } from '../types';
import { pageMigration } from './model';
import { lookupOf, resolveSource } from './sources';

const START = { line: 0, character: 0 };

export async function migrationDocumentLinks(ctx: FeatureContext): Promise<DocumentLink[]> {
  const L = ctx.page.lines;
  const lookup = lookupOf(ctx);
  const out: DocumentLink[] = [];
  for (const i of pageMigration(ctx.page).items) {
    if (!i.source || i.source.span !== i.item.pathSpan) continue;
    const r = await resolveSource(lookup, ctx.doc.uri, i.source.path);
    if (r.uri) out.push({ range: L.range(i.source.span.start, i.source.span.end), target: r.uri, tooltip: 'Open the migrated page' });
  }
  return out;
}

export async function migrationDefinition(ctx: FeatureContext, offset: number): Promise<Location[] | undefined> {
  const item = pageMigration(ctx.page).items.find((i) => i.item.start <= offset && offset <= i.item.pathSpan.end);
  if (!item?.source || item.source.span !== item.item.pathSpan) return undefined;
  const r = await resolveSource(lookupOf(ctx), ctx.doc.uri, item.source.path);
  return r.uri ? [{ uri: r.uri, range: { start: START, end: START } }] : undefined;
}
