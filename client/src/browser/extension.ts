// Entry point of the extension on the web (package.json `browser`: vscode.dev, github.dev): runs in the web
// worker extension host, starts the language server in a Worker (dist/browser/server.js) and answers its file
// requests from the editor's file systems. Commands and views are the desktop's (common.ts).
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type MessageTransports } from 'vscode-languageclient/browser';
import { clientOptions, DISPLAY_NAME, documentSelector, previewPlugin, registerFeatures, SECTION } from '../common';
import { serveWorkspaceFiles } from './workspaceFiles';

let client: LanguageClient | undefined;
let worker: Worker | undefined;

/** The schemes of the workspace's folders (github.dev: `vscode-vfs`), plus local files and untitled pages. */
function schemes(): string[] {
  return [...new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)])];
}

export function activate(context: vscode.ExtensionContext): { extendMarkdownIt(md: unknown): unknown } {
  const output = vscode.window.createOutputChannel(DISPLAY_NAME, { log: true });
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  // A new worker for every (re)start; a worker has no process to end, so the previous one is terminated here.
  // Transports, not the Worker: the web extension host wraps `Worker`, and the client's `instanceof Worker` check
  // on a returned worker fails there ("couldn't create connection to server").
  const start = async (): Promise<MessageTransports> => {
    worker?.terminate();
    worker = new Worker(main.toString(true));
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  client = new LanguageClient(SECTION, DISPLAY_NAME, start, clientOptions(context, output, documentSelector(schemes())));
  context.subscriptions.push(output, ...serveWorkspaceFiles(client));
  registerFeatures(context, client, output);
  const started = client.start().catch((e: unknown) => {
    output.error(`The language server failed to start: ${e instanceof Error ? e.message : String(e)}`);
  });
  return previewPlugin(context, client, started);
}

export async function deactivate(): Promise<void> {
  await client?.stop().catch(() => undefined);
  worker?.terminate();
  client = undefined;
  worker = undefined;
}
