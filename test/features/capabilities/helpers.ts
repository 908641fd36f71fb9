// Shared by the capabilities feature tests: run the service on one page (with a docset) and read hovers,
// completions and diagnostics at a `‸` cursor.
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import type { DocDiagnostic } from '../../../server/src/types';
import { r, service, uri } from '../../helpers';

/** The cursor marker of these tests: `‸` (tables are full of `|`). */
export const CARET = '‸';

export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf(CARET);
  if (offset < 0) throw new Error('no ‸ cursor marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

export const DOCSET = 'subs:\n  ech: "Elastic Cloud Hosted"\n  ece: "Elastic Cloud Enterprise"\n';

function open(text: string, files: Record<string, string>, path: string) {
  const { ls } = service({ 'docs/docset.yml': DOCSET, ...files, [path]: text });
  const doc = { uri: uri(path), version: 1, text };
  return { ls, doc };
}

export async function hoverText(marked: string, files: Record<string, string> = {}, path = 'docs/page.md'): Promise<string | undefined> {
  const { text, offset } = cursor(marked);
  const { ls, doc } = open(text, files, path);
  const h = await ls.hover(doc, ls.page(doc).lines.positionAt(offset));
  return h ? (h.contents as MarkupContent).value : undefined;
}

export async function hoverRange(marked: string): Promise<string | undefined> {
  const { text, offset } = cursor(marked);
  const { ls, doc } = open(text, {}, 'docs/page.md');
  const h = await ls.hover(doc, ls.page(doc).lines.positionAt(offset));
  return h?.range ? r(h.range) : undefined;
}

export async function complete(marked: string, files: Record<string, string> = {}): Promise<CompletionItem[]> {
  const { text, offset } = cursor(marked);
  const { ls, doc } = open(text, files, 'docs/page.md');
  return ls.completion(doc, ls.page(doc).lines.positionAt(offset));
}

/** The text a completion item inserts (its text edit, or its insert text, or its label). */
export function inserted(item: CompletionItem): string {
  if (item.textEdit && 'newText' in item.textEdit) return item.textEdit.newText;
  return item.insertText ?? item.label;
}

export async function diagnostics(text: string, files: Record<string, string> = {}, path = 'docs/page.md'): Promise<DocDiagnostic[]> {
  const { ls, doc } = open(text, files, path);
  return ls.diagnostics(doc);
}

/** `code severity range message` for the diagnostics whose code starts with `prefix`. */
export function show(ds: DocDiagnostic[], prefix: string): string[] {
  return ds.filter((d) => d.code.startsWith(prefix)).map((d) => `${d.code} ${d.severity} ${r(d.range)} ${d.message}`);
}
