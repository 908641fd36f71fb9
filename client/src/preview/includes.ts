// `{include}`: the snippet's Markdown parsed in place, with the page's substitutions (docs-builder renders a snippet
// inside the including page). The snippet text comes from the server's answer (features/preview/context.ts), which
// already left out what docs-builder would not render; a path it has not answered yet renders nothing until the
// preview refreshes. `:literal:` shows the file as code.
import { snippetKey } from '../../../server/src/features/preview/context';
import type { StateBlock } from './md';
import type { RenderState } from './state';

export function expandInclude(state: StateBlock, rs: RenderState, path: string, literal: boolean): void {
  const snippet = rs.snippets[snippetKey(rs.current, path)];
  if (!snippet || snippet.text === null || rs.chain.includes(snippet.uri)) return;
  if (literal) {
    const code = state.push('code_block', 'code', 0);
    code.content = snippet.text.endsWith('\n') ? snippet.text : `${snippet.text}\n`;
    return;
  }
  const from = state.tokens.length;
  const saved = rs.current;
  rs.current = snippet.uri;
  rs.chain.push(snippet.uri);
  try {
    state.md.block.parse(snippet.text, state.md, state.env, state.tokens);
  } finally {
    rs.chain.pop();
    rs.current = saved;
  }
  // Line numbers of the snippet are not the page's: no scroll sync for them.
  for (let i = from; i < state.tokens.length; i++) state.tokens[i].map = null;
}
