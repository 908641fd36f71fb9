// Answers the web worker server's file requests (server/src/protocol.ts, elasticDocs/fs/*) with
// `vscode.workspace.fs` (readBytes: the start of a file, base64, for image sizes), which reads any file system the editor has: github.dev's `vscode-vfs:`, vscode.dev's
// local folders, `file:`. Read-only. A missing or unreadable file answers null.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FS_READ_BYTES, FS_READ_DIRECTORY, FS_READ_FILE, FS_STAT, type FsFileType, type FsParams, type FsReadBytesParams, type ServerRequests } from '../../../server/src/protocol';

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
  const readBytes = async (p: FsReadBytesParams): Result<typeof FS_READ_BYTES> => {
    try {
      const bytes = (await vscode.workspace.fs.readFile(uri(p))).subarray(0, Math.max(0, p.length));
      let bin = '';
      for (let i = 0; i < bytes.length; i += 8192) bin += String.fromCharCode(...bytes.subarray(i, i + 8192));
      return btoa(bin);
    } catch {
      return null;
    }
  };
  return [
    client.onRequest(FS_READ_FILE, readFile), client.onRequest(FS_STAT, stat), client.onRequest(FS_READ_DIRECTORY, readDirectory),
    client.onRequest(FS_READ_BYTES, readBytes),
  ];
}
