// The Migration view in the Explorer: pages with open items (count in the label), their items (state icon, notes
// as description; click opens the page at the item), and "Anchors to place" with how many links point to each.
// Data comes from `elasticDocs/migrationItems`; refreshed (debounced) as documents and files change.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { MIGRATION_ITEMS, type MigrationAnchorInfo, type MigrationItemInfo, type MigrationItemsResult, type MigrationPageInfo } from '../../../server/src/protocol';
import type { MigrationState } from './commands';
import { send } from './requests';

export const VIEW_ID = 'elasticDocs.migration';

type Node =
  | { kind: 'page'; page: MigrationPageInfo }
  | { kind: 'item'; uri: string; line: number; item: MigrationItemInfo }
  | { kind: 'anchors'; anchors: { uri: string; anchor: MigrationAnchorInfo }[] }
  | { kind: 'anchor'; uri: string; anchor: MigrationAnchorInfo };

/** What the view shows, as plain data (for the view snapshot command used by tests and other extensions). */
export interface ViewNode {
  label: string;
  description?: string;
  children?: ViewNode[];
}

export class MigrationView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private data: MigrationItemsResult | undefined;
  private loading: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: LanguageClient, private readonly state: MigrationState) {}

  /** Asks the server again, now. */
  refresh(): Promise<void> {
    this.loading = (async () => {
      const r = await send(this.client, MIGRATION_ITEMS, { anchors: true });
      if (r) this.data = r;
      this.changed.fire(undefined);
    })();
    return this.loading;
  }

  /** Refreshes after `ms` of quiet (one timer for the view). */
  schedule(ms = 500): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, ms);
  }

  private uri(s: string): vscode.Uri {
    return this.client.protocol2CodeConverter.asUri(s);
  }

  private rel(s: string): string {
    return vscode.workspace.asRelativePath(this.uri(s), false);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      if (!this.data) await (this.loading ?? this.refresh());
      const pages = this.data?.pages ?? [];
      const shown: Node[] = pages.filter((p) => p.total > 0 && (this.state.showDone || p.open > 0)).map((page) => ({ kind: 'page', page }));
      const anchors = pages.flatMap((p) => p.anchors.map((anchor) => ({ uri: p.uri, anchor })));
      if (anchors.length) shown.push({ kind: 'anchors', anchors });
      return shown;
    }
    if (node.kind === 'page') return node.page.items.filter((i) => this.state.showDone || !i.checked).map((item) => ({ kind: 'item', uri: node.page.uri, line: item.line, item }));
    if (node.kind === 'anchors') return node.anchors.map((a) => ({ kind: 'anchor', ...a }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'page': {
        const { page } = node;
        const count = this.state.showDone ? `${page.open} of ${page.total} open` : `${page.open}`;
        const t = new vscode.TreeItem(`${this.rel(page.uri)} (${count})`, vscode.TreeItemCollapsibleState.Expanded);
        t.id = `page:${page.uri}`;
        t.resourceUri = this.uri(page.uri);
        t.description = page.title;
        t.iconPath = vscode.ThemeIcon.File;
        t.contextValue = 'migrationPage';
        return t;
      }
      case 'item': {
        const { item } = node;
        // The file name as the label (raw paths are long and alike); notes, then the folder, as the description.
        const slash = item.path.lastIndexOf('/');
        const t = new vscode.TreeItem(item.path.slice(slash + 1) || item.path || '(no path)', vscode.TreeItemCollapsibleState.None);
        t.id = `item:${node.uri}:${item.line}`;
        t.description = [item.notes, slash > 0 ? item.path.slice(0, slash) : ''].filter(Boolean).join(' · ') || undefined;
        t.iconPath = new vscode.ThemeIcon(item.checked ? 'pass-filled' : 'circle-large-outline');
        t.tooltip = new vscode.MarkdownString(`${item.checked ? 'Done' : 'Open'}: \`${item.path}\`${item.notes ? `\n\nNotes: ${item.notes}` : ''}\n\n${this.rel(node.uri)}, line ${item.line + 1}`);
        t.contextValue = item.checked ? 'migrationItem.done' : 'migrationItem.open';
        t.command = { title: 'Open', command: 'vscode.open', arguments: [this.uri(node.uri), { selection: new vscode.Range(item.line, 0, item.line, 0), preview: false }] };
        return t;
      }
      case 'anchors': {
        const t = new vscode.TreeItem('Anchors to place', vscode.TreeItemCollapsibleState.Collapsed);
        t.id = 'anchors';
        t.description = `${node.anchors.length}`;
        t.iconPath = new vscode.ThemeIcon('symbol-key');
        t.tooltip = 'Legacy $$$anchors$$$ alone on their lines: give their ids to headings or directives, then remove them.';
        return t;
      }
      case 'anchor': {
        const { anchor } = node;
        const t = new vscode.TreeItem(anchor.name, vscode.TreeItemCollapsibleState.None);
        t.id = `anchor:${node.uri}:${anchor.range.start.line}`;
        t.description = `${this.rel(node.uri)} · ${anchor.links} ${anchor.links === 1 ? 'link' : 'links'}`;
        t.iconPath = new vscode.ThemeIcon('link');
        t.command = { title: 'Open', command: 'vscode.open', arguments: [this.uri(node.uri), { selection: this.client.protocol2CodeConverter.asRange(anchor.range), preview: false }] };
        return t;
      }
    }
  }

  /** The whole tree as plain labels and descriptions, after a fresh request. */
  async snapshot(): Promise<ViewNode[]> {
    await this.refresh();
    const walk = async (nodes: Node[]): Promise<ViewNode[]> =>
      Promise.all(nodes.map(async (n) => {
        const t = this.getTreeItem(n);
        const label = typeof t.label === 'string' ? t.label : t.label?.label ?? '';
        const kids = n.kind === 'page' || n.kind === 'anchors' ? await walk(await this.getChildren(n)) : undefined;
        return { label, description: typeof t.description === 'string' ? t.description : undefined, ...(kids ? { children: kids } : {}) };
      }));
    return walk(await this.getChildren());
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
  }
}
