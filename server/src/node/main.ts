// The Node entry of the language server (dist/server.js): a stdio or IPC connection, the local disk as the
// workspace. `node dist/server.js --stdio` or `--node-ipc`.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { NodeWorkspace } from './nodeWorkspace';

const connection = createConnection(ProposedFeatures.all);
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
startServer(connection, { workspace: new NodeWorkspace([]) });
