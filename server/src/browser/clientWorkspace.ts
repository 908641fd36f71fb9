// The web worker's Workspace: no disk, so every read is a request to the client, which answers with
// `vscode.workspace.fs` (protocol.ts, elasticDocs/fs/*). Works for any URI scheme the editor can read.
import { FS_READ_BYTES, FS_READ_DIRECTORY, FS_READ_FILE, FS_STAT, type FsReadBytesResult, type ServerRequests } from '../protocol';
import type { FileStat, FileType, Workspace } from '../workspace';

/** The part of the LSP connection this needs (narrow, so tests give a fake). */
export interface RequestSender {
  sendRequest<R>(method: string, params: unknown): Promise<R>;
}

export class ClientWorkspace implements Workspace {
  constructor(private readonly connection: RequestSender, private rootUris: string[] = []) {}

  setRoots(roots: string[]): void {
    this.rootUris = roots;
  }

  roots(): string[] {
    return this.rootUris;
  }

  private ask<M extends Exclude<keyof ServerRequests, typeof FS_READ_BYTES>>(method: M, uri: string): Promise<ServerRequests[M]['result']> {
    return this.connection.sendRequest<ServerRequests[M]['result']>(method, { uri } satisfies ServerRequests[M]['params']);
  }

  async readFile(uri: string): Promise<string | undefined> {
    const text = await this.ask(FS_READ_FILE, uri).catch(() => null);
    return typeof text === 'string' ? text : undefined;
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const st = await this.ask(FS_STAT, uri).catch(() => null);
    return st ? { type: st.type, size: st.size, mtime: st.mtime } : undefined;
  }

  async readBytes(uri: string, length: number): Promise<Uint8Array | undefined> {
    const b64 = await this.connection.sendRequest<FsReadBytesResult>(FS_READ_BYTES, { uri, length } satisfies ServerRequests[typeof FS_READ_BYTES]['params']).catch(() => null);
    if (typeof b64 !== 'string') return undefined;
    try {
      const bin = atob(b64);
      const out = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
      return out;
    } catch {
      return undefined;
    }
  }

  /** Like the Node workspace, a folder that cannot be read throws (the index logs and skips it). */
  async readDirectory(uri: string): Promise<[string, FileType][]> {
    const entries = await this.ask(FS_READ_DIRECTORY, uri);
    if (!entries) throw new Error(`cannot read the folder ${uri}`);
    return entries;
  }
}
