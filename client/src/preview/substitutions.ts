// `{{key | mutation …}}` replaced by its value as docs-builder renders it: the key looked up lower-cased (docset
// and built-in keys first, then the page's `sub:`), the mutations applied with the server's own code
// (server/src/substitutions/mutations.ts), none when there are too many. An unknown key stays as written. Not in
// code spans; in code fences only with `subs=true`.
import { matchSub } from '../../../server/src/model/inline';
import { MAX_MUTATIONS, applyMutations } from '../../../server/src/substitutions/mutations';
import type { SubUse } from '../../../server/src/model/types';
import type { MarkdownIt, StateCore, StateInline } from './md';
import { stateOf, type RenderState } from './state';

function valueOf(rs: RenderState, use: SubUse): string | undefined {
  const value = rs.subs.get(use.key);
  if (value === undefined) return undefined;
  if (use.mutations.length >= MAX_MUTATIONS) return value;
  return applyMutations(value, use.mutations.map((m) => m.name)).result;
}

/** `text` with every resolvable substitution replaced (titles, fenced code with `subs=true`). */
export function substitute(rs: RenderState | undefined, text: string): string {
  if (!rs || !text.includes('{{')) return text;
  let out = '';
  let last = 0;
  for (let i = text.indexOf('{{'); i >= 0; i = text.indexOf('{{', i + 1)) {
    if (i < last) continue;
    const use = matchSub(text, i, text.length, 'text');
    const value = use && valueOf(rs, use);
    if (!use || value === undefined) continue;
    out += text.slice(last, i) + value;
    last = use.end;
  }
  return out + text.slice(last);
}

const subRule = (state: StateInline, silent: boolean): boolean => {
  if (state.src.charCodeAt(state.pos) !== 0x7b || state.src.charCodeAt(state.pos + 1) !== 0x7b) return false;
  const rs = stateOf(state.env);
  const use = rs && matchSub(state.src, state.pos, state.posMax, 'text');
  const value = use && valueOf(rs, use);
  if (!use || value === undefined) return false;
  if (!silent) {
    const t = state.push('text', '', 0);
    t.content = value;
  }
  state.pos = use.end;
  return true;
};

/** Fenced code whose info string asks for substitutions (EnhancedCodeBlockParser: `subs=true`). */
const fenceSubs = (state: StateCore): void => {
  const rs = stateOf(state.env);
  for (const t of state.tokens) {
    if (t.type === 'fence' && /(^|[\s,])subs(=true)?(?=$|[\s,])/i.test(t.info.replace(/^\S*/, ''))) t.content = substitute(rs, t.content);
  }
};

export function registerSubstitutions(md: MarkdownIt): void {
  md.inline.ruler.before('text', 'elastic_docs_sub', subRule);
  md.core.ruler.after('block', 'elastic_docs_fence_subs', fenceSubs);
}
