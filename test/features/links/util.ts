// Shared setup for the links tests: an in-memory docset with its index built, and shortcuts to the service.
import { service, uri, cursor } from '../../helpers';
import type { DocDiagnostic } from '../../../server/src/types';
import type { LanguageService } from '../../../server/src/service';

export const DOCSET = 'project: test\ncross_links:\n  - kibana\n  - public://docs-content\n';

export async function workspace(files: Record<string, string>): Promise<LanguageService> {
  const { ls } = service({ 'docs/docset.yml': DOCSET, ...files });
  await ls.index.build();
  return ls;
}

export function doc(rel: string, text: string): { uri: string; version: number; text: string } {
  return { uri: uri(rel), version: 1, text };
}

/** Diagnostics of `rel` (its text from `files`), only the codes starting with one of `prefixes`. */
export async function diagnose(files: Record<string, string>, rel = 'docs/page.md', prefixes = ['link.', 'anchor.']): Promise<DocDiagnostic[]> {
  const ls = await workspace(files);
  const ds = await ls.diagnostics(doc(rel, files[rel]));
  return ds.filter((d) => prefixes.some((p) => d.code.startsWith(p)));
}

/** The open document `rel` with a `|` cursor: its text goes to the workspace too. */
export async function at(files: Record<string, string>, rel: string): Promise<{ ls: LanguageService; d: ReturnType<typeof doc>; pos: { line: number; character: number } }> {
  const c = cursor(files[rel]);
  const ls = await workspace({ ...files, [rel]: c.text });
  const d = doc(rel, c.text);
  const pos = ls.page(d).lines.positionAt(c.offset);
  return { ls, d, pos };
}
