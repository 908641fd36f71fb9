// Moving pages: the Explorer's rename and move (the language client sends workspace/willRenameFiles because the
// server declares it; this middleware asks the server what would change with elasticDocs/moveEdits and, as the
// `elasticDocs.updateLinksOnRename` setting says, asks the user, applies it, or leaves it), and the
// "Elastic Docs: Move Page…" command, which applies the rename and the edits as one WorkspaceEdit. The server
// computes every edit; this only asks and applies.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient, Middleware } from 'vscode-languageclient';
import { MOVE_EDITS, MOVE_PAGE_COMMAND, type MoveEditsResult } from '../../server/src/protocol';
import { send } from './migration/requests';

const SECTION = 'elasticDocs';
type Mode = 'prompt' | 'always' | 'never';

function modeFor(uri: vscode.Uri): Mode {
  const v = vscode.workspace.getConfiguration(SECTION, uri).get<string>('updateLinksOnRename');
  return v === 'always' || v === 'never' ? v : 'prompt';
}

function name(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const UPDATE = 'Update Links';
const UPDATE_AND_REDIRECT = 'Update Links and Add Redirect';
const REDIRECT_ONLY = 'Add Redirect';
const SKIP = 'Skip';

/** The prompt, modelled on VS Code Markdown's "Update links?": which edit to apply, or none. */
async function ask(r: MoveEditsResult, files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<'links' | 'redirects' | 'skip'> {
  const what = files.length === 1 ? `'${name(files[0].oldUri)}'` : plural(files.length, 'file');
  const redirects = r.redirects.length
    ? `A redirect from ${r.redirects.length === 1 ? `'${r.redirects[0].from}' to '${r.redirects[0].to}'` : plural(r.redirects.length, 'old path')} can be added to ${name(vscode.Uri.parse(r.redirects[0].uri))}, so old URLs and links from other documentation sets keep working.`
    : '';
  const items = r.links ? [UPDATE, ...(r.withRedirects ? [UPDATE_AND_REDIRECT] : []), SKIP] : [REDIRECT_ONLY, SKIP];
  const message = r.links ? `Update ${plural(r.linkCount, 'link')} and paths in ${plural(r.pageCount, 'file')} for ${what}?` : `Add a redirect for ${what}?`;
  const choice = await vscode.window.showInformationMessage(message, { modal: true, detail: redirects || undefined }, ...items);
  if (choice === UPDATE) return 'links';
  if (choice === UPDATE_AND_REDIRECT || choice === REDIRECT_ONLY) return 'redirects';
  return 'skip';
}

/** The Explorer side (middleware) and the command, sharing the renames the command applies itself. */
export class MovePages {
  private client: LanguageClient | undefined;
  /** Old URIs the command is moving with its own edit: the participant adds nothing for them. */
  private readonly own = new Set<string>();

  readonly middleware: Middleware['workspace'] = {
    willRenameFiles: async (event, next) => {
      const client = this.client;
      if (!client) return next(event);
      const files = event.files.filter((f) => !this.own.has(f.oldUri.toString()));
      if (files.length === 0) return undefined;
      const mode = modeFor(files[0].oldUri);
      if (mode === 'never') return undefined;
      const c2p = client.code2ProtocolConverter;
      const r = await send(client, MOVE_EDITS, { files: files.map((f) => ({ oldUri: c2p.asUri(f.oldUri), newUri: c2p.asUri(f.newUri) })) });
      if (!r || (!r.links && !r.withRedirects)) return undefined;
      let chosen = mode === 'always' ? (r.withRedirects ?? r.links) : null;
      if (mode === 'prompt') {
        const answer = await ask(r, files);
        chosen = answer === 'links' ? r.links : answer === 'redirects' ? (r.withRedirects ?? r.links) : null;
      }
      return chosen ? client.protocol2CodeConverter.asWorkspaceEdit(chosen) : undefined;
    },
  };

  attach(client: LanguageClient): vscode.Disposable {
    this.client = client;
    return vscode.commands.registerCommand(MOVE_PAGE_COMMAND, (uri?: vscode.Uri) => this.movePage(client, uri));
  }

  /** "Move Page…": asks for the new path, then applies the rename and every edit it needs at once. */
  private async movePage(client: LanguageClient, arg?: vscode.Uri): Promise<void> {
    const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    if (!uri || !folder) {
      void vscode.window.showInformationMessage('Move Page works on a page of a workspace folder: open one first.');
      return;
    }
    const rel = vscode.workspace.asRelativePath(uri, false);
    const base = rel.lastIndexOf('/') + 1;
    const input = await vscode.window.showInputBox({
      title: 'Move Page', prompt: `New path of ${name(uri)}, relative to the workspace folder`, value: rel,
      valueSelection: [base, rel.toLowerCase().endsWith('.md') ? rel.length - 3 : rel.length],
      validateInput: (v) => (v.trim() === '' || v.trim().startsWith('/') ? 'Enter a path relative to the workspace folder.' : undefined),
    });
    if (input === undefined || input.trim() === rel) return;
    const target = vscode.Uri.joinPath(folder.uri, input.trim());
    if (await vscode.workspace.fs.stat(target).then(() => true, () => false)) {
      void vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(target, false)} already exists: the page was not moved.`);
      return;
    }
    const c2p = client.code2ProtocolConverter;
    const r = await send(client, MOVE_EDITS, { files: [{ oldUri: c2p.asUri(uri), newUri: c2p.asUri(target) }] });
    let chosen = r?.links ?? null;
    const mode = modeFor(uri);
    if (r?.withRedirects && mode === 'always') chosen = r.withRedirects;
    if (r?.withRedirects && mode === 'prompt') {
      const red = r.redirects[0];
      const choice = await vscode.window.showInformationMessage(`Add a redirect from '${red.from}' to '${red.to}'?`, { modal: true, detail: `In ${name(vscode.Uri.parse(red.uri))}, so the old URL and links from other documentation sets keep working.` }, REDIRECT_ONLY, 'No Redirect');
      if (choice === undefined) return;
      if (choice === REDIRECT_ONLY) chosen = r.withRedirects;
    }
    const edit = chosen ? await client.protocol2CodeConverter.asWorkspaceEdit(chosen) : new vscode.WorkspaceEdit();
    edit.renameFile(uri, target, { overwrite: false });
    this.own.add(uri.toString());
    try {
      if (!(await vscode.workspace.applyEdit(edit))) void vscode.window.showWarningMessage(`${name(uri)} could not be moved.`);
    } finally {
      this.own.delete(uri.toString());
    }
  }
}

/** One per extension host: the client options take its middleware before the client exists. */
export const movePages = new MovePages();
