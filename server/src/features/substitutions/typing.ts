// Where the cursor is inside a `{{…` being typed. The page model records only complete uses, so this reads the
// cursor's line back to the last `{{` — the same rules as docs-builder's parser (no `}`, tab or line break
// inside, exactly two opening braces) — and checks the place accepts substitutions at all: not in a code block
// without `subs=true`, not in `<!-- -->`, not in inline code other than a `{subs}` role.
import { codeSpansIn, roleBefore } from '../../model/inline';
import type { Page, Span } from '../../model/types';

export interface TypingSub {
  /** The key as typed so far, trimmed (for a mutation: the key the mutation applies to). */
  key: string;
  /** Mutations written before the one being typed. */
  before: string[];
  /** What is being completed. */
  kind: 'key' | 'mutation';
  /** The word being replaced: from its start to the end of the characters after the cursor that belong to it. */
  replace: Span;
  /** The text typed from the word start to the cursor. */
  prefix: string;
  /** A `}}` (or a further `|`) already follows the word. */
  closed: boolean;
}

const inside = (s: Span, o: number): boolean => s.start <= o && o <= s.end;

/** True when a `{{` at `offset` would be read as a substitution by docs-builder. */
export function acceptsSubstitutions(page: Page, offset: number): boolean {
  for (const cb of page.codeBlocks) {
    if (offset < cb.start || offset > cb.end) continue;
    return cb.subs && inside(cb.content, offset);
  }
  for (const bc of page.blockComments) if (bc.start <= offset && offset < bc.end) return false;
  // Inline code on the cursor's line: only a `{subs}` role substitutes.
  const line = page.lines.lineAt(offset);
  const start = page.lines.starts[line];
  const end = page.lines.lineEnd(line);
  for (const cs of codeSpansIn(page.text, start, end)) {
    if (offset >= cs.start + cs.n && offset <= cs.end - cs.n) return roleBefore(page.text, cs.start, start)?.name === 'subs';
  }
  return true;
}

const WORD_END = new Set([' ', '\t', '}', '|', '\r', '\n']);

export function typingSubAt(page: Page, offset: number): TypingSub | undefined {
  const text = page.text;
  const lineStart = page.lines.starts[page.lines.lineAt(offset)];
  const before = text.slice(lineStart, offset);
  const open = before.lastIndexOf('{{');
  if (open < 0 || before.charCodeAt(open - 1) === 123) return undefined;
  const inner = before.slice(open + 2);
  if (/[}\t]/.test(inner)) return undefined;
  if (!acceptsSubstitutions(page, offset)) return undefined;
  const parts = inner.split('|');
  const last = parts[parts.length - 1];
  const prefix = last.trimStart();
  if (parts.length === 1 && /\s/.test(prefix)) return undefined;
  let end = offset;
  while (end < text.length && !WORD_END.has(text[end])) end++;
  let after = end;
  while (text[after] === ' ') after++;
  const closed = text.startsWith('}}', after) || text[after] === '|';
  return {
    key: parts[0].trim(),
    before: parts.slice(1, -1).map((p) => p.trim()).filter((p) => p !== ''),
    kind: parts.length === 1 ? 'key' : 'mutation',
    replace: { start: offset - prefix.length, end },
    prefix,
    closed,
  };
}
