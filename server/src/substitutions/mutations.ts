// Substitution mutations (`{{key | M.M}}`), parsed and applied exactly as docs-builder does.
// Mirrors elastic/docs-builder (read at 016f8becb289):
// - src/Elastic.Markdown/Myst/InlineParsers/Substitution/SubstitutionParser.cs: the `SubstitutionMutation` enum
//   (member order, `[Display(Name)]`), the limit of 10 mutations, the "undefined mutation" check;
// - src/Elastic.Markdown/Myst/InlineParsers/Substitution/SubstitutionMutationHelper.cs: what each mutation does.
// Names are parsed by NetEscapades.EnumGenerators `TryParse(name, out m, ignoreCase: true,
// allowMatchingMetadataAttribute: true)` (1.0.0-beta12): the display name (`lc`), then the enum member name
// (`LowerCase`), both case-insensitive, then any 32-bit integer, cast to the enum (`5` is `lc`; a number outside
// the enum is accepted and does nothing).

import {
  dotnetTrim,
  toDotnetCamelCase,
  toLowerInvariant,
  toSeparatedLower,
  toUpperInvariant,
  upperChar,
} from './dotnetText';
import { formatSemVersion, tryParseSemVersion, type SemVersion } from './semver';

export type MutationName =
  | 'M' | 'M.x' | 'M.M' | 'M+1' | 'M.M+1'
  | 'lc' | 'uc' | 'tc' | 'c' | 'kc' | 'sc' | 'cc' | 'pc' | 'trim';

export interface MutationInfo {
  /** The name authors write (docs-builder's `[Display(Name)]`). */
  readonly name: MutationName;
  /** The C# enum member, which docs-builder also accepts as a name. */
  readonly member: string;
  /** Operates on versions (values that are not versions are returned unchanged). */
  readonly version: boolean;
  /** One or two sentences for completion and hover. */
  readonly description: string;
}

/**
 * docs-builder applies no mutation at all when a substitution has this many or more, counting every non-empty `|`
 * part after the key, known or not, and reports `Substitution key {<key>} defines too many mutations, none will be
 * applied` (inline text only; titles and `subs=true` code apply any number silently).
 */
export const MAX_MUTATIONS = 10;

const NOT_A_VERSION = 'A value that is not a version (also after appending `.0`, so `9.1` works) is left unchanged.';

/** In the order of docs-builder's enum, so a mutation's index is its numeric value. */
export const MUTATIONS: readonly MutationInfo[] = [
  { name: 'M', member: 'MajorComponent', version: true, description: `Major version: \`9.1.2\` → \`9\`. ${NOT_A_VERSION}` },
  { name: 'M.x', member: 'MajorX', version: true, description: `Major version and \`.x\`: \`9.1.2\` → \`9.x\`. ${NOT_A_VERSION}` },
  { name: 'M.M', member: 'MajorMinor', version: true, description: `Major and minor version: \`9.1.2\` → \`9.1\`. ${NOT_A_VERSION}` },
  { name: 'M+1', member: 'IncreaseMajor', version: true, description: `Next major version, as a full version: \`9.1.2\` → \`10.0.0\`. ${NOT_A_VERSION}` },
  { name: 'M.M+1', member: 'IncreaseMinor', version: true, description: `Next minor version, as a full version: \`9.1.2\` → \`9.2.0\`. ${NOT_A_VERSION}` },
  { name: 'lc', member: 'LowerCase', version: false, description: 'Lower case: `Elastic Cloud` → `elastic cloud`.' },
  { name: 'uc', member: 'UpperCase', version: false, description: 'Upper case: `Elastic Cloud` → `ELASTIC CLOUD`.' },
  { name: 'tc', member: 'TitleCase', version: false, description: 'Title case: upper-cases the first letter of each space-separated word and leaves the other letters as they are: `elastic cloud` → `Elastic Cloud`.' },
  { name: 'c', member: 'Capitalize', version: false, description: 'Capitalize: upper-cases the first character only: `elastic cloud` → `Elastic cloud`.' },
  { name: 'kc', member: 'KebabCase', version: false, description: 'kebab-case (.NET `JsonNamingPolicy.KebabCaseLower`, then spaces removed): `Elastic Cloud Hosted` → `elastic-cloud-hosted`.' },
  { name: 'sc', member: 'SnakeCase', version: false, description: 'snake_case (.NET `JsonNamingPolicy.SnakeCaseLower`, then spaces removed): `Elastic Cloud Hosted` → `elastic_cloud_hosted`.' },
  { name: 'cc', member: 'CamelCase', version: false, description: 'camelCase (.NET `JsonNamingPolicy.CamelCase`, then spaces removed). It only lower-cases leading capitals, so `Elastic Cloud Hosted` → `elasticCloudHosted` but `elastic cloud` → `elasticcloud`; use `tc | cc` for lower-case input.' },
  { name: 'pc', member: 'PascalCase', version: false, description: 'PascalCase: title case, then spaces removed: `elastic cloud hosted` → `ElasticCloudHosted`.' },
  { name: 'trim', member: 'Trim', version: false, description: 'Removes trailing `!` `.` `,` `;` `:` `?`, spaces, tabs and line breaks. It trims the end only, not the start.' },
];

const BY_NAME = new Map<string, MutationInfo>();
for (const m of MUTATIONS) BY_NAME.set(m.name.toUpperCase(), m);
const BY_MEMBER = new Map<string, MutationInfo>();
for (const m of MUTATIONS) BY_MEMBER.set(m.member.toUpperCase(), m);

/** `StringComparison.OrdinalIgnoreCase` key: every UTF-16 unit upper-cased with the invariant simple mapping. */
function ordinalIgnoreCaseKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += upperChar(s[i] ?? '');
  return out;
}

export interface ResolvedMutation {
  /** The name as written, trimmed. */
  readonly written: string;
  /** Undefined for a number outside docs-builder's enum: accepted without error, and it changes nothing. */
  readonly info: MutationInfo | undefined;
}

/** Resolves a mutation name as docs-builder does; undefined when docs-builder reports it as undefined. */
export function resolveMutation(name: string): ResolvedMutation | undefined {
  const written = dotnetTrim(name);
  const key = ordinalIgnoreCaseKey(written);
  const info = BY_NAME.get(key) ?? BY_MEMBER.get(key);
  if (info) return { written, info };
  // int.TryParse with NumberStyles.Integer: optional sign, ASCII digits, 32-bit range.
  const num = /^[+-]?([0-9]+)$/.exec(written);
  if (num) {
    const value = Number(written);
    if (value >= -2147483648 && value <= 2147483647) return { written, info: MUTATIONS[value] };
  }
  return undefined;
}

/** True when docs-builder accepts the name (case-insensitive display or member name, or a number). */
export function isKnownMutation(name: string): boolean {
  return resolveMutation(name) !== undefined;
}

function withVersion(value: string, format: (v: SemVersion) => string): string {
  const v = tryParseSemVersion(value) ?? tryParseSemVersion(`${value}.0`);
  return v ? format(v) : value;
}

function capitalize(s: string): string {
  return s === '' ? '' : upperChar(s[0] ?? '') + s.slice(1);
}

function titleCase(s: string): string {
  return s.split(' ').map(capitalize).join(' ');
}

const TRIM_END = new Set(['!', '.', ',', ';', ':', '?', ' ', '\t', '\n', '\r']);

function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && TRIM_END.has(s[end - 1] ?? '')) end--;
  return s.slice(0, end);
}

const removeSpaces = (s: string): string => s.split(' ').join('');

/** Applies one mutation (`SubstitutionMutationHelper.ApplySingleMutation`). */
export function applyMutation(value: string, mutation: MutationInfo): string {
  switch (mutation.name) {
    case 'M': return withVersion(value, (v) => `${v.major}`);
    case 'M.x': return withVersion(value, (v) => `${v.major}.x`);
    case 'M.M': return withVersion(value, (v) => `${v.major}.${v.minor}`);
    case 'M+1': return withVersion(value, (v) => formatSemVersion({ major: v.major + 1, minor: 0, patch: 0, prerelease: '', metadata: '' }));
    case 'M.M+1': return withVersion(value, (v) => formatSemVersion({ major: v.major, minor: v.minor + 1, patch: 0, prerelease: '', metadata: '' }));
    case 'lc': return toLowerInvariant(value);
    case 'uc': return toUpperInvariant(value);
    case 'tc': return titleCase(value);
    case 'c': return capitalize(value);
    case 'kc': return removeSpaces(toSeparatedLower(value, '-'));
    case 'sc': return removeSpaces(toSeparatedLower(value, '_'));
    case 'cc': return removeSpaces(toDotnetCamelCase(value));
    case 'pc': return removeSpaces(titleCase(value));
    case 'trim': return trimEnd(value);
  }
}

export interface MutationStep {
  /** The canonical name (`M.M`), or the name as written for a number outside the enum. */
  readonly mutation: string;
  readonly input: string;
  readonly output: string;
}

export interface MutationResult {
  readonly result: string;
  /** One step per accepted mutation, in order. */
  readonly steps: readonly MutationStep[];
  /** Names docs-builder reports as `Mutation '<m>' on {<key>} is undefined` (trimmed, as written); they are skipped. */
  readonly unknown: readonly string[];
}

/**
 * Applies mutations left to right, skipping unknown ones (docs-builder reports them and applies the others).
 * Empty names are ignored, as docs-builder drops empty `|` parts. The `MAX_MUTATIONS` rule is the caller's:
 * with 10 or more, docs-builder applies none.
 */
export function applyMutations(value: string, names: readonly string[]): MutationResult {
  let result = value;
  const steps: MutationStep[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const resolved = resolveMutation(name);
    if (resolved === undefined) {
      const written = dotnetTrim(name);
      if (written !== '') unknown.push(written);
      continue;
    }
    const input = result;
    if (resolved.info) result = applyMutation(result, resolved.info);
    steps.push({ mutation: resolved.info?.name ?? resolved.written, input, output: result });
  }
  return { result, steps, unknown };
}
