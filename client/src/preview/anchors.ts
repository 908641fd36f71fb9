// `$$$name$$$` renders as an empty anchor with the slug of the name as its id (InlineAnchor), so links to
// `page#name` land there in the preview too.
import { matchAnchor } from '../../../server/src/model/inline';
import { escapeHtml, type MarkdownIt, type StateInline } from './md';
import { stateOf } from './state';

const anchorRule = (state: StateInline, silent: boolean): boolean => {
  if (state.src.charCodeAt(state.pos) !== 0x24 || !stateOf(state.env)) return false;
  const anchor = matchAnchor(state.src, state.pos, state.posMax, 'text');
  if (!anchor) return false;
  if (!silent) {
    const t = state.push('elastic_anchor', 'a', 0);
    t.meta = { id: anchor.id };
  }
  state.pos = anchor.end;
  return true;
};

export function registerAnchors(md: MarkdownIt): void {
  md.inline.ruler.before('text', 'elastic_docs_anchor', anchorRule);
  md.renderer.rules.elastic_anchor = (tokens, idx) => `<a id="${escapeHtml(String(tokens[idx].meta?.id ?? ''))}"></a>`;
}
