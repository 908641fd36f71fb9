// How docs-builder classifies a link URL (DiagnosticLinkInlineParser, spec §3.1): empty, templated, cross-link,
// external (http/https/mailto and the other excluded schemes), a custom protocol left alone, or internal.
// Pure string rules, no workspace.

/** Schemes that are never cross-links (`CrossLinkValidator.ExcludedSchemes`, compared case-insensitively). */
const EXCLUDED_SCHEMES = new Set(['http', 'https', 'ftp', 'file', 'tel', 'jdbc', 'mailto']);

/** `scheme:` as .NET's `Uri.TryCreate(…, Absolute)` reads it: a letter, then letters, digits, `+`, `-`, `.`. */
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;

export type UrlKind =
  | { kind: 'empty' }
  | { kind: 'template' }
  | { kind: 'external'; scheme: string }
  | { kind: 'crosslink'; scheme: string }
  /** `cursor:` and `vscode*:` links, passed through when their scheme is not a declared cross-link. */
  | { kind: 'custom-protocol'; scheme: string }
  /** `[](!/already/resolved)`: generated content, never checked. */
  | { kind: 'verbatim' }
  | { kind: 'internal'; path: string; anchor?: string };

/** The repository names a docset declares in `cross_links` (`public://repo` and `internal://repo` give `repo`). */
export function declaredCrossLinks(crossLinks: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const c of crossLinks) {
    const i = c.indexOf('://');
    const name = (i >= 0 ? c.slice(i + 3) : c).replace(/\/+$/, '').trim().toLowerCase();
    if (name) out.add(name);
  }
  return out;
}

export function isPassThroughScheme(scheme: string): boolean {
  const s = scheme.toLowerCase();
  return s === 'cursor' || s.startsWith('vscode');
}

/** Path and anchor as docs-builder splits an internal URL: on `#`, the anchor trimmed, a leading `!` dropped. */
export function splitInternal(url: string): { path: string; anchor?: string } {
  const parts = url.split('#');
  const path = parts[0].replace(/^!+/, '');
  return parts.length > 1 ? { path, anchor: parts[1].trim() } : { path };
}

export function classifyUrl(url: string, declared: ReadonlySet<string> | undefined): UrlKind {
  if (url.includes('{{')) return { kind: 'template' };
  if (url === '') return { kind: 'empty' };
  const m = SCHEME.exec(url);
  // A one-letter scheme is a Windows drive (`C:`), which .NET reads as a file path.
  if (m && m[1].length > 1) {
    const scheme = m[1].toLowerCase();
    if (EXCLUDED_SCHEMES.has(scheme)) return scheme === 'file' ? { kind: 'internal', ...splitInternal(url) } : { kind: 'external', scheme };
    if (!declared?.has(scheme) && isPassThroughScheme(scheme)) return { kind: 'custom-protocol', scheme };
    return { kind: 'crosslink', scheme };
  }
  if (url.startsWith('!')) return { kind: 'verbatim' };
  return { kind: 'internal', ...splitInternal(url) };
}

/**
 * Whether no link check can report on a link to `url`, whatever the docset: a template, a verbatim `!` URL or an
 * external one (`https:`, `ftp:`, …) but `mailto:`, whose domain is checked. `check` holds such links no longer.
 */
export function neverReported(url: string): boolean {
  const kind = classifyUrl(url, undefined);
  return kind.kind === 'template' || kind.kind === 'verbatim' || (kind.kind === 'external' && kind.scheme !== 'mailto');
}

/** The part of a host name docs-builder compares for `mailto:` links (the last two labels). */
export function mailtoDomain(url: string): string | undefined {
  const at = url.indexOf('@');
  if (at < 0) return undefined;
  const host = url.slice(at + 1).split(/[?#/]/)[0].toLowerCase();
  if (host === 'localhost') return host;
  const parts = host.split('.');
  return parts.length >= 2 ? parts.slice(-2).join('.') : host;
}
