// Front matter is not page content: hidden when no other rule took it (VS Code's own front-matter rule hides it
// too, by default). Its `sub:` and `applies_to` are read from the page model (state.ts, appliesTo.ts).
import type { MarkdownIt, StateBlock } from './md';
import { stateOf } from './state';

const frontMatterRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
  if (startLine !== 0 || state.blkIndent !== 0 || state.parentType !== 'root' || !stateOf(state.env)) return false;
  const line = (i: number) => state.src.slice(state.bMarks[i] + state.tShift[i], state.eMarks[i]).trimEnd();
  if (state.tShift[0] !== 0 || line(0) !== '---') return false;
  let end = 1;
  while (end < endLine && line(end) !== '---' && line(end) !== '...') end++;
  if (end >= endLine) return false;
  if (silent) return true;
  const t = state.push('elastic_front_matter', '', 0);
  t.hidden = true;
  t.map = [0, end + 1];
  state.line = end + 1;
  return true;
};

export function registerFrontMatter(md: MarkdownIt): void {
  md.block.ruler.before('table', 'elastic_docs_front_matter', frontMatterRule);
  md.renderer.rules.elastic_front_matter = () => '';
}
