// Shared setup for the files tests: an in-memory docset (files may be bytes), and the files area's diagnostics of one page.
import { service, uri, windowsService } from '../../helpers';
import type { DocDiagnostic } from '../../../server/src/types';
import type { LanguageService } from '../../../server/src/service';

export const DOCSET = 'project: test\n';

export async function workspace(files: Record<string, string | Uint8Array>): Promise<LanguageService> {
  const { ls } = service({ 'docs/docset.yml': DOCSET, ...files });
  await ls.index.build();
  return ls;
}

export function doc(rel: string, text: string): { uri: string; version: number; text: string } {
  return { uri: uri(rel), version: 1, text };
}

const CODES = ['include.', 'image.', 'csv.', 'settings.'];

/** The files-area diagnostics of `rel` (its text from `files`), as `code line:char-line:char message`. */
export async function diagnose(files: Record<string, string | Uint8Array>, rel = 'docs/page.md', prefixes = CODES): Promise<DocDiagnostic[]> {
  const ls = await workspace(files);
  const ds = await ls.diagnostics(doc(rel, files[rel] as string));
  return ds.filter((d) => prefixes.some((p) => d.code.startsWith(p)));
}

/** Like `diagnose`, with the workspace on a Windows drive. */
export async function diagnoseOnWindows(files: Record<string, string>, rel = 'docs/page.md', prefixes = CODES): Promise<DocDiagnostic[]> {
  const { ls, uri: at } = windowsService({ 'docs/docset.yml': DOCSET, ...files });
  await ls.index.build();
  const ds = await ls.diagnostics({ uri: at(rel), version: 1, text: files[rel] });
  return ds.filter((d) => prefixes.some((p) => d.code.startsWith(p)));
}
