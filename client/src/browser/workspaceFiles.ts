// Answers the web worker server's file requests (server/src/protocol.ts, elasticDocs/fs/*) with
// `vscode.workspace.fs`, which reads any file system the editor has: github.dev's `vscode-vfs:`, vscode.dev's
// local folders, `file:`. Read-only. A missing or unreadable file answers null.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FS_READ_DIRECTORY, FS_READ_FILE, FS_STAT, type FsFileType, type FsParams, type ServerRequests } from '../../../server/src/protocol';

type Result<M extends keyof ServerRequests> = Promise<ServerRequests[M]['result']>;

/** The file type the server knows, or undefined for symbolic links (not followed, as on the desktop) and others. */
function kind(type: vscode.FileType): FsFileType | undefined {
  if (type & vscode.FileType.SymbolicLink) return undefined;
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return undefined;
}

export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable[] {
  const decoder = new TextDecoder('utf-8');
  const uri = (p: FsParams) => client.protocol2CodeConverter.asUri(p.uri);
  const readFile = async (p: FsParams): Result<typeof FS_READ_FILE> => {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(uri(p)));
    } catch {
      return null;
    }
  };
  const stat = async (p: FsParams): Result<typeof FS_STAT> => {
    try {
      const st = await vscode.workspace.fs.stat(uri(p));
      const type = kind(st.type);
      return type ? { type, size: st.size, mtime: st.mtime } : null;
    } catch {
      return null;
    }
  };
  const readDirectory = async (p: FsParams): Result<typeof FS_READ_DIRECTORY> => {
    try {
      const out: [string, FsFileType][] = [];
      for (const [name, type] of await vscode.workspace.fs.readDirectory(uri(p))) {
        const k = kind(type);
        if (k) out.push([name, k]);
      }
      return out;
    } catch {
      return null;
    }
  };
  return [client.onRequest(FS_READ_FILE, readFile), client.onRequest(FS_STAT, stat), client.onRequest(FS_READ_DIRECTORY, readDirectory)];
}
