// Version specs of applies_to items: `9.1`, `9.1+`, `9.1.2`, `=9.1`, `9.0-9.2`, `9.0.4!`, as docs-builder's
// VersionSpec.TryParse (src/Elastic.Documentation/Versions/VersionSpec.cs) and SemVersion read them.

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  /** semver pre-release part, empty when there is none. */
  prerelease: string;
}

export type VersionSpec =
  /** `all`, or an empty version: every version. */
  | { kind: 'all' }
  /** `9.1`, `9.1+`, `9.1.2`: this version and later. */
  | { kind: 'gte'; min: SemVer; showMinPatch: boolean }
  /** `=9.1`: this version only. */
  | { kind: 'exact'; min: SemVer; showMinPatch: boolean }
  /** `9.0-9.2`: inclusive range. */
  | { kind: 'range'; min: SemVer; max: SemVer; showMinPatch: boolean; showMaxPatch: boolean };

// The semver.org 2.0 grammar: no leading zeros, optional pre-release and build metadata.
const NUM = '(0|[1-9]\\d*)';
const PRE_ID = '(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)';
const SEMVER = new RegExp(`^${NUM}\\.${NUM}\\.${NUM}(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?$`);
const INT_MAX = 2147483647;

function parseSemVer(input: string): SemVer | undefined {
  const m = SEMVER.exec(input);
  if (!m) return undefined;
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
  if (major > INT_MAX || minor > INT_MAX || patch > INT_MAX) return undefined;
  return { major, minor, patch, prerelease: m[4] ?? '' };
}

/** A full or minor-only version (`9.1` is read as `9.1.0`). */
export function parseVersion(input: string): SemVer | undefined {
  const t = input.trim();
  if (t === '') return undefined;
  return parseSemVer(t) ?? parseSemVer(`${t}.0`);
}

/** The dash of `9.0-9.2`: followed by a digit and preceded by a version (so `9.0.0-beta1` is not a range). */
function rangeSeparator(input: string): number {
  for (let i = 1; i < input.length - 1; i++) {
    if (input[i] !== '-' || !/\d/.test(input[i + 1])) continue;
    const before = input.slice(0, i);
    if (parseVersion(before.endsWith('!') ? before.slice(0, -1) : before)) return i;
  }
  return -1;
}

/** Strips a trailing `!` or `!+` (show the patch), keeping the `+`. */
function stripBang(s: string): { rest: string; bang: boolean } {
  if (s.endsWith('!+')) return { rest: `${s.slice(0, -2)}+`, bang: true };
  if (s.endsWith('!')) return { rest: s.slice(0, -1), bang: true };
  return { rest: s, bang: false };
}

/** Parses one version token; `undefined` where docs-builder drops the token (the item then has no version). */
export function parseVersionSpec(input: string): VersionSpec | undefined {
  const t = input.trim();
  if (t === '') return undefined;
  if (t.startsWith('=')) {
    const { rest, bang } = stripBang(t.slice(1));
    const v = parseVersion(rest);
    return v && { kind: 'exact', min: v, showMinPatch: bang };
  }
  const dash = rangeSeparator(t);
  if (dash > 0) {
    const minPart = stripBang(t.slice(0, dash));
    const maxPart = stripBang(t.slice(dash + 1));
    const maxText = maxPart.rest.endsWith('+') ? maxPart.rest.slice(0, -1) : maxPart.rest;
    const min = parseVersion(minPart.rest);
    const max = parseVersion(maxText);
    return min && max ? { kind: 'range', min, max, showMinPatch: minPart.bang, showMaxPatch: maxPart.bang } : undefined;
  }
  const { rest, bang } = stripBang(t);
  const v = parseVersion(rest.endsWith('+') ? rest.slice(0, -1) : rest);
  return v && { kind: 'gte', min: v, showMinPatch: bang };
}

function comparePrerelease(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const as = a.split('.');
  const bs = b.split('.');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const an = /^\d+$/.test(as[i]);
    const bn = /^\d+$/.test(bs[i]);
    if (an && bn && Number(as[i]) !== Number(bs[i])) return Number(as[i]) - Number(bs[i]);
    if (an !== bn) return an ? -1 : 1;
    if (!an && as[i] !== bs[i]) return as[i] < bs[i] ? -1 : 1;
  }
  return as.length - bs.length;
}

export function compareSemVer(a: SemVer, b: SemVer): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePrerelease(a.prerelease, b.prerelease);
}

/** docs-builder's `AllVersions` sentinel (99999.0.0): the open end of `9.1+` and the value of `all`. */
export const ALL_VERSIONS: SemVer = { major: 99999, minor: 0, patch: 0, prerelease: '' };

/** The version a spec sorts by: the upper end of a range, otherwise its minimum. */
export function sortVersion(spec: VersionSpec): SemVer {
  if (spec.kind === 'all') return ALL_VERSIONS;
  return spec.kind === 'range' ? spec.max : spec.min;
}

export function formatSemVer(v: SemVer, showPatch: boolean): string {
  return showPatch ? `${v.major}.${v.minor}.${v.patch}` : `${v.major}.${v.minor}`;
}

/** Canonical text, as docs-builder prints it: `9.1+`, `=9.0`, `9.0-9.2`, `9.0.4+` (with `!`), `all`. */
export function formatVersionSpec(spec: VersionSpec): string {
  switch (spec.kind) {
    case 'all':
      return 'all';
    case 'gte':
      return `${formatSemVer(spec.min, spec.showMinPatch)}+`;
    case 'exact':
      return `=${formatSemVer(spec.min, spec.showMinPatch)}`;
    case 'range':
      return `${formatSemVer(spec.min, spec.showMinPatch)}-${formatSemVer(spec.max, spec.showMaxPatch)}`;
  }
}
