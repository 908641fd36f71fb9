// The Node host's Workspace: read-only access to the local disk by file URI. Never writes.
import { isAscii } from 'node:buffer';
import { promises as fs, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
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
  /**
   * A one-shot batch run (sync) sees files that do not change while it runs: each path is stat'ed once (a page
   * linked from a hundred pages, the docset file looked for in every folder), and a name missing from a folder
   * already listed is missing without asking (on Linux, whose names are case-sensitive like the CI's).
   */
  private stats = new Map<string, FileStat | undefined>();
  private listed = new Map<string, Set<string>>();

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
    if (!this.options.sync) {
      try {
        return toStat(await fs.stat(p));
      } catch {
        return undefined;
      }
    }
    if (this.stats.has(p)) return this.stats.get(p);
    const slash = p.lastIndexOf(sep);
    const names = CASE_SENSITIVE && slash > 0 ? this.listed.get(p.slice(0, slash)) : undefined;
    const st = names && !names.has(p.slice(slash + 1)) ? undefined : statOrUndefined(p);
    this.stats.set(p, st);
    return st;
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
    if (this.options.sync) this.listed.set(p, new Set(entries.map((e) => e.name)));
    // Symbolic links are not followed: no loops, nothing outside the tree.
    return entries.filter((e) => e.isFile() || e.isDirectory()).map((e) => [e.name, e.isDirectory() ? 'directory' : 'file']);
  }
}

const CASE_SENSITIVE = process.platform === 'linux';

function toStat(s: Stats): FileStat {
  return { type: s.isDirectory() ? 'directory' : 'file', size: s.size, mtime: s.mtimeMs };
}

function statOrUndefined(p: string): FileStat | undefined {
  try {
    const s = statSync(p, { throwIfNoEntry: false });
    return s && toStat(s);
  } catch {
    return undefined;
  }
}

/** UTF-8 text of a file's bytes; pure ASCII (most docs) takes the cheaper Latin-1 decoding, which is the same there. */
export function decode(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

export function fileUri(path: string): string {
  return URI.file(path).toString();
}
