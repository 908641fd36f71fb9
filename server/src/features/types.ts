// The contract every editor feature implements. Each area (substitutions, links, migration, capability
// tables / applies_to / directives) exports one `Features` object from its own folder; `registry.ts`
// merges them and `service.ts` / `server.ts` call them. Results use LSP's plain data shapes.
import type {
  CodeAction, CodeLens, CompletionItem, DocumentHighlight, DocumentLink, DocumentSymbol, FoldingRange, Hover,
  Location, Range, SelectionRange, SymbolInformation, WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { DocsConfig } from '../config';
import type { Docset } from '../docset/docset';
import type { SubScope } from '../docset/substitutions';
import type { WorkspaceIndex } from '../index/workspaceIndex';
import type { Page } from '../model/types';
import type { DocDiagnostic } from '../types';
import type { Logger, Workspace } from '../workspace';

export interface TextDoc {
  uri: string;
  version: number;
  text: string;
}

/** The workspace as features see it: the index, docsets, configuration, and models of any page. */
export interface BatchEnv {
  index: WorkspaceIndex;
  workspace: Workspace;
  config: DocsConfig;
  logger: Logger;
  /** Models of other documents (open ones from the editor, others read from the workspace). */
  pageOf(uri: string): Promise<Page | undefined>;
  /** Docset of any page. */
  docsetOf(uri: string): Promise<Docset | undefined>;
}

/** What a feature gets for one document: its model, docset and substitutions, and the workspace. */
export interface FeatureContext extends BatchEnv {
  doc: TextDoc;
  page: Page;
  docset: Docset | undefined;
  subs: SubScope;
  /** What features keep of an open document from one check to the next, by feature (dropped when it closes). */
  memo?: Record<string, unknown>;
}

export interface BatchDiagnostics {
  gather(ctx: FeatureContext): unknown;
  resolver(env: BatchEnv): (uri: string, data: unknown) => Promise<DocDiagnostic[]>;
}

/** Thrown by prepareRename / rename to refuse with a message the editor shows. */
export class RenameRefused extends Error {}

export interface CompletionContextInfo {
  triggerCharacter?: string;
  /** The most items the editor's list will hold (`completionList`; none for the whole list). */
  max?: number;
  /**
   * Set by a feature that had more than `max` items and offered only its best `max + 1` (completionLimit.ts
   * `bestCandidates`): the list is then cut and marked incomplete as if it had offered them all.
   */
  cut?: boolean;
}

type Maybe<T> = T | undefined | Promise<T | undefined>;

export interface Features {
  /** Its diagnostics need the whole workspace index (links, migration sources): skipped while it is built. */
  diagnosticsNeedIndex?: boolean;
  /** Extra page diagnostics (may read the index: links, migration sources, …). */
  diagnostics?(ctx: FeatureContext): DocDiagnostic[] | Promise<DocDiagnostic[]>;
  /**
   * The same diagnostics in two steps, for batch runs (`check`) that read every page once: `gather` takes what the
   * checks need from the page model (plain data, structured-cloneable: it may cross threads), `resolver` makes,
   * once per run, the function that turns it into diagnostics with the whole index. A feature with `batch` must
   * have `diagnostics` equal to resolving its own gathered data.
   */
  batch?: BatchDiagnostics;
  hover?(ctx: FeatureContext, offset: number): Maybe<Hover>;
  completion?(ctx: FeatureContext, offset: number, info: CompletionContextInfo): Maybe<CompletionItem[]>;
  definition?(ctx: FeatureContext, offset: number): Maybe<Location[]>;
  references?(ctx: FeatureContext, offset: number, includeDeclaration: boolean): Maybe<Location[]>;
  prepareRename?(ctx: FeatureContext, offset: number): Maybe<{ range: Range; placeholder: string }>;
  rename?(ctx: FeatureContext, offset: number, newName: string): Maybe<WorkspaceEdit>;
  documentHighlights?(ctx: FeatureContext, offset: number): Maybe<DocumentHighlight[]>;
  documentSymbols?(ctx: FeatureContext): Maybe<DocumentSymbol[]>;
  documentLinks?(ctx: FeatureContext): Maybe<DocumentLink[]>;
  foldingRanges?(ctx: FeatureContext): Maybe<FoldingRange[]>;
  selectionRanges?(ctx: FeatureContext, offsets: number[]): Maybe<SelectionRange[]>;
  codeActions?(ctx: FeatureContext, range: Range, diagnostics: { code?: string | number; range: Range; data?: unknown; message: string }[]): Maybe<CodeAction[]>;
  codeLenses?(ctx: FeatureContext): Maybe<CodeLens[]>;
}

/** Workspace-wide features that need no document. */
export interface WorkspaceFeatures {
  workspaceSymbols?(index: WorkspaceIndex, query: string): Maybe<SymbolInformation[]>;
  /**
   * Diagnostics for a docset's own files: docset.yml (e.g. unused substitutions), and its toc.yml and redirects
   * files, a diagnostic on one of those carrying that file's `uri`.
   */
  docsetDiagnostics?(docset: Docset, index: WorkspaceIndex, config: DocsConfig, env: BatchEnv): DocDiagnostic[] | Promise<DocDiagnostic[]>;
}
