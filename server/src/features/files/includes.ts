// `{include}` and `{literalinclude}` (and `{include}` with `:literal:`), as IncludeBlock.cs checks them, in order:
// the path, its leading `/`s trimmed, must not be absolute (Error; only a Windows path can be: files/paths.ts
// `rootedPath`), must stay inside the docset (Error, nothing else is checked), the file must exist (Error), and —
// not for literal includes — it must sit in a `_snippets` folder (Error) and must not be the file itself (Error,
// "cyclical include detected"). The same rules hold in a snippet, whose paths resolve from its own folder: each file is
// checked as the holder of its directives.
// docs-builder only tells a file that includes itself; a longer loop (a snippet that includes, through others, a
// snippet already being included) makes its renderer recurse without end. Those loops are followed here through
// the includes docs-builder would render (found, in the docset, in `_snippets`, not the file itself), to a bounded
// depth, and reported on the include that leads into them, with the same opening words.
import type { Range } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import { copy } from '../../index/strings';
import type { Page } from '../../model/types';
import type { DocDiagnostic } from '../../types';
import { docsetRelative } from '../links/resolve';
import type { FileHost } from './host';
import { displayPath, insideDocset, inSnippetsFolder, pathArgument, rootedPath, targetUri } from './paths';

export interface IncludeRef {
  path: string;
  range: Range;
  literal: boolean;
}

/** Beyond this many nested includes the search for a loop stops (nothing is reported). */
export const MAX_INCLUDE_DEPTH = 32;

/** `:literal:` as docs-builder's `PropBool` reads it: present and not `false`. */
function isLiteral(d: Page['directives'][number]): boolean {
  return d.name === 'literalinclude' || d.options.some((o) => o.key === 'literal' && o.value.trim().toLowerCase() !== 'false');
}

export function gatherIncludeRefs(page: Page): IncludeRef[] {
  const out: IncludeRef[] = [];
  for (const d of page.directives) {
    if (d.name !== 'include' && d.name !== 'literalinclude') continue;
    const arg = pathArgument(d);
    // Copies, not slices of the page text: a batch run keeps these while the texts are long gone.
    if (arg) out.push({ path: copy(arg.path), range: page.lines.range(arg.span.start, arg.span.end), literal: isLiteral(d) });
  }
  return out;
}

function err(code: string, message: string, range: Range): DocDiagnostic {
  return { code, severity: 'error', message, range };
}

/** Includes docs-builder renders from `uri` (and so follows): found, in the docset, in `_snippets`, not itself. */
async function rendered(host: FileHost, uri: string): Promise<string[]> {
  const docset = await host.env.docsetOf(uri);
  const out: string[] = [];
  for (const t of await host.includesOf(uri)) {
    if (t === uri || !inSnippetsFolder(t) || (docset && !insideDocset(t, docset))) continue;
    if ((await host.fileExists(t)) === true) out.push(t);
  }
  return out;
}

/** A loop reachable from `start` (included by `from`): the files from `from` to the one seen again. */
async function findLoop(host: FileHost, from: string, start: string, clean: Set<string>): Promise<string[] | undefined> {
  const stack = [from, start];
  const walk = async (uri: string): Promise<string[] | undefined> => {
    if (stack.length > MAX_INCLUDE_DEPTH) {
      host.env.logger.info(`include loop search stopped at depth ${MAX_INCLUDE_DEPTH} (${uri})`);
      return undefined;
    }
    for (const next of await rendered(host, uri)) {
      if (stack.includes(next)) return [...stack, next];
      if (clean.has(next)) continue;
      stack.push(next);
      const hit = await walk(next);
      stack.pop();
      if (hit) return hit;
      clean.add(next);
    }
    return undefined;
  };
  return walk(start);
}

export async function checkIncludes(host: FileHost, uri: string, docset: Docset | undefined, refs: readonly IncludeRef[]): Promise<DocDiagnostic[]> {
  const out: DocDiagnostic[] = [];
  const clean = new Set<string>();
  for (const ref of refs) {
    if (rootedPath(ref.path.replace(/^\/+/, ''), uri)) {
      out.push(err('include.absolute-path', 'Include path must not be an absolute path.', ref.range));
      continue;
    }
    const target = targetUri(uri, ref.path, docset, host.roots);
    if (docset && !insideDocset(target, docset)) {
      out.push(err('include.outside-docset', 'Include path must resolve within the documentation source directory.', ref.range));
      continue;
    }
    const shown = displayPath(target);
    const exists = await host.fileExists(target);
    if (exists === false) out.push(err('include.not-found', `\`${shown}\` does not exist.`, ref.range));
    if (ref.literal) continue;
    if (!inSnippetsFolder(target)) {
      out.push(err('include.not-snippet', `{include} only supports including snippets from \`_snippet\` folders. \`${shown}\` is not a snippet`, ref.range));
    }
    if (target === uri) {
      out.push(err('include.cycle', `{include} cyclical include detected \`${shown}\` points to itself`, ref.range));
      continue;
    }
    if (exists !== true || !inSnippetsFolder(target)) continue;
    const loop = await findLoop(host, uri, target, clean);
    if (loop) {
      const chain = loop.map((u) => docsetRelative(u, docset)).join(' → ');
      out.push(err('include.cycle', `{include} cyclical include detected \`${shown}\`: ${chain}. docs-builder would include these snippets without end.`, ref.range));
    }
  }
  return out;
}
