// Baseline for issue 8: VS Code's own Markdown link validation (vscode-markdown-languageservice 0.5.0 with
// markdown-it, the engine behind `markdown.validate.enabled`) run over every `.md` under a folder.
// Measures the time from creating the service to having the link diagnostics of every page (files read
// with node:fs on demand, inside the timed part), the number of diagnostics, and the heap used at the end
// with the service still alive (after a GC when node runs with --expose-gc).
// The file list is walked before the clock starts. Every kind of link validation is on, as a warning.
// @ts-expect-error markdown-it ships no typings and @types/markdown-it is not installed here.
import MarkdownIt from 'markdown-it';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticOptions, IWorkspaceWithWatching, Token } from 'vscode-markdown-languageservice';
import { URI } from 'vscode-uri';
import { markdownFiles } from './corpus';

export async function validateWithVscodeMarkdown(rootDir: string): Promise<{ files: number; ms: number; diagnostics: number; heapMB: number }> {
  // ESM-only package, kept external by the build: loaded with import(), outside the timed part.
  const mdls = await import('vscode-markdown-languageservice');
  const paths = markdownFiles(rootDir);
  const known = new Set(paths.map((p) => URI.file(p).toString()));

  const t0 = performance.now();
  // As VS Code's Markdown engine: html on, linkify on (markdown.preview.linkify defaults to true).
  const md: { parse(src: string, env: object): Token[] } = new MarkdownIt({ html: true, linkify: true });
  const parser = { slugifier: mdls.githubSlugifier, tokenize: async (doc: TextDocument) => md.parse(doc.getText(), {}) };
  const none = () => ({ dispose() {} });
  const docs = new Map<string, TextDocument>();
  const open = (uri: URI): TextDocument | undefined => {
    const key = uri.toString();
    let doc = docs.get(key);
    if (!doc && uri.scheme === 'file' && uri.path.endsWith('.md')) {
      try {
        doc = TextDocument.create(key, 'markdown', 1, readFileSync(uri.fsPath, 'utf8'));
        docs.set(key, doc);
      } catch { /* missing or unreadable: undefined */ }
    }
    return doc;
  };
  const workspace: IWorkspaceWithWatching = {
    workspaceFolders: [URI.file(rootDir)],
    onDidChangeMarkdownDocument: none,
    onDidCreateMarkdownDocument: none,
    onDidDeleteMarkdownDocument: none,
    getAllMarkdownDocuments: async () => paths.flatMap((p) => open(URI.file(p)) ?? []),
    hasMarkdownDocument: (uri) => known.has(uri.toString()),
    openMarkdownDocument: async (uri) => open(uri),
    stat: async (uri) => {
      const s = statSync(uri.fsPath, { throwIfNoEntry: false });
      return s && { isDirectory: s.isDirectory() };
    },
    readDirectory: async (uri) => readdirSync(uri.fsPath, { withFileTypes: true }).map((e) => [e.name, { isDirectory: e.isDirectory() }] as const),
    // VS Code's server watches linked-to files; nothing changes during the run.
    watchFile: () => ({ dispose() {}, onDidCreate: none, onDidChange: none, onDidDelete: none }),
  };
  const ls = mdls.createLanguageService({ workspace, parser, logger: { level: mdls.LogLevel.Off, log() {} } });
  // The stateful manager VS Code's Markdown server uses for pull diagnostics.
  const manager = ls.createPullDiagnosticsManager();
  const level = mdls.DiagnosticLevel.warning;
  const options: DiagnosticOptions = {
    validateReferences: level,
    validateFragmentLinks: level,
    validateFileLinks: level,
    validateMarkdownFileLinkFragments: level,
    validateUnusedLinkDefinitions: level,
    validateDuplicateLinkDefinitions: level,
    ignoreLinks: [],
  };
  const token = { isCancellationRequested: false, onCancellationRequested: none };
  let diagnostics = 0;
  for (const p of paths) {
    const doc = open(URI.file(p));
    if (doc) diagnostics += (await manager.computeDiagnostics(doc, options, token)).length;
  }
  const ms = performance.now() - t0;

  (globalThis as { gc?: () => void }).gc?.();
  const heapMB = process.memoryUsage().heapUsed / 1e6;
  manager.dispose();
  ls.dispose();
  return { files: paths.length, ms, diagnostics, heapMB };
}
