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
  /**
   * The name of every entry of a folder, symbolic links too ([] when the folder does not exist; undefined when
   * it cannot be read). Optional: it lets a check of many links to one folder list it once instead of a `stat`
   * per link (a host without it gets the `stat`s).
   */
  entryNames?(uri: string): Promise<string[] | undefined>;
  /**
   * Up to the first `length` bytes of a file (image headers for their pixel size). Optional: a host that cannot give
   * bytes leaves it out, and what needs it does without.
   */
  readBytes?(uri: string, length: number): Promise<Uint8Array | undefined>;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

// Fast paths for the common case, plain `file:///` URIs whose path has only unreserved characters (vscode-uri
// leaves those unchanged between parse and toString): no parsing, no re-encoding. Anything else takes the
// vscode-uri way. A property test holds both ways equal.
const SIMPLE_URI = /^file:\/\/\/(?!\/)[A-Za-z0-9._~\/-]*$/;
const SIMPLE_PATH = /^[A-Za-z0-9._~\/-]*$/;
const SIMPLE_NAME = /^(?!\.\.?$)[A-Za-z0-9._~-]+$/;
const PREFIX = 'file://';

/** posix.normalize-like resolution of `rel` against the absolute `base` path (both simple). */
function resolveSimple(base: string, rel: string): string {
  const full = rel.startsWith('/') ? rel : `${base}/${rel}`;
  // Most paths have nothing to resolve (no empty, `.` or `..` segment, no trailing `/`): no split and join.
  if (normalized(full) && (full.length <= 1 || !full.endsWith('/'))) return full.startsWith('/') ? full : `/${full}`;
  const out: string[] = [];
  for (const seg of full.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

/** A path with nothing to normalize: no empty, `.` or `..` segments (a trailing `/` aside). */
function normalized(path: string): boolean {
  return !/\/\/|(^|\/)\.\.?(\/|$)/.test(path);
}

export function joinUri(base: string, ...parts: string[]): string {
  if (parts.length === 1 && SIMPLE_URI.test(base) && SIMPLE_NAME.test(parts[0]) && normalized(base.slice(PREFIX.length))) {
    // The common case (a folder and an entry's name): plain concatenation.
    return base.endsWith('/') ? base + parts[0] : `${base}/${parts[0]}`;
  }
  if (SIMPLE_URI.test(base) && parts.every((p) => SIMPLE_PATH.test(p))) {
    const path = base.slice(PREFIX.length);
    const joined = parts.filter((p) => p !== '').join('/');
    // posix.join: segments joined with `/`, then normalized (a trailing `/` is kept).
    const raw = joined === '' ? path : `${path}/${joined}`;
    const norm = resolveSimple('/', raw);
    return PREFIX + (raw.endsWith('/') && norm !== '/' ? `${norm}/` : norm);
  }
  return Utils.joinPath(URI.parse(base), ...parts.map(wellFormed)).toString();
}

/** Node's posix.dirname, which vscode-uri follows (only the last segment and one slash go). */
function posixDirname(path: string): string {
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; --i) {
    if (path.charCodeAt(i) === 47) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else matchedSlash = false;
  }
  return end === -1 ? '/' : path.slice(0, end);
}

/**
 * Whether `child(folder, name)` may be used for this folder: a plain `file:///` URI, nothing to normalize, no
 * trailing `/` (asked once per folder by callers that join many names to it).
 */
export function isSimpleFolder(uri: string): boolean {
  return SIMPLE_URI.test(uri) && normalized(uri.slice(PREFIX.length)) && !uri.endsWith('/');
}

/** Whether `name` is one plain path segment (unreserved characters only, not `.` or `..`). */
export function isSimpleName(name: string): boolean {
  return SIMPLE_NAME.test(name);
}

/**
 * `resolvePath(folder, name)`, `joinUri(folder, name)` and the parent of the result being `folder`, for a folder
 * `isSimpleFolder` holds for and a name `isSimpleName` holds for: plain concatenation.
 */
export function childUri(folder: string, name: string): string {
  return `${folder}/${name}`;
}

export function dirnameUri(uri: string): string {
  if (SIMPLE_URI.test(uri)) {
    const dir = posixDirname(uri.slice(PREFIX.length));
    if (!dir.startsWith('//')) return PREFIX + dir;
  }
  return Utils.dirname(URI.parse(uri)).toString();
}

export function basenameUri(uri: string): string {
  return Utils.basename(URI.parse(uri));
}

/** Path of `uri` relative to the folder `base` (both URIs), with `/` separators; undefined when outside. */
export function relativeUri(base: string, uri: string): string | undefined {
  const simple = SIMPLE_URI.test(base) && SIMPLE_URI.test(uri);
  const b0 = simple ? base.slice(PREFIX.length) : URI.parse(base).path;
  const b = b0.endsWith('/') ? b0.slice(0, -1) : b0;
  const p = simple ? uri.slice(PREFIX.length) : URI.parse(uri).path;
  if (p === b) return '';
  if (!p.startsWith(b + '/')) return undefined;
  return p.slice(b.length + 1);
}

/** Resolves a `/`-separated relative path (with `.` and `..`) against a folder URI. */
export function resolvePath(folder: string, path: string): string {
  if (SIMPLE_URI.test(folder) && SIMPLE_PATH.test(path)) return PREFIX + resolveSimple(folder.slice(PREFIX.length), path);
  // Lone surrogates cannot be percent-encoded: make the path well-formed first (U+FFFD).
  return Utils.resolvePath(URI.parse(folder), wellFormed(path)).toString();
}

/** The vscode-uri way of each helper above (the property test's reference). */
export const slowUri = {
  joinUri: (base: string, ...parts: string[]) => Utils.joinPath(URI.parse(base), ...parts.map(wellFormed)).toString(),
  dirnameUri: (uri: string) => Utils.dirname(URI.parse(uri)).toString(),
  relativeUri: (base: string, uri: string): string | undefined => {
    const b = URI.parse(base).path.replace(/\/$/, '');
    const p = URI.parse(uri).path;
    if (p === b) return '';
    if (!p.startsWith(b + '/')) return undefined;
    return p.slice(b.length + 1);
  },
  resolvePath: (folder: string, path: string) => Utils.resolvePath(URI.parse(folder), wellFormed(path)).toString(),
};

export function wellFormed(s: string): string {
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** An in-memory workspace (tests, and the web host before it learns the real files). */
export class MemoryWorkspace implements Workspace {
  readonly files = new Map<string, string>();
  /** Files given as bytes (images); `files` holds them too, one character per byte. */
  readonly bytes = new Map<string, Uint8Array>();

  constructor(files: Record<string, string | Uint8Array> = {}, private readonly rootUris: string[] = ['file:///ws']) {
    for (const [k, v] of Object.entries(files)) {
      const uri = k.startsWith('file:') ? k : joinUri(rootUris[0], k);
      if (typeof v === 'string') this.files.set(uri, v);
      else {
        this.bytes.set(uri, v);
        let latin1 = '';
        for (let i = 0; i < v.length; i += 8192) latin1 += String.fromCharCode(...v.subarray(i, i + 8192));
        this.files.set(uri, latin1);
      }
    }
  }

  async readBytes(uri: string, length: number): Promise<Uint8Array | undefined> {
    const b = this.bytes.get(uri);
    if (b) return b.slice(0, length);
    const text = this.files.get(uri);
    return text === undefined ? undefined : new TextEncoder().encode(text).slice(0, length);
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
