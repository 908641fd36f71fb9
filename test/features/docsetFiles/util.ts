// Shared setup for the docset files tests: an in-memory docset, and the diagnostics of its own YAML files.
import { service, uri, r } from '../../helpers';
import type { DocDiagnostic } from '../../../server/src/types';
import type { LanguageService } from '../../../server/src/service';

export async function docsetService(files: Record<string, string>): Promise<LanguageService> {
  const { ls } = service(files);
  await ls.index.build();
  return ls;
}

/** The docset diagnostics whose code starts with `prefix`, as `file line:char-line:char code message`, sorted. */
export async function docsetDiags(files: Record<string, string>, prefix: string, docsetFile = 'docs/docset.yml'): Promise<string[]> {
  const ls = await docsetService(files);
  await ls.docsets.load(uri(docsetFile));
  const ds: DocDiagnostic[] = await ls.docsetDiagnostics(uri(docsetFile));
  return ds.filter((d) => d.code.startsWith(prefix)).map((d) => `${(d.uri ?? uri(docsetFile)).slice(uri('').length)} ${r(d.range)} ${d.severity} ${d.code} ${d.message}`).sort();
}
