// docs-builder's own semver parser, used by the version mutations and by versions.yml.
// Mirrors elastic/docs-builder src/Elastic.Documentation/Versions/SemVersion.cs (read at 1ccaf54f6fef):
// the semver.org regular expression, evaluated with .NET semantics (`\d` is any Unicode decimal digit and `$` also
// matches before a final "\n"), then `int.TryParse` on major, minor and patch (ASCII digits, 32-bit range).

export interface SemVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** Empty when absent. */
  readonly prerelease: string;
  /** Empty when absent. */
  readonly metadata: string;
}

const NUM = String.raw`(0|[1-9]\p{Nd}*)`;
const PRE_ID = String.raw`(?:0|[1-9]\p{Nd}*|\p{Nd}*[a-zA-Z-][0-9a-zA-Z-]*)`;
const SEMVER = new RegExp(
  String.raw`^${NUM}\.${NUM}\.${NUM}(?:-(${PRE_ID}(?:\.${PRE_ID})*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?\n?$`,
  'u',
);

const INT32_MAX = 2147483647;

function parseInt32(text: string): number | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined; // int.TryParse only reads ASCII digits
  const value = Number(text);
  return value <= INT32_MAX ? value : undefined;
}

/** `SemVersion.TryParse`: undefined when the input is not a full `major.minor.patch[-pre][+meta]` version. */
export function tryParseSemVersion(input: string): SemVersion | undefined {
  const m = SEMVER.exec(input);
  if (!m) return undefined;
  const major = parseInt32(m[1] ?? '');
  const minor = parseInt32(m[2] ?? '');
  const patch = parseInt32(m[3] ?? '');
  if (major === undefined || minor === undefined || patch === undefined) return undefined;
  return { major, minor, patch, prerelease: m[4] ?? '', metadata: m[5] ?? '' };
}

/** `SemVersion.ToString()`: `major.minor.patch`, then `-prerelease` and `+metadata` when present. */
export function formatSemVersion(v: SemVersion): string {
  let s = `${v.major}.${v.minor}.${v.patch}`;
  if (v.prerelease !== '') s += `-${v.prerelease}`;
  if (v.metadata !== '') s += `+${v.metadata}`;
  return s;
}
