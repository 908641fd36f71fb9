// `redirect.missing`: a Markdown page the branch started from (the merge base of HEAD and the base branch) that is
// gone now and has no redirect — links to it from other sites and search engines break. docs-builder checks this
// in `docs-builder diff validate` (DiffCommands.ValidateRedirects), not in the build, with these messages: only
// when the docset has a redirects file, snippets (`_snippets` folders) left out, a renamed page told apart from a
// deleted one, and a redirect keyed by the repository-relative path instead of the docset-relative one a warning.
// Pure: the base's files and what exists now come in; `check --base` (server/src/node/baseFiles.ts) reads Git.
import type { Docset } from '../../docset/docset';
import type { DocDiagnostic } from '../../types';

export interface BaseFiles {
  /** The base commit, as named (for the messages). */
  base: string;
  /** The docset folder's path from the repository root (`docs`), `''` at the root. */
  docsetPath: string;
  /** Markdown files of the docset at the base: docset-relative path → blob id. */
  files: Map<string, string>;
  /** Whether a docset-relative path exists now. */
  exists(rel: string): boolean;
  /** Markdown files now that the base did not have: blob id → docset-relative path (a rename keeps the id). */
  added: Map<string, string>;
}

function isSnippet(rel: string): boolean {
  return rel.split('/').slice(0, -1).includes('_snippets');
}

/** The diagnostics on the docset's redirects file for pages gone since the base. */
export function missingRedirects(docset: Docset, redirectsText: string, base: BaseFiles): DocDiagnostic[] {
  const uri = docset.redirectsUri;
  if (!uri) return [];
  // On the `redirects:` line (docs-builder names the file only).
  const lines = redirectsText.split(/\r?\n|\r/);
  const line = Math.max(0, lines.findIndex((l) => /^redirects\s*:/.test(l)));
  const range = { start: { line, character: 0 }, end: { line, character: (lines[line] ?? '').length } };
  const fromRoot = (rel: string) => (base.docsetPath ? `${base.docsetPath}/${rel}` : rel);
  const out: DocDiagnostic[] = [];
  for (const [rel, blob] of base.files) {
    if (!rel.toLowerCase().endsWith('.md') || isSnippet(rel) || base.exists(rel)) continue;
    if (docset.redirects.has(rel)) continue;
    const rootRel = fromRoot(rel);
    if (docset.redirects.has(rootRel)) {
      out.push({ uri, code: 'redirect.root-relative', severity: 'warning', range, message: `Redirect contains path relative to root '${rootRel}' but should be relative to the documentation set '${rel}'` });
      continue;
    }
    const renamed = base.added.get(blob);
    const message = renamed
      ? `Missing '${rel}' in redirects.yml. '${rootRel}' was renamed to '${fromRoot(renamed)}' but it has no redirect configuration set.`
      : `Missing '${rel}' in redirects.yml. '${rootRel}' was deleted but it has no redirect targets. This will lead to broken links.`;
    out.push({ uri, code: 'redirect.missing', severity: 'warning', range, message, data: { from: rel, to: renamed, base: base.base } });
  }
  return out;
}
