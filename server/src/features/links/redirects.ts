// Redirect lookups as docs-builder does them (RedirectFile: keys compared case-insensitively; a `!target` string
// redirects without anchors; an empty one goes to `index.md`), and the replacement path for a link.
import type { Docset, Redirect } from '../../docset/docset';
import { relativeUri } from '../../workspace';
import { dirnameUri, joinUri } from '../../workspace';

const lowered = new WeakMap<Docset, Map<string, Redirect>>();

export function redirectFor(docset: Docset | undefined, path: string): Redirect | undefined {
  if (!docset || docset.redirects.size === 0) return undefined;
  const direct = docset.redirects.get(path);
  if (direct) return direct;
  let m = lowered.get(docset);
  if (!m) {
    m = new Map([...docset.redirects].map(([k, v]) => [k.toLowerCase(), v]));
    lowered.set(docset, m);
  }
  return m.get(path.toLowerCase());
}

/** The targets of a redirect, cleaned as docs-builder reads them (`!x` → `x`, empty → `index.md`, none → itself). */
export function redirectTargets(r: Redirect): string[] {
  const to = r.to.map((t) => (t === '' ? 'index.md' : t.replace(/^!/, '')));
  return to.length ? to : [r.from.replace(/^\.?\//, '')];
}

/** How docs-builder names the target in its message: the target, or `one of: a, b` for `many:` rules. */
export function redirectLabel(r: Redirect): string {
  const to = redirectTargets(r);
  return to.length === 1 ? to[0] : `one of: ${to.join(', ')}`;
}

/**
 * The path to write in a link on `fromUri` for a redirect target (docset-relative, or a cross-link URL as is):
 * `/`-rooted when the original link was, else relative to the page's folder.
 */
export function linkPathFor(target: string, fromUri: string, docset: Docset, rooted: boolean): string {
  if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(target)) return target;
  const clean = target.replace(/^\/+/, '');
  if (rooted) return `/${clean}`;
  return relativeLinkPath(fromUri, joinUri(docset.root, clean));
}

/** A relative link path from the folder of `fromUri` to `toUri`. */
export function relativeLinkPath(fromUri: string, toUri: string): string {
  const from = dirnameUri(fromUri);
  const direct = relativeUri(from, toUri);
  if (direct !== undefined) return direct;
  const a = from.split('/');
  const b = toUri.split('/');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].map(decodeURIComponent).join('/');
}
