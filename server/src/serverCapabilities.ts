// What the server tells the client it can do (the `initialize` answer's capabilities).
import { TextDocumentSyncKind, type FileOperationRegistrationOptions, type ServerCapabilities } from 'vscode-languageserver';

/** What a move or rename in the editor tells the server first (workspace/willRenameFiles): pages, images, folders. */
export const RENAME_FILTERS: FileOperationRegistrationOptions['filters'] = [
  { pattern: { glob: '**/*.md', matches: 'file', options: { ignoreCase: true } } },
  { pattern: { glob: '**/*.{png,jpg,jpeg,gif,svg,webp,avif,bmp,ico,tif,tiff}', matches: 'file', options: { ignoreCase: true } } },
  { pattern: { glob: '**/*', matches: 'folder' } },
];

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
    workspace: { workspaceFolders: { supported: true, changeNotifications: canWatchFolders }, fileOperations: { willRename: { filters: RENAME_FILTERS } } },
  };
}
