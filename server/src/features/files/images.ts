// Images, as docs-builder checks them. `{image}` / `{figure}` (also inside `{carousel}`), ImageBlock.cs: an
// `http(s)` URI is accepted, with a Warning unless its host is one docs-builder allows; a path must name an existing
// file (Error); and the file's folder must lie inside the page's ToC scope folder (Warning). Markdown images
// `![alt](path)` (DiagnosticLinkInlineParser.cs): external URIs are accepted silently, a missing file is the link
// checker's (`link.no-such-file`), and the ToC scope rule is a Hint. The scope rules run only for pages docs-builder
// reads as Markdown files (not snippets, not excluded files). docs-builder compares the folder with
// `StartsWith(scope + "/")`, so an image directly in the scope folder itself is reported too.
import type { Range } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import { copy } from '../../index/strings';
import type { Page } from '../../model/types';
import type { DocDiagnostic, Severity } from '../../types';
import { dirnameUri } from '../../workspace';
import { classifyUrl } from '../links/urls';
import type { FileHost } from './host';
import { combinedPath, displayPath, httpUri, pathArgument, targetUri } from './paths';

/** Directives that hold one image path (ImageBlock and FigureBlock). */
export const IMAGE_DIRECTIVES = new Set(['image', 'figure', 'figure-md']);

/** Hosts `{image}` may load from without a warning (ImageBlock.AllowedUriHosts; the Contentstack CDN per ImageTests.cs). */
export const ALLOWED_IMAGE_HOSTS = new Set(['epr.elastic.co', 'images.contentstack.io']);

export interface ImageRef {
  /** A directive's path, or a Markdown image's URL path (without `#…`). */
  path: string;
  range: Range;
  markdown: boolean;
}

export function gatherImageRefs(page: Page): ImageRef[] {
  const out: ImageRef[] = [];
  for (const d of page.directives) {
    if (!IMAGE_DIRECTIVES.has(d.name)) continue;
    const arg = pathArgument(d);
    // Copies, not slices of the page text: a batch run keeps these while the texts are long gone.
    if (arg) out.push({ path: copy(arg.path), range: page.lines.range(arg.span.start, arg.span.end), markdown: false });
  }
  for (const l of page.links) {
    if (!l.image || l.context === 'comment' || l.autolink) continue;
    const kind = classifyUrl(l.url, undefined);
    if (kind.kind !== 'internal' || kind.path.trim() === '') continue;
    out.push({ path: copy(kind.path.replace(/^!+/, '')), range: page.lines.range(l.pathSpan.start, l.pathSpan.end), markdown: true });
  }
  return out;
}

function diag(code: string, severity: Severity, message: string, range: Range): DocDiagnostic {
  return { code, severity, message, range };
}

export async function checkImages(host: FileHost, uri: string, docset: Docset | undefined, refs: readonly ImageRef[]): Promise<DocDiagnostic[]> {
  const out: DocDiagnostic[] = [];
  const scoped = docset !== undefined && host.isMarkdownFile(uri, docset);
  for (const ref of refs) {
    if (!ref.markdown) {
      const web = httpUri(ref.path);
      if (web) {
        // docs-builder names the block `image` for `{figure}` too (FigureBlock keeps ImageBlock's name).
        if (!ALLOWED_IMAGE_HOSTS.has(web.hostname)) out.push(diag('image.external', 'warning', `image is using an external URI: ${web.href} `, ref.range));
        continue;
      }
    }
    const file = targetUri(uri, ref.path, docset, host.roots);
    if (!ref.markdown && (await host.fileExists(file)) === false) {
      out.push(diag('image.not-found', 'error', `\`${ref.path}\` does not exist. resolved to \`${combinedPath(uri, ref.path, docset, host.roots)}`, ref.range));
    }
    if (!scoped || !docset) continue;
    const scope = await host.scopeOf(uri, docset);
    if (!`${dirnameUri(file)}`.startsWith(`${scope}/`)) {
      out.push(diag('image.out-of-scope', ref.markdown ? 'hint' : 'warning', `Image '${ref.path}' is referenced out of table of contents scope '${displayPath(scope)}'.`, ref.range));
    }
  }
  return out;
}
