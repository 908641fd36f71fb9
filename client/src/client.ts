// Creates the desktop language client: the server runs in Node over IPC and reads the local disk. What the web
// entry shares (options, crash recovery) is in common.ts.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/node/launchFlags';
import { clientOptions, DISPLAY_NAME, documentSelector, SECTION } from './common';

export { DISPLAY_NAME, RestartingErrorHandler, SECTION } from './common';

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  return new LanguageClient(SECTION, DISPLAY_NAME, serverOptions, clientOptions(context, output, documentSelector(['file', 'untitled'])));
}
