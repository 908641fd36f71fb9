// What the cursor is on, for every substitution feature: a use (`{{key | m}}` anywhere the model records one:
// text, comments, `{subs}` roles, link URLs, directive titles, front matter values, `subs=true` code), a
// front-matter `sub:` definition, or a `subs:` key of a docset file opened as a document.
import type { Range } from 'vscode-languageserver-types';
import { parseDocset, type Docset, type DocsetSub } from '../../docset/docset';
import { DOCSET_FILES } from '../../docset/store';
import type { SubScope, SubValue } from '../../docset/substitutions';
import type { Page, SubDefinition, SubUse } from '../../model/types';
import { LineIndex } from '../../model/lines';
import { basenameUri, dirnameUri } from '../../workspace';
import type { FeatureContext } from '../types';

export type SubSymbol =
  | { kind: 'use'; key: string; rawKey: string; use: SubUse; value: SubValue | undefined }
  | { kind: 'frontmatter'; key: string; rawKey: string; def: SubDefinition; value: SubValue | undefined }
  | { kind: 'docset'; key: string; rawKey: string; sub: DocsetSub; docset: Docset; lines: LineIndex };

export function isDocsetFile(uri: string): boolean {
  return DOCSET_FILES.includes(basenameUri(uri));
}

/**
 * docs-builder's URL-template guard (spec §1.3): an undefined key of one character without mutations is not a
 * substitution at all (`{{x}}` in tile URLs).
 */
export function isSubstitution(use: SubUse, scope: SubScope): boolean {
  return use.key.length > 1 || use.mutations.length > 0 || scope.get(use.key) !== undefined;
}

const within = (s: { start: number; end: number }, o: number): boolean => s.start <= o && o <= s.end;

/** The use under `offset` (its braces included); a use that starts at `offset` wins over one that ends there. */
export function useAt(page: Page, offset: number): SubUse | undefined {
  let hit: SubUse | undefined;
  for (const u of page.subs) {
    if (u.start > offset) break;
    if (within(u, offset)) {
      hit = u;
      if (offset < u.end) return u;
    }
  }
  return hit;
}

export function frontMatterDefAt(page: Page, offset: number): SubDefinition | undefined {
  return page.frontMatter?.subs.find((d) => within(d.keySpan, offset));
}

/** The docset file a document is, parsed from the document's own text (it may have unsaved edits). */
export function docsetOfDocument(ctx: FeatureContext): { docset: Docset; lines: LineIndex } | undefined {
  if (!isDocsetFile(ctx.doc.uri)) return undefined;
  const docset = parseDocset(ctx.doc.uri, dirnameUri(ctx.doc.uri), ctx.doc.text);
  return { docset, lines: new LineIndex(ctx.doc.text) };
}

function rangeHas(r: Range, line: number, character: number): boolean {
  if (line < r.start.line || line > r.end.line) return false;
  if (line === r.start.line && character < r.start.character) return false;
  if (line === r.end.line && character > r.end.character) return false;
  return true;
}

export function symbolAt(ctx: FeatureContext, offset: number): SubSymbol | undefined {
  const yml = docsetOfDocument(ctx);
  if (yml) {
    const p = yml.lines.positionAt(offset);
    for (const sub of yml.docset.subs.values()) {
      if (rangeHas(sub.keyRange, p.line, p.character)) return { kind: 'docset', key: sub.key, rawKey: sub.rawKey, sub, docset: yml.docset, lines: yml.lines };
    }
    return undefined;
  }
  const use = useAt(ctx.page, offset);
  if (use) {
    if (!isSubstitution(use, ctx.subs)) return undefined;
    return { kind: 'use', key: use.key, rawKey: use.rawKey, use, value: ctx.subs.get(use.key) };
  }
  const def = frontMatterDefAt(ctx.page, offset);
  if (def) return { kind: 'frontmatter', key: def.key, rawKey: def.rawKey, def, value: ctx.subs.get(def.key) };
  return undefined;
}

/** True when the key resolves to this page's front matter (not shadowed by a global key). */
export function isPageLocal(value: SubValue | undefined): boolean {
  return value?.origin.kind === 'frontmatter';
}

/** Alternative spellings docs-builder adds for built-in keys: `.id` and the `_` forms of `-` ids. */
export function isBuiltinAlias(value: SubValue, scope: SubScope): boolean {
  if (value.origin.kind !== 'builtin') return false;
  const k = value.key;
  if (k.startsWith('.')) return true;
  if (!k.includes('_')) return false;
  // `version.edot_php` is the alias of `version.edot-php` when that exists with the same value.
  const dashed = k.replace(/_/g, '-');
  return dashed !== k && scope.get(dashed)?.value === value.value;
}

/** A Markdown code span holding `s` literally (a fence longer than any backtick run inside it). */
export function codeSpan(s: string): string {
  if (s === '') return '`""`';
  let longest = 0;
  let run = 0;
  for (const ch of s) {
    run = ch === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each side of a code span that has both: pad to keep them.
  const pad = longest > 0 || (s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** A YAML mapping key for `name`: plain when YAML reads it back as the same string, quoted otherwise. */
export function yamlKey(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) && !/^(null|true|false|yes|no|on|off|y|n)$/i.test(name);
  return plain ? name : JSON.stringify(name);
}
