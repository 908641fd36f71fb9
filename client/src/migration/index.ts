// The migration features of the client: commands, the Migration view, the status bar item. All data comes from the
// server (custom requests in server/src/protocol.ts); this file only wires events to refreshes.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { registerMigrationCommands, type MigrationState } from './commands';
import { MigrationStatus } from './statusBar';
import { MigrationView, VIEW_ID } from './view';

const SHOW_DONE_KEY = 'elasticDocs.migration.showDone';

export function registerMigration(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable[] {
  const state: MigrationState = { showDone: context.workspaceState.get<boolean>(SHOW_DONE_KEY, false) };
  const view = new MigrationView(client, state);
  const tree = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: view, showCollapseAll: true });
  const status = new MigrationStatus(client);
  const setShowDone = async (on: boolean) => {
    state.showDone = on;
    await context.workspaceState.update(SHOW_DONE_KEY, on);
    await vscode.commands.executeCommand('setContext', SHOW_DONE_KEY, on);
    await view.refresh();
  };
  void vscode.commands.executeCommand('setContext', SHOW_DONE_KEY, state.showDone);

  const changed = (delay: number) => {
    if (tree.visible) view.schedule(delay);
    status.schedule();
  };
  const isMarkdown = (d: vscode.TextDocument) => d.languageId === 'markdown';
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
  // The server hears of file changes through its own watchers; give it a moment before asking again.
  const onFile = () => changed(800);

  void status.update();
  return [
    client.onDidChangeState(() => changed(200)),
    view,
    tree,
    status,
    watcher,
    ...registerMigrationCommands(client, state),
    vscode.commands.registerCommand('elasticDocs.migration.refresh', () => view.refresh()),
    vscode.commands.registerCommand('elasticDocs.migration.showDone', () => setShowDone(true)),
    vscode.commands.registerCommand('elasticDocs.migration.hideDone', () => setShowDone(false)),
    // The view's content as plain data, for tests and other extensions.
    vscode.commands.registerCommand('elasticDocs.migration.viewSnapshot', () => view.snapshot()),
    tree.onDidChangeVisibility((e) => e.visible && view.schedule(0)),
    vscode.window.onDidChangeActiveTextEditor(() => status.schedule(0)),
    vscode.workspace.onDidChangeTextDocument((e) => isMarkdown(e.document) && e.contentChanges.length > 0 && changed(500)),
    vscode.workspace.onDidSaveTextDocument((d) => isMarkdown(d) && changed(300)),
    vscode.languages.onDidChangeDiagnostics(() => changed(500)),
    watcher.onDidCreate(onFile),
    watcher.onDidDelete(onFile),
    watcher.onDidChange(onFile),
  ];
}
