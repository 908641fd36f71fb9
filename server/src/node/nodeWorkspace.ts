// The Node host's Workspace: read-only access to the local disk by file URI. Never writes.
import { isAscii } from 'node:buffer';
import { promises as fs, readdirSync, readFileSync, statSync } from 'node:fs';
import { URI } from 'vscode-uri';
import type { FileStat, FileType, Workspace } from '../workspace';

export interface NodeWorkspaceOptions {
  /** Blocking reads: much faster for a one-shot batch job (the CLI); the server keeps the async ones. */
  sync?: boolean;
  /** Keep every text read, so a second pass (index, then check) reads each file once. */
  keepTexts?: boolean;
}

export class NodeWorkspace implements Workspace {
  private texts = new Map<string, string>();

  constructor(private rootUris: string[], private readonly options: NodeWorkspaceOptions = {}) {}

  setRoots(roots: string[]): void {
    this.rootUris = roots;
  }

  roots(): string[] {
    return this.rootUris;
  }

  private path(uri: string): string | undefined {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : undefined;
  }

  async readFile(uri: string): Promise<string | undefined> {
    const kept = this.texts.get(uri);
    if (kept !== undefined) return kept;
    const p = this.path(uri);
    if (!p) return undefined;
    try {
      const text = decode(this.options.sync ? readFileSync(p) : await fs.readFile(p));
      if (this.options.keepTexts) this.texts.set(uri, text);
      return text;
    } catch {
      return undefined;
    }
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const p = this.path(uri);
    if (!p) return undefined;
    try {
      const s = this.options.sync ? statSync(p) : await fs.stat(p);
      return { type: s.isDirectory() ? 'directory' : 'file', size: s.size, mtime: s.mtimeMs };
    } catch {
      return undefined;
    }
  }

  async readBytes(uri: string, length: number): Promise<Uint8Array | undefined> {
    const p = this.path(uri);
    if (!p || length <= 0) return undefined;
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(p, 'r');
      const buf = new Uint8Array(length);
      const { bytesRead } = await handle.read(buf, 0, length, 0);
      return buf.subarray(0, bytesRead);
    } catch {
      return undefined;
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  async entryNames(uri: string): Promise<string[] | undefined> {
    const p = this.path(uri);
    if (!p) return undefined;
    try {
      return this.options.sync ? readdirSync(p) : await fs.readdir(p);
    } catch (e) {
      return (e as { code?: string }).code === 'ENOENT' ? [] : undefined;
    }
  }

  async readDirectory(uri: string): Promise<[string, FileType][]> {
    const p = this.path(uri);
    if (!p) return [];
    const entries = this.options.sync ? readdirSync(p, { withFileTypes: true }) : await fs.readdir(p, { withFileTypes: true });
    // Symbolic links are not followed: no loops, nothing outside the tree.
    return entries.filter((e) => e.isFile() || e.isDirectory()).map((e) => [e.name, e.isDirectory() ? 'directory' : 'file']);
  }
}

/** UTF-8 text of a file's bytes; pure ASCII (most docs) takes the cheaper Latin-1 decoding, which is the same there. */
export function decode(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

export function fileUri(path: string): string {
  return URI.file(path).toString();
}
