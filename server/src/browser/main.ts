// The web worker entry of the language server (dist/browser/server.js), for vscode.dev and github.dev: an LSP
// connection over the worker's postMessage, and the client's workspace.fs as the workspace. No Node here.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { ClientWorkspace } from './clientWorkspace';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
self.addEventListener('error', (e) => connection.console.error(`uncaught: ${e.message}`));
self.addEventListener('unhandledrejection', (e) => connection.console.error(`unhandled rejection: ${e.reason instanceof Error ? e.reason.stack ?? e.reason.message : String(e.reason)}`));
// The client ends a session with shutdown + exit; a worker has no process to end, so it closes itself.
connection.onExit(() => self.close());
startServer(connection, { workspace: new ClientWorkspace(connection) });
