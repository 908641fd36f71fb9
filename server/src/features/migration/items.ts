// `elasticDocs/migrationItems`: every page's checklist items from the workspace index (no file is read for them),
// and the anchors still to place — legacy `$$$anchors$$$` alone on their lines — with how many links point to each.
import type { PageSummary } from '../../index/summary';
import type { WorkspaceIndex } from '../../index/workspaceIndex';
import { PerObject } from '../../model/perObject';
import type { Page } from '../../model/types';
import type { MigrationAnchorInfo, MigrationItemsParams, MigrationItemsResult, MigrationPageInfo } from '../../protocol';
import { dirnameUri, resolvePath } from '../../workspace';
import { noteText, pageMigration } from './model';

export interface ItemsHost {
  index: WorkspaceIndex;
  pageOf(uri: string): Promise<Page | undefined>;
  /** The docset root of a page (where `/` links resolve). */
  rootOf(uri: string): Promise<string | undefined>;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Standalone anchors per summary: a summary is replaced whenever its page changes, so this never goes stale. */
const placed = new PerObject<PageSummary, { name: string; id: string; range: MigrationAnchorInfo['range'] }[]>('placedAnchors');

async function standaloneAnchors(host: ItemsHost, s: PageSummary): Promise<{ name: string; id: string; range: MigrationAnchorInfo['range'] }[]> {
  // Only pages with a `$$$anchor$$$` outside comments are read again.
  if (!s.anchors.some((a) => a.kind === 'anchor' && !a.inComment)) return [];
  let list = placed.get(s);
  if (!list) {
    const page = await host.pageOf(s.uri);
    list = page ? pageMigration(page).anchors.map((a) => ({ name: a.name, id: a.id, range: page.lines.range(a.start, a.end) })) : [];
    placed.set(s, list);
  }
  return list;
}

/** Where a link goes (page URI), or undefined for external and cross-repository links. */
export async function linkTarget(host: ItemsHost, from: string, path: string): Promise<string | undefined> {
  if (path === '') return from;
  if (SCHEME.test(path)) return undefined;
  if (path.startsWith('/')) {
    const root = await host.rootOf(from);
    return root ? resolvePath(root, path.replace(/^\/+/, '')) : undefined;
  }
  return resolvePath(dirnameUri(from), path);
}

/** Links per `target#id` (id lower-cased), counting only ids in `wanted`. */
async function incomingLinks(host: ItemsHost, wanted: Set<string>): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const [uri, s] of host.index.pages) {
    for (const l of s.links) {
      if (l.image || l.fragment === undefined || !wanted.has(l.fragment.toLowerCase())) continue;
      const target = await linkTarget(host, uri, l.path);
      if (!target) continue;
      const key = `${target}#${l.fragment.toLowerCase()}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

export async function migrationItems(host: ItemsHost, params: MigrationItemsParams = {}): Promise<MigrationItemsResult> {
  await host.index.whenReady();
  const only = params.uris ? new Set(params.uris) : undefined;
  const pages: MigrationPageInfo[] = [];
  for (const [uri, s] of host.index.pages) {
    if (only && !only.has(uri)) continue;
    const anchors = params.anchors ? (await standaloneAnchors(host, s)).map((a) => ({ ...a, links: 0 })) : [];
    if (s.checklist.length === 0 && anchors.length === 0) continue;
    const items = s.checklist.map((i) => ({ line: i.range.start.line, range: i.range, path: i.path, notes: noteText(i.notes), checked: i.checked }));
    const open = items.filter((i) => !i.checked).length;
    pages.push({ uri, title: s.title, open, total: items.length, items, anchors });
  }
  const wanted = new Set(pages.flatMap((p) => p.anchors.map((a) => a.id.toLowerCase())));
  if (wanted.size) {
    const counts = await incomingLinks(host, wanted);
    for (const p of pages) for (const a of p.anchors) a.links = counts.get(`${p.uri}#${a.id.toLowerCase()}`) ?? 0;
  }
  pages.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  return { pages, open: pages.reduce((n, p) => n + p.open, 0), total: pages.reduce((n, p) => n + p.total, 0) };
}
