// What the server tells the client it can do (the `initialize` answer's capabilities).
import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver';

export function serverCapabilities(canWatchFolders: boolean): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    completionProvider: { triggerCharacters: ['{', '|', '(', '#', '/', ':', '`', ' ', '.'], resolveProvider: false },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentHighlightProvider: true,
    documentSymbolProvider: true,
    workspaceSymbolProvider: true,
    documentLinkProvider: { resolveProvider: false },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    codeActionProvider: { codeActionKinds: ['quickfix', 'refactor.rewrite', 'source'] },
    codeLensProvider: { resolveProvider: false },
    workspace: { workspaceFolders: { supported: true, changeNotifications: canWatchFolders } },
  };
}
