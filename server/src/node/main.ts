// The Node entry of the language server (dist/server.js): a stdio or IPC connection, the local disk as the
// workspace, worker threads for the cold index. `node dist/server.js --stdio` or `--node-ipc`. Started as a
// worker thread (by the index's page scanner), the same bundle answers page scans instead.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { INDEX_SCAN_ROLE, serveIndexScan, WorkerPageScanner, type IndexScanContext } from './indexScan';
import { limitHeapGrowth } from './heapGrowth';
import { NODE_DOCUMENTS } from './largeText';
import { NodeWorkspace } from './nodeWorkspace';
import { workerRole } from './workerPool';

const role = workerRole<IndexScanContext>();
if (role?.role === INDEX_SCAN_ROLE) {
  serveIndexScan(role.context);
} else {
  limitHeapGrowth();
  const connection = createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e.stack ?? e.message}`));
  process.on('unhandledRejection', (e) => connection.console.error(`unhandled rejection: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
  startServer(connection, {
    workspace: new NodeWorkspace([]),
    scanner: new WorkerPageScanner(__filename),
    memory: () => process.memoryUsage(),
    documents: NODE_DOCUMENTS,
  });
}
