// Pages deleted in this editor session: `redirect.missing` (Warning) on the docset's redirects file (on the docset
// file when there is none) for a deleted page docs-builder published (a `.md` file of the docset, not in a `_`
// folder) that is still gone, that pages of the workspace still link to, and that has no redirect. Those links
// already get `link.no-such-file`; this says what else breaks: the page's URL and the links to it from other
// documentation sets. When the page was moved (its new place is known from the rename), a quick fix adds the
// redirect. Only this session's deletions are known here: pages deleted since the git base are `check --base`'s
// (features/docsetFiles/redirectMissing.ts, with docs-builder's `diff validate` wording; Git is read by the CLI).
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import type { DocDiagnostic, Range } from '../../types';
import { relativeUri } from '../../workspace';
import { addRedirectEntries, redirectsFileOf } from '../docsetFiles/redirectEntry';
import type { BatchEnv, FeatureContext } from '../types';
import { linksTo } from './incoming';
import { inUnderscoreFolder, LinkResolver } from './resolve';
import { redirectFor } from './redirects';

export interface RedirectMissingData {
  from: string;
  to?: string;
  redirectsUri: string;
}

export class RemovedPages {
  private readonly deleted = new Set<string>();
  private readonly movedTo = new Map<string, string>();

  /** A page was deleted (or moved away: the file at its old URI is gone). */
  removed(uri: string): void {
    if (/\.md$/i.test(uri)) this.deleted.add(uri);
  }

  /** A file appeared again at a URI. */
  created(uri: string): void {
    this.deleted.delete(uri);
  }

  /** A rename is about to move `oldUri` (a page or a folder) to `newUri`. */
  moving(oldUri: string, newUri: string): void {
    this.movedTo.set(oldUri.replace(/\/$/, ''), newUri.replace(/\/$/, ''));
  }

  /** Where a removed page went, when a rename said so (itself or through its folder). */
  private newPlace(uri: string): string | undefined {
    for (const [from, to] of this.movedTo) {
      if (uri === from) return to;
      if (uri.startsWith(`${from}/`)) return to + uri.slice(from.length);
    }
    return undefined;
  }

  async diagnostics(docset: Docset, env: BatchEnv): Promise<DocDiagnostic[]> {
    if (this.deleted.size === 0) return [];
    const out: DocDiagnostic[] = [];
    const resolver = new LinkResolver(env);
    const file = docset.redirectsUri ?? docset.uri;
    const fileName = redirectsFileOf(docset).slice(redirectsFileOf(docset).lastIndexOf('/') + 1);
    for (const uri of [...this.deleted].sort()) {
      const rel = relativeUri(docset.root, uri);
      if (!rel || inUnderscoreFolder(uri, docset) || (await env.docsetOf(uri))?.uri !== docset.uri) continue;
      const from = decodeURIComponent(rel);
      if (redirectFor(docset, from) || (await env.workspace.stat(uri).catch(() => undefined))) continue;
      const linking = [...new Set((await linksTo(resolver, uri)).map((l) => l.uri).filter((u) => u !== uri))].sort();
      if (linking.length === 0) continue;
      const shown = linking.slice(0, 3).map((u) => relativeUri(docset.root, u) ?? u).join(', ') + (linking.length > 3 ? ', …' : '');
      const place = this.newPlace(uri);
      const to = place ? relativeUri(docset.root, place) : undefined;
      const data: RedirectMissingData = { from, redirectsUri: redirectsFileOf(docset), ...(to ? { to: decodeURIComponent(to) } : {}) };
      out.push({
        code: 'redirect.missing', severity: 'warning', uri: file, range: await this.where(env, file), data: data as unknown as Record<string, unknown>,
        message: `'${from}' was deleted in this session and ${linking.length === 1 ? '1 page links' : `${linking.length} pages link`} to it (${shown}), but ${fileName} has no redirect for it: its URL and the links to it from other documentation sets break. Add a redirect from '${from}' to the page that replaces it.`,
      });
    }
    return out;
  }

  /** The `redirects:` key of the file, or its first line. */
  private async where(env: BatchEnv, file: string): Promise<Range> {
    const text = (await env.workspace.readFile(file).catch(() => undefined)) ?? '';
    const m = /^redirects:/m.exec(text);
    const line = m ? text.slice(0, m.index).split('\n').length - 1 : 0;
    return { start: { line, character: 0 }, end: { line, character: m ? 'redirects'.length : 0 } };
  }
}

/** The quick fix of `redirect.missing` when the page's new place is known: add the redirect. */
export async function redirectMissingActions(ctx: FeatureContext, diagnostics: { code?: string | number; data?: unknown; range: Range; message: string }[]): Promise<CodeAction[]> {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.code !== 'redirect.missing') continue;
    const data = d.data as Partial<RedirectMissingData> | undefined;
    if (!data?.from || !data.to || !data.redirectsUri) continue;
    const text = await ctx.workspace.readFile(data.redirectsUri).catch(() => undefined);
    const entries = [{ from: data.from, to: data.to }];
    const title = `Add a redirect from '${data.from}' to '${data.to}'`;
    if (text === undefined) {
      const edit: TextEdit = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `redirects:\n  '${data.from.replace(/'/g, "''")}': '${data.to.replace(/'/g, "''")}'\n` };
      out.push({ title, kind: 'quickfix', diagnostics: [{ range: d.range, message: d.message, code: d.code }], edit: { documentChanges: [{ kind: 'create', uri: data.redirectsUri, options: { ignoreIfExists: true } }, { textDocument: { uri: data.redirectsUri, version: null }, edits: [edit] }] } });
      continue;
    }
    const edit = addRedirectEntries(text, entries);
    if (edit) out.push({ title, kind: 'quickfix', diagnostics: [{ range: d.range, message: d.message, code: d.code }], isPreferred: true, edit: { changes: { [data.redirectsUri]: [edit] } } });
  }
  return out;
}
