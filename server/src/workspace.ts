// The host as the language service sees it: read-only file access by URI. The node server and the CLI
// give a file-system adapter, tests an in-memory one, a web worker the client's workspace.fs.
import { URI, Utils } from 'vscode-uri';

export type FileType = 'file' | 'directory';

export interface FileStat {
  type: FileType;
  size: number;
  mtime: number;
}

export interface Workspace {
  /** Folders whose Markdown files make up the workspace. */
  roots(): string[];
  readFile(uri: string): Promise<string | undefined>;
  stat(uri: string): Promise<FileStat | undefined>;
  readDirectory(uri: string): Promise<[string, FileType][]>;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export function joinUri(base: string, ...parts: string[]): string {
  return Utils.joinPath(URI.parse(base), ...parts.map(wellFormed)).toString();
}

export function dirnameUri(uri: string): string {
  return Utils.dirname(URI.parse(uri)).toString();
}

export function basenameUri(uri: string): string {
  return Utils.basename(URI.parse(uri));
}

/** Path of `uri` relative to the folder `base` (both URIs), with `/` separators; undefined when outside. */
export function relativeUri(base: string, uri: string): string | undefined {
  const b = URI.parse(base).path.replace(/\/$/, '');
  const p = URI.parse(uri).path;
  if (p === b) return '';
  if (!p.startsWith(b + '/')) return undefined;
  return p.slice(b.length + 1);
}

/** Resolves a `/`-separated relative path (with `.` and `..`) against a folder URI. */
export function resolvePath(folder: string, path: string): string {
  // Lone surrogates cannot be percent-encoded: make the path well-formed first (U+FFFD).
  return Utils.resolvePath(URI.parse(folder), wellFormed(path)).toString();
}

export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** An in-memory workspace (tests, and the web host before it learns the real files). */
export class MemoryWorkspace implements Workspace {
  readonly files = new Map<string, string>();

  constructor(files: Record<string, string> = {}, private readonly rootUris: string[] = ['file:///ws']) {
    for (const [k, v] of Object.entries(files)) this.files.set(k.startsWith('file:') ? k : joinUri(rootUris[0], k), v);
  }

  roots(): string[] {
    return this.rootUris;
  }

  async readFile(uri: string): Promise<string | undefined> {
    return this.files.get(uri);
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const f = this.files.get(uri);
    if (f !== undefined) return { type: 'file', size: f.length, mtime: 0 };
    const prefix = uri.replace(/\/$/, '') + '/';
    for (const k of this.files.keys()) if (k.startsWith(prefix)) return { type: 'directory', size: 0, mtime: 0 };
    return undefined;
  }

  async readDirectory(uri: string): Promise<[string, FileType][]> {
    const prefix = uri.replace(/\/$/, '') + '/';
    const seen = new Map<string, FileType>();
    for (const k of this.files.keys()) {
      if (!k.startsWith(prefix)) continue;
      const rest = k.slice(prefix.length);
      const slash = rest.indexOf('/');
      seen.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'directory');
    }
    return [...seen];
  }
}
