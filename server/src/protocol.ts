// Custom protocol messages, typed once and imported by both the client and the server. Plain data only: no
// `vscode`, no Node, no LSP connection. Each request is one method name plus its params and result types, listed
// in `CustomRequests` so that the client's `send` and the server's handler are checked against the same shape.
import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';

// ---- elasticDocs/migrationItems: the migration checklists of the workspace (or of some pages).

export const MIGRATION_ITEMS = 'elasticDocs/migrationItems';

export interface MigrationItemsParams {
  /** Only these pages (URIs); all indexed pages when omitted. */
  uris?: string[];
  /** Also compute the "anchors to place" (legacy `$$$anchors$$$` alone on their lines) and their incoming links. */
  anchors?: boolean;
}

export interface MigrationItemInfo {
  /** 0-based line of the item's `% - [ ]` line. */
  line: number;
  /** The item's lines: its `% - [ ]` line and its notes. */
  range: Range;
  /** The path after the box, as written. */
  path: string;
  /** The notes under the item, joined with spaces, without the `Notes:` label. */
  notes: string;
  checked: boolean;
}

export interface MigrationAnchorInfo {
  /** Text between the `$$$` markers. */
  name: string;
  /** The id docs-builder renders (slug of the name). */
  id: string;
  range: Range;
  /** How many links in the workspace point to `page#id`. */
  links: number;
}

export interface MigrationPageInfo {
  uri: string;
  title?: string;
  open: number;
  total: number;
  items: MigrationItemInfo[];
  anchors: MigrationAnchorInfo[];
}

export interface MigrationItemsResult {
  /** Pages with a checklist or anchors to place, sorted by URI. */
  pages: MigrationPageInfo[];
  open: number;
  total: number;
}

// ---- elasticDocs/migrationTarget: where "Next / Previous Unchecked Migration Item" goes.

export const MIGRATION_TARGET = 'elasticDocs/migrationTarget';

export interface MigrationTargetParams {
  /** The page the cursor is in (any URI; a page without items starts the search at its place in the order). */
  uri?: string;
  /** The cursor; omitted: before the first item (next) or after the last (previous). */
  position?: Position;
  direction: 'next' | 'previous';
}

/** The open item to go to: its page and the range of its box `[ ]`. Null when the workspace has no open item. */
export type MigrationTargetResult = { uri: string; range: Range; path: string } | null;

// ---- elasticDocs/migrationToggle: `[ ]` ↔ `[x]` on the items at the given positions.

export const MIGRATION_TOGGLE = 'elasticDocs/migrationToggle';

export interface MigrationToggleParams {
  uri: string;
  positions: Position[];
}

/** Edits for the document version they were computed on (apply them only to that version). Null: no item there. */
export type MigrationToggleResult = { version: number; edits: TextEdit[] } | null;

// ---- elasticDocs/previewContext: what the Markdown preview needs from files to render a page as docs-builder
// does (its markdown-it render is synchronous; the client caches this and refreshes the preview on an answer).

export const PREVIEW_CONTEXT = 'elasticDocs/previewContext';

export interface PreviewContextParams {
  /** The previewed page. */
  uri: string;
  /** The `{include}` paths the page names, as written (nested includes of the snippets are followed too). */
  includes?: string[];
}

/** A snippet an `{include}` renders: keyed `${from}\n${path}` (the including file's URI, the path as written). */
export interface PreviewSnippet {
  uri: string;
  /** The snippet's text; null when docs-builder would not render it (missing, not in `_snippets`, outside the docset, itself). */
  text: string | null;
}

export interface PreviewContextResult {
  /** The docset file (docset.yml) the page belongs to, if any. */
  docset?: string;
  /**
   * True when the page is not an Elastic Docs page: outside every docset of a workspace that has docsets (a
   * repository's README.md), unless `elasticDocs.checkOutsideDocsets` is on. The preview then leaves it alone.
   */
  outsideDocsets?: boolean;
  /** Global substitutions (docset `subs`, built-in `version.*` / `product.*`): lower-cased key → value. */
  subs: [string, string][];
  snippets: Record<string, PreviewSnippet>;
}

// ---- elasticDocs/moveEdits: what moving or renaming files and folders would change, for the client's prompt and
// its "Move Page…" command. Nothing is applied: the client applies the edit it chooses.

export const MOVE_EDITS = 'elasticDocs/moveEdits';

export interface MoveEditsParams {
  files: { oldUri: string; newUri: string }[];
}

export interface MoveEditsResult {
  /** Links, images, includes, ToC entries and redirect targets, by the URIs files have before the move. Null: nothing. */
  links: WorkspaceEdit | null;
  /** The same plus the redirect entries from the moved pages' old paths. Null: no redirect to add. */
  withRedirects: WorkspaceEdit | null;
  /** How many links and paths change, and in how many pages. */
  linkCount: number;
  pageCount: number;
  /** The redirects added by `withRedirects` (docset-relative paths) and the file they go to. */
  redirects: { uri: string; from: string; to: string }[];
}

/** Every custom request: method → params and result. */
export interface CustomRequests {
  [PREVIEW_CONTEXT]: { params: PreviewContextParams; result: PreviewContextResult };
  [MIGRATION_ITEMS]: { params: MigrationItemsParams; result: MigrationItemsResult };
  [MIGRATION_TARGET]: { params: MigrationTargetParams; result: MigrationTargetResult };
  [MIGRATION_TOGGLE]: { params: MigrationToggleParams; result: MigrationToggleResult };
  [MOVE_EDITS]: { params: MoveEditsParams; result: MoveEditsResult };
}

export type RequestParams<M extends keyof CustomRequests> = CustomRequests[M]['params'];
export type RequestResult<M extends keyof CustomRequests> = CustomRequests[M]['result'];

/** Client commands the server names in code lenses (the client registers them; package.json contributes them). */
export const MIGRATION_COMMANDS = {
  next: 'elasticDocs.migration.next',
  previous: 'elasticDocs.migration.previous',
  showAll: 'elasticDocs.migration.showAll',
  toggle: 'elasticDocs.migration.toggle',
} as const;

/** The "Elastic Docs: Move Page…" command (client side; package.json contributes it). */
export const MOVE_PAGE_COMMAND = 'elasticDocs.movePage';

/** Arguments of a `next` / `previous` command sent by a code lens: search from this place. */
export interface MigrationNavigateArgs {
  uri: string;
  position: Position;
}

// ---- elasticDocs/fs/*: file access for a server that has no disk (the web worker). The server asks, the client
// answers with `vscode.workspace.fs`, so docsets, the index and link validation work on virtual file systems
// (github.dev's `vscode-vfs:`). Server → client; a missing or unreadable file answers null.

export const FS_READ_FILE = 'elasticDocs/fs/readFile';
export const FS_STAT = 'elasticDocs/fs/stat';
export const FS_READ_DIRECTORY = 'elasticDocs/fs/readDirectory';
export const FS_READ_BYTES = 'elasticDocs/fs/readBytes';

export interface FsParams {
  uri: string;
}

export type FsFileType = 'file' | 'directory';

/** The file's text (UTF-8), or null. */
export type FsReadFileResult = string | null;

export type FsStatResult = { type: FsFileType; size: number; mtime: number } | null;

/** The folder's entries (name, type); symbolic links and other kinds are left out. Null: no such folder. */
export type FsReadDirectoryResult = [string, FsFileType][] | null;

/** `readBytes`: at most `length` bytes from the start of the file (an image header). */
export interface FsReadBytesParams extends FsParams {
  length: number;
}

/** Those bytes, base64-encoded, or null. */
export type FsReadBytesResult = string | null;

/** Every request the server sends to the client: method → params and result. */
export interface ServerRequests {
  [FS_READ_FILE]: { params: FsParams; result: FsReadFileResult };
  [FS_STAT]: { params: FsParams; result: FsStatResult };
  [FS_READ_DIRECTORY]: { params: FsParams; result: FsReadDirectoryResult };
  [FS_READ_BYTES]: { params: FsReadBytesParams; result: FsReadBytesResult };
}
