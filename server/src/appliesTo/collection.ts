// An applicability string, `<lifecycle> [version], …`, read as docs-builder's AppliesCollection.TryParse and
// Applicability.TryParse do (src/Elastic.Documentation/AppliesTo/Applicability.cs): comma-separated items, the first
// two space-separated tokens of each, version inference for several `>=` items, then a sort, highest version first.
import {
  DEPRECATED_LIFECYCLE_TOKENS,
  LIFECYCLE_TOKENS,
  VALID_LIFECYCLES_MESSAGE_LIST,
} from '../data/appliesTo';
import { locSpan, type ApplicabilityItem, type DiagnosticSink, type TextLoc } from './model';
import { compareSemVer, parseVersionSpec, sortVersion, type SemVer, type VersionSpec } from './version';

export interface Span {
  start: number;
  end: number;
}

/** An item with the source spans that validation points at. */
export interface ParsedItem extends ApplicabilityItem {
  span: Span;
  versionSpan?: Span;
}

const GA_ALL = (span: Span): ParsedItem => ({ lifecycle: 'ga', version: { kind: 'all' }, span });

/** Trimmed bounds of `text[a..b)`. */
function trimRange(text: string, a: number, b: number): [number, number] {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return [a, b];
}

/** Splits `text[a..b)` on `sep`, giving trimmed, non-empty pieces with their bounds. */
function pieces(text: string, a: number, b: number, sep: string, keepEmpty: boolean): [number, number][] {
  const out: [number, number][] = [];
  let from = a;
  for (let i = a; i <= b; i++) {
    if (i < b && text[i] !== sep) continue;
    const r = trimRange(text, from, i);
    if (keepEmpty || r[1] > r[0]) out.push(r);
    from = i + 1;
  }
  return out;
}

function parseItem(loc: TextLoc, a: number, b: number, report: DiagnosticSink): ParsedItem | undefined {
  const text = loc.text;
  const span = locSpan(loc, a, b);
  const raw = text.slice(a, b);
  if (raw === '' || raw.toLowerCase() === 'all') return GA_ALL(span);
  // Split on spaces only (docs-builder's Split(" ")), trimming each entry.
  const tokens = pieces(text, a, b, ' ', false);
  const [l0, l1] = tokens[0];
  const token = text.slice(l0, l1);
  const lookup = token.toLowerCase();
  const lifecycle = LIFECYCLE_TOKENS[lookup];
  if (!lifecycle) {
    report('applies.unknown-lifecycle', 'error', `Unknown product lifecycle: '${token}'. Valid lifecycles are: ${VALID_LIFECYCLES_MESSAGE_LIST}.`, locSpan(loc, l0, l1));
    return undefined;
  }
  if (DEPRECATED_LIFECYCLE_TOKENS.has(lookup)) {
    report('applies.deprecated-lifecycle', 'hint', `The '${lookup}' lifecycle is deprecated and will be removed in a future release.`, locSpan(loc, l0, l1));
  }
  const item: ParsedItem = { lifecycle, span };
  if (tokens.length >= 2) {
    const [v0, v1] = tokens[1];
    const vtext = text.slice(v0, v1);
    item.versionSpan = locSpan(loc, v0, v1);
    const version: VersionSpec | undefined = vtext === 'all' ? { kind: 'all' } : parseVersionSpec(vtext);
    if (version) item.version = version;
    else {
      report('applies.invalid-version', 'warning',
        `Invalid version '${vtext}': docs-builder silently drops it and shows '${token}' without a version. ` +
        `Use a version such as 9.1, 9.1+, 9.1.2, =9.1, 9.0-9.2 or 9.0.4!.`, item.versionSpan);
    }
  }
  if (tokens.length > 2) {
    const rest = locSpan(loc, tokens[2][0], tokens[tokens.length - 1][1]);
    report('applies.ignored-text', 'warning',
      `'${text.slice(tokens[2][0], tokens[tokens.length - 1][1])}' is ignored: docs-builder reads only '<lifecycle> [version]' from each item. Separate items with commas.`, rest);
  }
  return item;
}

const semKey = (v: SemVer): string => `${v.major}.${v.minor}.${v.patch}-${v.prerelease}`;

/**
 * With two or more `>=` items, all at patch 0, the highest keeps `>=`; each lower one becomes exact when the next
 * starts one minor later, or a range up to the minor before the next one.
 */
function inferVersions(items: ParsedItem[]): void {
  const gte = items.filter((i) => i.version?.kind === 'gte');
  if (gte.length <= 1) return;
  const mins = gte.map((i) => (i.version as { min: SemVer }).min);
  if (mins.some((v) => v.patch !== 0)) return;
  const distinct = [...new Map(mins.map((v) => [semKey(v), v])).values()].sort(compareSemVer);
  if (distinct.length <= 1) return;
  const mapped = new Map<string, VersionSpec>();
  distinct.forEach((cur, i) => {
    const next = distinct[i + 1];
    if (!next) mapped.set(semKey(cur), { kind: 'gte', min: cur, showMinPatch: false });
    else if (cur.major === next.major && next.minor === cur.minor + 1) mapped.set(semKey(cur), { kind: 'exact', min: cur, showMinPatch: false });
    else {
      // docs-builder computes the end as (next.major, next.minor - 1, 0), even when next.minor is 0.
      const max: SemVer = { major: next.major, minor: next.minor - 1, patch: 0, prerelease: '' };
      mapped.set(semKey(cur), { kind: 'range', min: cur, max, showMinPatch: false, showMaxPatch: false });
    }
  });
  for (const item of gte) item.version = mapped.get(semKey((item.version as { min: SemVer }).min)) ?? item.version;
}

/** Items without a version (or `all`) sort last; the others by version (range: its upper end), highest first. */
export function compareItemsDescending(a: ApplicabilityItem, b: ApplicabilityItem): number {
  const av = a.version && a.version.kind !== 'all' ? a.version : undefined;
  const bv = b.version && b.version.kind !== 'all' ? b.version : undefined;
  if (!av && !bv) return 0;
  if (!av) return 1;
  if (!bv) return -1;
  return compareSemVer(sortVersion(bv), sortVersion(av));
}

/**
 * Parses an applicability string. Returns undefined when no item survives (every lifecycle unknown), which is when
 * docs-builder leaves the key unset.
 */
export function parseAppliesCollection(loc: TextLoc, report: DiagnosticSink): ParsedItem[] | undefined {
  const whole = loc.text.trim();
  if (whole === '' || whole.toLowerCase() === 'all') return [GA_ALL({ start: loc.start, end: loc.end })];
  const items: ParsedItem[] = [];
  for (const [a, b] of pieces(loc.text, 0, loc.text.length, ',', true)) {
    const item = parseItem(loc, a, b, report);
    if (item) items.push(item);
  }
  if (items.length === 0) return undefined;
  inferVersions(items);
  return items.sort(compareItemsDescending);
}
