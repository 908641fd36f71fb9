// The Node host's Workspace: read-only access to the local disk by file URI. Never writes.
import { promises as fs } from 'node:fs';
import { URI } from 'vscode-uri';
import type { FileStat, FileType, Workspace } from '../workspace';

export class NodeWorkspace implements Workspace {
  constructor(private rootUris: string[]) {}

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
    const p = this.path(uri);
    if (!p) return undefined;
    try {
      return await fs.readFile(p, 'utf8');
    } catch {
      return undefined;
    }
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const p = this.path(uri);
    if (!p) return undefined;
    try {
      const s = await fs.stat(p);
      return { type: s.isDirectory() ? 'directory' : 'file', size: s.size, mtime: s.mtimeMs };
    } catch {
      return undefined;
    }
  }

  async readDirectory(uri: string): Promise<[string, FileType][]> {
    const p = this.path(uri);
    if (!p) return [];
    const entries = await fs.readdir(p, { withFileTypes: true });
    // Symbolic links are not followed: no loops, nothing outside the tree.
    return entries.filter((e) => e.isFile() || e.isDirectory()).map((e) => [e.name, e.isDirectory() ? 'directory' : 'file']);
  }
}

export function fileUri(path: string): string {
  return URI.file(path).toString();
}
