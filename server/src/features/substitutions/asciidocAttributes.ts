// AsciiDoc attribute references left over from the migration (`{es}`, `{kib}`): docs-builder has no such syntax and
// renders them literally. When the name is a substitution in scope, `sub.asciidoc-attribute` (Warning, our own
// rule and wording) suggests `{{name}}`, with a quick fix (./codeActions.ts). Only in rendered prose: never in code
// (blocks or spans), role names or contents (`` {icon}`x` ``), directive lines (`:::{note}`), `{{double}}` braces,
// link URLs or bare URLs, front matter, comments, `{math}` bodies, the YAML bodies docs-builder does not
// substitute in, or for names of directives and roles (prose that names `{note}`).
import { isKnownDirective } from '../../data/directives';
import { ROLES } from '../../data/roles';
import { codeSpansIn } from '../../model/inline';
import type { Page, Span } from '../../model/types';
import type { DocDiagnostic } from '../../types';
import type { FeatureContext } from '../types';
import { overlaps } from './plainText';

/** The reference for `attributeAt`: `{name}`. */
export const ATTRIBUTE = /\{([A-Za-z0-9_][A-Za-z0-9_-]*)\}/g;
const ROLE_NAMES = new Set(ROLES.map((r) => r.name));
const YAML_BODY = new Set(['hero', 'link-card', 'get-started', 'whats-new']);

export interface AsciidocAttribute extends Span {
  /** The name as written. */
  name: string;
  /** The substitution key it matches (lower-cased). */
  key: string;
}

function excluded(page: Page): Span[] {
  const spans: Span[] = [];
  if (page.frontMatter) spans.push(page.frontMatter);
  spans.push(...page.codeBlocks, ...page.comments, ...page.blockComments, ...page.strayFences, ...page.roles, ...page.subs, ...page.anchors);
  for (const d of page.directives) {
    spans.push(d.open, ...d.options);
    if (d.close) spans.push(d.close);
    // YAML bodies are not substituted; `{math}` bodies are LaTeX, whose braces are not attributes.
    if (YAML_BODY.has(d.name) || d.name === 'math') spans.push(d.body);
  }
  for (const l of page.links) spans.push(l.autolink ? l : l.urlSpan);
  for (const h of page.headings) if (h.customId) spans.push({ start: h.customId.start - 1, end: h.customId.end + 1 });
  return spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end).reduce<Span[]>((m, s) => {
    const last = m[m.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else m.push({ start: s.start, end: s.end });
    return m;
  }, []);
}

/** The whitespace-delimited word around [start, end) holds a URL (`https://host/{es}/x`). */
function inBareUrl(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && !/\s/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/\s/.test(text[b])) b++;
  return /[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(text.slice(a, b));
}

function isNameChar(c: number, first: boolean): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || (!first && c === 45);
}

/** End (exclusive) of the `{name}` (ATTRIBUTE) whose `{` is at `i`, within `[i, end)`; -1 when there is none. */
export function attributeAt(text: string, i: number, end: number): number {
  let j = i + 1;
  if (j >= end || !isNameChar(text.charCodeAt(j), true)) return -1;
  while (++j < end && isNameChar(text.charCodeAt(j), false));
  return j < end && text.charCodeAt(j) === 125 ? j + 1 : -1;
}

/** Whether the `{name}` at `[start, end)` is inside `{{…}}` braces, before a backtick or after a colon. */
function braced(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  return before === 123 || after === 125 || after === 96 || before === 58;
}

/** The `{name}` matches (what ATTRIBUTE finds) inside the page's paragraphs and headings (where rendered prose is:
 * tables and list items hold paragraphs; code, YAML and comments never), with offsets in the page, in order; not
 * those `braced`. */
function proseMatches(page: Page): { index: number; name: string; length: number }[] {
  const text = page.text;
  const out: { index: number; name: string; length: number }[] = [];
  // The next `{` to look at (nodes come in document order: one forward pass over the text, from brace to brace;
  // this runs on every keystroke, so no slice and no pattern per paragraph).
  let brace = -1;
  const nodes = page.blocks;
  for (let i = 0; i < nodes.length; i++) {
    const type = nodes.type(i);
    if (type !== 'paragraph' && type !== 'heading') continue;
    const start = nodes.start(i);
    const end = nodes.end(i);
    if (brace < start) brace = text.indexOf('{', start);
    if (brace < 0) break;
    while (brace >= 0 && brace < end) {
      const e = attributeAt(text, brace, end);
      // `{{x}}`, `{x}}`, a role name before its backtick, or a directive name after a colon fence: never one (told
      // here, before the name is cut out: a page of 50,000 `{{subs}}` holds 50,000 such `{x}`).
      if (e > 0 && !braced(text, brace, e)) out.push({ index: brace, name: text.slice(brace + 1, e - 1), length: e - brace });
      brace = text.indexOf('{', e > 0 ? e : brace + 1);
    }
    if (brace < 0) break;
  }
  return out;
}

export function asciidocAttributes(ctx: Pick<FeatureContext, 'page' | 'subs'>): AsciidocAttribute[] {
  const { page, subs } = ctx;
  const text = page.text;
  if (!text.includes('{')) return [];
  let skip: Span[] | undefined;
  const out: AsciidocAttribute[] = [];
  const codeByLine = new Map<number, Span[]>();
  for (const m of proseMatches(page)) {
    const start = m.index;
    const end = start + m.length;
    const key = m.name.toLowerCase();
    // `{note}`, `{kbd}`: prose naming a directive or role, even when a substitution has that name.
    if (!subs.get(key) || isKnownDirective(m.name) || ROLE_NAMES.has(m.name)) continue;
    skip ??= excluded(page);
    if (overlaps(skip, start, end) || inBareUrl(text, start, end)) continue;
    const line = page.lines.lineAt(start);
    let code = codeByLine.get(line);
    if (!code) {
      code = codeSpansIn(text, page.lines.starts[line], page.lines.lineEnd(line));
      codeByLine.set(line, code);
    }
    if (code.some((s) => s.start < end && start < s.end)) continue;
    out.push({ start, end, name: m.name, key });
  }
  return out;
}

export function asciidocAttributeDiagnostics(ctx: FeatureContext): DocDiagnostic[] {
  return asciidocAttributes(ctx).map((a) => ({
    code: 'sub.asciidoc-attribute',
    severity: 'warning',
    message: `\`{${a.name}}\` is AsciiDoc attribute syntax, which docs-builder renders literally: did you mean \`{{${a.name}}}\`?`,
    range: ctx.page.lines.range(a.start, a.end),
    data: { key: a.key, name: a.name },
  }));
}
