// `sub.literal` (Information, only with the `suggestSubstitutions` setting): plain text equal to a
// substitution's value where `{{key}}` could be used. docs-builder has no such rule (spec §1.7); the official
// extension's version has false positives (official-extension.md §3.3 D, its issue #11), which this avoids:
// - only prose (plainText.ts: never code, links, comments, roles, directive lines, headings' ids);
// - whole words only, the longest value first (`Elastic Cloud Hosted` before `Elastic Cloud`);
// - never `version.*` or `context.*` values, nor values that are numbers or shorter than 3 characters;
// - not when the text goes on with a capitalised word: `Elastic Agent Builder` is another name than
//   `Elastic Agent`.
// Keys are offered in scope order: the page's front matter, the docset, then built-in `product.*` names.
import type { SubScope, SubValue } from '../../docset/substitutions';
import type { Page } from '../../model/types';
import type { DocDiagnostic } from '../../types';
import type { FeatureContext } from '../types';
import { excludedSpans, overlaps } from './plainText';
import { isBuiltinAlias } from './symbols';

export interface Literal {
  start: number;
  end: number;
  value: string;
  /** Keys with this value, the preferred one first. */
  keys: string[];
}

const ORDER: Record<SubValue['origin']['kind'], number> = { frontmatter: 0, docset: 1, builtin: 2, context: 3 };

/** Values worth suggesting, each with its keys in order of preference. */
export function literalCandidates(scope: SubScope): Map<string, string[]> {
  const values = scope.all()
    .filter((v) => v.origin.kind !== 'context' && !v.key.startsWith('version.') && !isBuiltinAlias(v, scope))
    .filter((v) => v.value.length >= 3 && /\p{L}/u.test(v.value) && !/^v?\d/.test(v.value) && !/[\r\n]/.test(v.value))
    .sort((a, b) => ORDER[a.origin.kind] - ORDER[b.origin.kind]);
  const out = new Map<string, string[]>();
  for (const v of values) {
    const keys = out.get(v.value);
    if (keys) keys.push(v.rawKey);
    else out.set(v.value, [v.rawKey]);
  }
  return out;
}

const patterns = new Map<string, RegExp>();

function patternFor(values: string[]): RegExp {
  const sorted = [...values].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const id = sorted.join('\u0000');
  let re = patterns.get(id);
  if (!re) {
    const alternatives = sorted.map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    re = new RegExp(`(?<![\\p{L}\\p{N}_\\-./])(?:${alternatives})(?![\\p{L}\\p{N}_-])`, 'gu');
    if (patterns.size >= 16) patterns.delete(patterns.keys().next().value as string);
    patterns.set(id, re);
  }
  re.lastIndex = 0;
  return re;
}

/** `Kibana.yml`, `Kibana/x`: a file or path name, not prose. */
const PATH_AFTER = /^[./][\p{L}\p{N}]/u;
/** `Elastic Agent Builder`: the value is the start of a longer capitalised name. */
const LONGER_NAME = /^ \p{Lu}/u;

export function findLiterals(page: Page, scope: SubScope): Literal[] {
  const candidates = literalCandidates(scope);
  if (candidates.size === 0) return [];
  const excluded = excludedSpans(page);
  const text = page.text;
  const out: Literal[] = [];
  for (const m of text.matchAll(patternFor([...candidates.keys()]))) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 2);
    if (PATH_AFTER.test(after) || LONGER_NAME.test(after)) continue;
    if (overlaps(excluded, start, end)) continue;
    out.push({ start, end, value: m[0], keys: candidates.get(m[0]) ?? [] });
  }
  return out;
}

export function literalDiagnostics(ctx: FeatureContext): DocDiagnostic[] {
  if (!ctx.config.suggestSubstitutions) return [];
  const L = ctx.page.lines;
  return findLiterals(ctx.page, ctx.subs).map((l) => ({
    code: 'sub.literal',
    severity: 'information',
    message: `Use {{${l.keys[0]}}} instead of the literal text "${l.value}"`,
    range: L.range(l.start, l.end),
    data: { key: l.keys[0], keys: l.keys, value: l.value },
  }));
}
