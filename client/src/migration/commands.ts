// The migration commands: Next / Previous Unchecked Migration Item, Show All Migration Items, Toggle Migration
// Item. The server decides (targets, edits); these only move the cursor, show a pick list or apply the edits.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { MIGRATION_COMMANDS, MIGRATION_ITEMS, MIGRATION_TARGET, MIGRATION_TOGGLE, type MigrationNavigateArgs } from '../../../server/src/protocol';
import { send } from './requests';

export interface MigrationState {
  /** The view's filter: also list done items (the quick pick follows it). */
  showDone: boolean;
}

/** Opens `uri` with the cursor at `range`'s start, revealing the range. */
export async function reveal(uri: vscode.Uri, range: vscode.Range): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { preview: false, selection: new vscode.Range(range.start, range.start) });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

async function go(client: LanguageClient, direction: 'next' | 'previous', args?: MigrationNavigateArgs): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const c2p = client.code2ProtocolConverter;
  const uri = args?.uri ?? (editor ? c2p.asUri(editor.document.uri) : undefined);
  const position = args?.position ?? (editor ? c2p.asPosition(editor.selection.active) : undefined);
  const target = await send(client, MIGRATION_TARGET, { uri, position, direction });
  if (!target) {
    if (target === null) void vscode.window.showInformationMessage('No unchecked migration items in this workspace.');
    return;
  }
  await reveal(client.protocol2CodeConverter.asUri(target.uri), client.protocol2CodeConverter.asRange(target.range));
}

/** Toggles the items on the selected lines of the active editor, or on `line` of `uri` (from the view). */
async function toggle(client: LanguageClient, at?: { uri: string; line: number }): Promise<void> {
  const editor = at ? await reveal(client.protocol2CodeConverter.asUri(at.uri), new vscode.Range(at.line, 0, at.line, 0)) : vscode.window.activeTextEditor;
  if (!editor) return;
  const doc = editor.document;
  const positions = editor.selections.flatMap((s) => {
    const out: vscode.Position[] = [];
    for (let l = s.start.line; l <= s.end.line; l++) out.push(doc.lineAt(l).range.end);
    return out;
  });
  const result = await send(client, MIGRATION_TOGGLE, { uri: client.code2ProtocolConverter.asUri(doc.uri), positions: positions.map((p) => client.code2ProtocolConverter.asPosition(p)) });
  if (!result) {
    if (result === null) void vscode.window.setStatusBarMessage('No migration item at the cursor.', 3000);
    return;
  }
  if (doc.version !== result.version) return; // typed over while we asked: the edits are stale
  const edits = await client.protocol2CodeConverter.asTextEdits(result.edits);
  await editor.edit((b) => {
    for (const e of edits) b.replace(e.range, e.newText);
  });
}

interface ItemPick extends vscode.QuickPickItem {
  uri: string;
  line: number;
}

async function showAll(client: LanguageClient, state: MigrationState): Promise<void> {
  const result = await send(client, MIGRATION_ITEMS, {});
  if (!result) return;
  const picks: ItemPick[] = result.pages.flatMap((p) =>
    p.items
      .filter((i) => state.showDone || !i.checked)
      .map((i) => ({
        label: `${i.checked ? '$(pass-filled)' : '$(circle-large-outline)'} ${i.path || '(no path)'}`,
        description: `${vscode.workspace.asRelativePath(client.protocol2CodeConverter.asUri(p.uri), false)}:${i.line + 1}`,
        detail: i.notes || undefined,
        uri: p.uri,
        line: i.line,
      })),
  );
  if (picks.length === 0) {
    void vscode.window.showInformationMessage('No unchecked migration items in this workspace.');
    return;
  }
  const pick = await vscode.window.showQuickPick(picks, {
    title: `Migration items: ${result.open} of ${result.total} open`,
    placeHolder: 'Filter by page, path or notes',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (pick) await reveal(client.protocol2CodeConverter.asUri(pick.uri), new vscode.Range(pick.line, 0, pick.line, 0));
}

/** A code lens passes `{ uri, position }`; menus may pass other things, which are ignored. */
function navigateArgs(a: unknown): MigrationNavigateArgs | undefined {
  const x = a as Partial<MigrationNavigateArgs> | undefined;
  return x && typeof x.uri === 'string' && x.position && typeof x.position.line === 'number' ? (x as MigrationNavigateArgs) : undefined;
}

export function registerMigrationCommands(client: LanguageClient, state: MigrationState): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(MIGRATION_COMMANDS.next, (args?: unknown) => go(client, 'next', navigateArgs(args))),
    vscode.commands.registerCommand(MIGRATION_COMMANDS.previous, (args?: unknown) => go(client, 'previous', navigateArgs(args))),
    vscode.commands.registerCommand(MIGRATION_COMMANDS.showAll, () => showAll(client, state)),
    vscode.commands.registerCommand(MIGRATION_COMMANDS.toggle, (at?: { uri: string; line: number }) => toggle(client, at && typeof at.uri === 'string' ? at : undefined)),
  ];
}
