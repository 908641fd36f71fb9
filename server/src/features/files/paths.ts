// How docs-builder turns the path of a file-reading directive (`{include}`, `{image}`, `{csv-include}`, …) into a
// file, and how it prints it. A leading `/` resolves from the docset root (`DocumentationSourceDirectory`), anything
// else from the folder of the file that holds the directive (a snippet's own folder for a directive in a snippet).
// Messages print the path docs-builder combined: normalized (`Path.GetFullPath`) for includes, CSV and settings,
// as written (`Path.Combine`, `..` kept) for `{image}`.
import { URI } from 'vscode-uri';
import type { Docset } from '../../docset/docset';
import type { Directive, Span } from '../../model/types';
import { dirnameUri, relativeUri } from '../../workspace';
import { displayPath, resolveLinkUri } from '../links/resolve';

export { displayPath };

/** The normalized URI a directive path written in `fromUri` names. */
export function targetUri(fromUri: string, path: string, docset: Docset | undefined, roots: readonly string[]): string {
  return resolveLinkUri(fromUri, path, docset, roots);
}

/** The folder a path resolves from: the docset root for `/…`, else the folder of `fromUri`. */
function baseFolder(fromUri: string, path: string, docset: Docset | undefined, roots: readonly string[]): string {
  if (!path.startsWith('/')) return dirnameUri(fromUri);
  return docset?.root ?? roots.find((r) => relativeUri(r, fromUri) !== undefined) ?? dirnameUri(fromUri);
}

/** `Path.Combine(folder, path)` as docs-builder prints it for `{image}`: not normalized, a leading `/` trimmed. */
export function combinedPath(fromUri: string, path: string, docset: Docset | undefined, roots: readonly string[]): string {
  const folder = displayPath(baseFolder(fromUri, path, docset, roots));
  const rest = path.startsWith('/') ? path.replace(/^\/+/, '') : path;
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? folder + rest : `${folder}${sep}${rest}`;
}

/**
 * Whether docs-builder, on the machine that holds `uri`, takes `path` for an absolute path (.NET's
 * `Path.IsPathRooted`): on Windows (a file URI with a drive letter or a UNC host) a leading `\` or `/` or a drive
 * (`C:`); on Linux and macOS a leading `/` only. The directives trim the leading `/`s first (a `/`-path is from the
 * docset root), so on Linux and macOS their "must not be an absolute path" errors never fire.
 */
export function rootedPath(path: string, uri: string): boolean {
  if (!onWindows(uri)) return path.startsWith('/');
  return /^[\\/]/.test(path) || /^[A-Za-z]:/.test(path);
}

function onWindows(uri: string): boolean {
  const u = URI.parse(uri);
  return u.scheme === 'file' && (/^\/[A-Za-z]:/.test(u.path) || u.authority !== '');
}

/** Whether `uri` lies inside the docset's folder (docs-builder's `IsSubPathOf(DocumentationSourceDirectory)`). */
export function insideDocset(uri: string, docset: Docset): boolean {
  const rel = relativeUri(docset.root, uri);
  return rel !== undefined && rel !== '';
}

/**
 * docs-builder's snippet test for `{include}`: the full path of the target's folder contains `_snippets`
 * (ordinal, anywhere in the path).
 */
export function inSnippetsFolder(uri: string): boolean {
  return URI.parse(dirnameUri(uri)).path.includes('_snippets');
}

/** A directive's path argument and its span (the model keeps it trimmed); undefined when there is none. */
export function pathArgument(d: Directive): { path: string; span: Span } | undefined {
  return d.argument === '' ? undefined : { path: d.argument, span: d.argumentSpan };
}

/** `http(s)://…` as docs-builder's `Uri.TryCreate(…) && uri.Scheme.StartsWith("http")` sees it. */
export function httpUri(path: string): URL | undefined {
  if (!/^http[a-z0-9+.-]*:/i.test(path)) return undefined;
  try {
    return new URL(path);
  } catch {
    return undefined;
  }
}
