// `%` line comments are not rendered (CommentBlockParser): exactly one `%` at the start of a line, then a space,
// a tab or the end of the line. `%%` and `%text` are text, as in docs-builder. A comment interrupts a paragraph.
import type { MarkdownIt, StateBlock } from './md';
import { stateOf } from './state';

const commentRule = (state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean => {
  if (!stateOf(state.env) || state.sCount[startLine] - state.blkIndent >= 4) return false;
  const pos = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  if (pos >= max || state.src.charCodeAt(pos) !== 0x25) return false;
  const next = pos + 1 < max ? state.src.charCodeAt(pos + 1) : -1;
  if (next !== -1 && next !== 0x20 && next !== 0x09) return false;
  if (silent) return true;
  const t = state.push('elastic_comment', '', 0);
  t.map = [startLine, startLine + 1];
  t.hidden = true;
  state.line = startLine + 1;
  return true;
};

export function registerComments(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'elastic_docs_comment', commentRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules.elastic_comment = () => '';
}
