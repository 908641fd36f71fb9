// `:::{name} argument` and ```` ```{name} argument ```` blocks (DirectiveBlockParser), read with the server's fence
// rules (model/fences.ts): a directive closes at the first line of its fence character at least as long as its
// opening, checked before any inner block, so an inner fence of the same length closes the outer one, as in
// docs-builder (more colons outside nest). `:key: value` lines right after the opening are options. The body is
// Markdown; views.ts writes the HTML of docs-builder's views around it.
import { classifyFence, fenceRun, isClosingFence } from '../../../server/src/model/fences';
import type { MarkdownIt, StateBlock, Token } from './md';
import { expandInclude } from './includes';
import { renderDirectiveClose, renderDirectiveOpen, type DirectiveMeta } from './views';
import { stateOf } from './state';

/** Directives whose body is not Markdown: shown as a code block. */
const LITERAL_BODY = new Set(['mermaid', 'diagram', 'math', 'settings', 'csv-include', 'literalinclude']);

const OPTION = /^:([A-Za-z][\w-]*):(?:\s+(.*))?$/;

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

const directiveRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean => {
  if (!stateOf(state.env) || state.sCount[startLine] - state.blkIndent >= 4) return false;
  const pos = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  const run = fenceRun(state.src, pos, max);
  if (!run) return false;
  const kind = classifyFence(state.src, pos, max, run, true);
  if (kind?.kind === 'stray') {
    // A colon fence that closes nothing: text inside a paragraph, else dropped (model/blockParser.ts `fence`).
    if (silent) return false;
    state.line = startLine + 1;
    return true;
  }
  if (!kind || kind.kind !== 'directive') return false;
  if (silent) return true;

  let close = startLine + 1;
  let closed = false;
  for (; close < endLine; close++) {
    const p = state.bMarks[close] + state.tShift[close];
    const m = state.eMarks[close];
    if (p < m && state.sCount[close] < state.blkIndent) break; // the enclosing block ended
    if (state.sCount[close] - state.blkIndent < 4 && isClosingFence(state.src, p, m, run.ch, run.len)) {
      closed = true;
      break;
    }
  }
  const options: Record<string, string> = {};
  let body = startLine + 1;
  for (; body < close; body++) {
    const m = OPTION.exec(lineText(state, body).trimEnd());
    if (!m) break;
    options[m[1].toLowerCase()] = (m[2] ?? '').trim();
  }
  const meta: DirectiveMeta = { name: kind.name, argument: kind.argument, options };
  const rs = stateOf(state.env);
  if (kind.name === 'tab-set' && rs) meta.tabSet = rs.tabSets++;
  if (kind.name === 'tab-item' && rs) {
    const set = rs.tabs[rs.tabs.length - 1];
    meta.tabSet = set?.set ?? -1;
    meta.tabIndex = set ? set.next++ : 0;
  }

  const open: Token = state.push('elastic_directive_open', 'div', 1);
  open.map = [startLine, closed ? close + 1 : close];
  open.meta = meta;
  open.block = true;
  if (kind.name === 'include' && rs) {
    expandInclude(state, rs, kind.argument, 'literal' in options && options.literal.toLowerCase() !== 'false');
  } else if (LITERAL_BODY.has(kind.name)) {
    const lines: string[] = [];
    for (let i = body; i < close; i++) lines.push(state.src.slice(state.bMarks[i] + Math.min(state.tShift[i], state.blkIndent), state.eMarks[i]));
    const code = state.push('code_block', 'code', 0);
    code.content = lines.length ? `${lines.join('\n')}\n` : '';
  } else {
    const oldParent = state.parentType;
    const oldMax = state.lineMax;
    state.parentType = 'elastic_directive';
    state.lineMax = close;
    if (kind.name === 'tab-set' && rs) rs.tabs.push({ set: meta.tabSet ?? 0, next: 0 });
    state.md.block.tokenize(state, body, close);
    if (kind.name === 'tab-set' && rs) rs.tabs.pop();
    state.parentType = oldParent;
    state.lineMax = oldMax;
  }
  const end = state.push('elastic_directive_close', 'div', -1);
  end.meta = meta;
  end.block = true;
  state.line = closed ? close + 1 : close;
  return true;
};

export function registerDirectives(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'elastic_docs_directive', directiveRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules.elastic_directive_open = (tokens, idx, _o, env) => renderDirectiveOpen(tokens[idx].meta as DirectiveMeta, stateOf(env));
  md.renderer.rules.elastic_directive_close = (tokens, idx, _o, env) => renderDirectiveClose(tokens[idx].meta as DirectiveMeta, stateOf(env));
}
