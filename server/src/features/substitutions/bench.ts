// For the benchmark script (not a test): times a docset-wide rename of a key used in `pages` pages, on an
// in-memory docset with `fillerPages` more pages that do not use it, after the index is built — what the editor
// does on F2. The target: under 200 ms for 50 pages.
import { DEFAULT_CONFIG } from '../../config';
import { LanguageService } from '../../service';
import { MemoryWorkspace } from '../../workspace';

export interface RenameTiming {
  /** Milliseconds for prepareRename + rename. */
  ms: number;
  /** Files the workspace edit touches (the pages and docset.yml). */
  files: number;
  edits: number;
}

function prose(i: number, uses: boolean): string {
  const lines = [`# Page ${i}`, ''];
  for (let p = 0; p < 40; p++) {
    lines.push(`Paragraph ${p} of page ${i} talks about {{es}} and ${uses && p % 10 === 0 ? '{{ech}} (and {{ ech | lc }})' : 'other things'}, with a [link](other-${p}.md#anchor).`, '');
    if (p % 13 === 0) lines.push('```sh subs=true', `curl {{${uses ? 'ech' : 'es'}}}/_search`, '```', '');
  }
  return lines.join('\n');
}

export async function timeSubstitutionRename(options: { pages?: number; fillerPages?: number; runs?: number; now?: () => number } = {}): Promise<RenameTiming[]> {
  const pages = options.pages ?? 50;
  const filler = options.fillerPages ?? 200;
  const now = options.now ?? (() => performance.now());
  const files: Record<string, string> = { 'docs/docset.yml': 'subs:\n  es: "Elasticsearch"\n  ech: "Elastic Cloud Hosted"\n' };
  for (let i = 0; i < pages; i++) files[`docs/uses/p${i}.md`] = prose(i, true);
  for (let i = 0; i < filler; i++) files[`docs/other/f${i}.md`] = prose(i, false);
  const ws = new MemoryWorkspace(files, ['file:///bench']);
  const ls = new LanguageService({ workspace: ws, config: DEFAULT_CONFIG });
  await ls.index.build();
  const uri = 'file:///bench/docs/uses/p0.md';
  const doc = { uri, version: 1, text: files['docs/uses/p0.md'] };
  const at = ls.page(doc).lines.positionAt(doc.text.indexOf('{{ech}}') + 3);
  const out: RenameTiming[] = [];
  for (let run = 0; run < (options.runs ?? 5); run++) {
    const t = now();
    await ls.prepareRename(doc, at);
    const edit = await ls.rename(doc, at, `hosted${run}`);
    const ms = now() - t;
    const changes = Object.values(edit?.changes ?? {});
    out.push({ ms, files: changes.length, edits: changes.reduce((n, e) => n + e.length, 0) });
  }
  return out;
}
