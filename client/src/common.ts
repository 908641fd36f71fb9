// What the desktop (Node) and the web entries of the client share: the ids, the client options, crash recovery,
// and the commands and views registered once a client exists. Imports only 'vscode-languageclient' (neither
// /node nor /browser), so both bundles can use it.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type BaseLanguageClient,
  type CloseHandlerResult,
  type DocumentSelector,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
} from 'vscode-languageclient';
import { registerCommands } from './commands';
import { registerMigration } from './migration/index';
import { elasticDocsPreview } from './preview/index';
import { PreviewContextCache } from './preview/source';
import { movePages } from './move';

/** The settings section; also the client id, so `elasticDocs.trace.server` drives protocol tracing. */
export const SECTION = 'elasticDocs';
export const DISPLAY_NAME = 'Elastic Docs';

/**
 * Files whose changes the server hears about (workspace/didChangeWatchedFiles): docset files and pages, and the
 * files directives read (images, `{csv-include}` tables, `{settings}` YAML, common `{literalinclude}` texts), so a
 * page that names one is checked again when it appears or goes.
 */
const WATCHED = [
  '**/docset.yml', '**/_docset.yml', '**/toc.yml', '**/_redirects.yml', '**/redirects.yml', '**/*.md',
  '**/*.{png,jpg,jpeg,gif,svg,webp,avif,bmp,ico,tif,tiff}', '**/*.{csv,tsv,yml,yaml,json,txt}',
];

/** Markdown pages and docset files of the given URI schemes. */
export function documentSelector(schemes: string[]): DocumentSelector {
  return schemes.flatMap((scheme) => [
    { scheme, language: 'markdown' },
    // docset.yml is synced too: unused-substitution hints on it, and references/rename from its keys; toc.yml and
    // the redirects file for ToC completion and their diagnostics as they are typed.
    ...(scheme === 'untitled' ? [] : [{ scheme, pattern: '**/{docset,_docset,toc,redirects,_redirects}.yml' }]),
  ]);
}

export function clientOptions(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, selector: DocumentSelector): LanguageClientOptions {
  const watchers = WATCHED.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...watchers);
  return {
    documentSelector: selector,
    synchronize: {
      // Only a nudge: the server answers workspace/didChangeConfiguration by pulling the section again with
      // workspace/configuration. Kept because it works whether or not the server registers for the notification.
      configurationSection: SECTION,
      fileEvents: watchers,
    },
    outputChannel: output,
    errorHandler: new RestartingErrorHandler(output),
    // Moves and renames: the prompt of `elasticDocs.updateLinksOnRename` (move.ts).
    middleware: { workspace: movePages.middleware },
  };
}

/** The commands, the Migration view and the status bar item: the same on the desktop and on the web. */
export function registerFeatures(context: vscode.ExtensionContext, client: BaseLanguageClient, output: vscode.LogOutputChannel): void {
  context.subscriptions.push(...registerCommands({ client, output }));
  context.subscriptions.push(...registerMigration(context, client));
  context.subscriptions.push(movePages.attach(client));
}

/** What activate returns: the Markdown preview's plugin (`contributes."markdown.markdownItPlugins"`). */
export function previewPlugin(context: vscode.ExtensionContext, client: BaseLanguageClient, started: Promise<unknown>): { extendMarkdownIt(md: unknown): unknown } {
  const cache = new PreviewContextCache(client, started);
  context.subscriptions.push(cache);
  return { extendMarkdownIt: (md: unknown) => elasticDocsPreview(md, cache) };
}

/**
 * Restarts a crashed server, up to `maxRestarts` times in `windowMs`, and tells the user once per session that
 * it happened. Past the limit it gives up and says how to start the server again.
 */
export class RestartingErrorHandler implements ErrorHandler {
  private readonly crashes: number[] = [];
  private told = false;

  constructor(
    private readonly output: vscode.LogOutputChannel,
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60_000,
  ) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A few broken messages are survivable; a stream of them means the connection is gone.
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    while (this.crashes.length > 0 && now - this.crashes[0] > this.windowMs) this.crashes.shift();
    this.crashes.push(now);
    if (this.crashes.length > this.maxRestarts) {
      return {
        action: CloseAction.DoNotRestart,
        message: `The ${DISPLAY_NAME} language server stopped ${this.crashes.length} times in ${this.windowMs / 60_000} minutes and will not be restarted. Run "${DISPLAY_NAME}: Restart Language Server" to try again.`,
      };
    }
    this.output.warn('The language server stopped unexpectedly; restarting it.');
    if (!this.told) {
      this.told = true;
      void vscode.window
        .showWarningMessage(`The ${DISPLAY_NAME} language server stopped unexpectedly and was restarted.`, 'Show Output')
        .then((choice) => choice && this.output.show(true));
    }
    return { action: CloseAction.Restart, handled: true };
  }
}
