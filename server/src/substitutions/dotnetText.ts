// .NET text behaviour that docs-builder's substitution mutations depend on, re-implemented for the web-safe core.
//
// Sources (dotnet/runtime), read for behaviour, not copied:
// - Casing: `string.ToUpperInvariant` / `ToLowerInvariant`, `char.ToUpperInvariant` / `ToLowerInvariant` and
//   culture `ToUpper` use ICU *simple* (one-to-one) case mapping, with one exception each way: U+0131 (dotless i)
//   never upper-cases and U+0130 (I with dot above) never lower-cases
//   (src/native/libs/System.Globalization.Native/pal_casing.c). JavaScript's toUpperCase/toLowerCase use *full*
//   mappings (ß → SS), so single code points whose full mapping has more than one code point are kept as they are,
//   except the Greek iota-subscript letters, whose simple upper-case mapping is listed below.
// - `JsonNamingPolicy.KebabCaseLower` / `SnakeCaseLower`: src/libraries/System.Text.Json/Common/JsonSeparatorNamingPolicy.cs
//   as shipped since .NET 8 (a state machine over UTF-16 code units). The search index only stores the pre-release
//   word-splitting version (dotnet/runtime@8600b4e0be2e); the shipped algorithm was confirmed from a verbatim port.
// - `JsonNamingPolicy.CamelCase`: src/libraries/System.Text.Json/Common/JsonCamelCaseNamingPolicy.cs
//   (dotnet/runtime@0528c69d70be).
// - `string.Trim()`: trims `char.IsWhiteSpace` characters.

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;
const DIGIT = /^\p{Nd}$/u;
const SPACE_SEPARATOR = /^\p{Zs}$/u;

/** `char.IsUpper` for one UTF-16 code unit (a lone surrogate is never upper-case). */
export function isUpperChar(c: string): boolean {
  return UPPER.test(c);
}

/** `char.IsLower` for one UTF-16 code unit. */
export function isLowerChar(c: string): boolean {
  return LOWER.test(c);
}

function isSurrogate(c: string): boolean {
  const code = c.charCodeAt(0);
  return code >= 0xd800 && code <= 0xdfff;
}

function codePointCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Simple upper-case mapping of one code point (given as a string of one code point). */
function upperCodePoint(ch: string): string {
  if (ch === '\u0131') return ch;
  const cp = ch.codePointAt(0) ?? 0;
  // Greek letters with ypogegrammeni: the full mapping has two code points, the simple one is the titlecase form.
  if ((cp >= 0x1f80 && cp <= 0x1f87) || (cp >= 0x1f90 && cp <= 0x1f97) || (cp >= 0x1fa0 && cp <= 0x1fa7)) {
    return String.fromCodePoint(cp + 8);
  }
  if (cp === 0x1fb3) return '\u1fbc';
  if (cp === 0x1fc3) return '\u1fcc';
  if (cp === 0x1ff3) return '\u1ffc';
  const up = ch.toUpperCase();
  return codePointCount(up) === 1 ? up : ch;
}

/** Simple lower-case mapping of one code point. */
function lowerCodePoint(ch: string): string {
  if (ch === '\u0130') return ch;
  const low = ch.toLowerCase();
  return codePointCount(low) === 1 ? low : ch;
}

/** `char.ToUpperInvariant`: one UTF-16 code unit in, one out. */
export function upperChar(c: string): string {
  return isSurrogate(c) ? c : upperCodePoint(c);
}

/** `char.ToLowerInvariant`: one UTF-16 code unit in, one out. */
export function lowerChar(c: string): string {
  return isSurrogate(c) ? c : lowerCodePoint(c);
}

/** `string.ToUpperInvariant()`: code point by code point, never changing the length. */
export function toUpperInvariant(s: string): string {
  let out = '';
  for (const ch of s) out += upperCodePoint(ch);
  return out;
}

/** `string.ToLowerInvariant()`: code point by code point (so no Greek final-sigma rule), never changing the length. */
export function toLowerInvariant(s: string): string {
  let out = '';
  for (const ch of s) out += lowerCodePoint(ch);
  return out;
}

/** `char.IsWhiteSpace` (differs from JavaScript's trim on U+0085, which .NET trims, and U+FEFF, which it keeps). */
export function isDotnetWhiteSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  if ((code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0x85 || code === 0xa0) return true;
  if (code === 0x2028 || code === 0x2029) return true;
  return code > 0xff && SPACE_SEPARATOR.test(c);
}

/** `string.Trim()` with no arguments. */
export function dotnetTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isDotnetWhiteSpace(s[start] ?? '')) start++;
  while (end > start && isDotnetWhiteSpace(s[end - 1] ?? '')) end--;
  return s.slice(start, end);
}

type SeparatorState = 'not-started' | 'upper' | 'lower-or-digit' | 'space';

/**
 * `JsonSeparatorNamingPolicy.ConvertName` with lower-casing (KebabCaseLower with '-', SnakeCaseLower with '_').
 * Word boundaries: lower/digit → upper; the last upper of an upper run when a lower-case letter follows
 * (`XMLParser` → `xml-parser`); runs of space separators between words become one separator; spaces at the start,
 * at the end and after punctuation are dropped. Any other character (punctuation, symbols, other letters, surrogates)
 * is copied as-is and starts afresh without a separator.
 */
export function toSeparatedLower(name: string, separator: '-' | '_'): string {
  let out = '';
  let state: SeparatorState = 'not-started';
  for (let i = 0; i < name.length; i++) {
    const c = name[i] ?? '';
    if (isUpperChar(c)) {
      if (state === 'lower-or-digit' || state === 'space') out += separator;
      else if (state === 'upper' && i + 1 < name.length && isLowerChar(name[i + 1] ?? '')) out += separator;
      out += lowerChar(c);
      state = 'upper';
    } else if (isLowerChar(c) || DIGIT.test(c)) {
      if (state === 'space') out += separator;
      out += c;
      state = 'lower-or-digit';
    } else if (SPACE_SEPARATOR.test(c)) {
      if (state !== 'not-started') state = 'space';
    } else {
      out += c;
      state = 'not-started';
    }
  }
  return out;
}

/**
 * `JsonCamelCaseNamingPolicy.ConvertName`: when the first character is upper-case, lower-case the leading run of
 * capitals, keeping the last one of a run that is followed by a non-capital (`APIKey` → `apiKey`), except that a
 * capital followed by a space is lower-cased too. Everything after the run is left alone, spaces included.
 */
export function toDotnetCamelCase(name: string): string {
  if (name === '' || !isUpperChar(name[0] ?? '')) return name;
  const chars = Array.from({ length: name.length }, (_, i) => name[i] ?? '');
  for (let i = 0; i < chars.length; i++) {
    if (i === 1 && !isUpperChar(chars[i] ?? '')) break;
    const hasNext = i + 1 < chars.length;
    if (i > 0 && hasNext && !isUpperChar(chars[i + 1] ?? '')) {
      if (chars[i + 1] === ' ') chars[i] = lowerChar(chars[i] ?? '');
      break;
    }
    chars[i] = lowerChar(chars[i] ?? '');
  }
  return chars.join('');
}
