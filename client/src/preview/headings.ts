// Heading ids as docs-builder computes them, with the server's own function (model/slug.ts `headingId`), so the
// preview's ids are the ones links are validated against; a trailing `[custom-id]` becomes the id and is not shown.
// VS Code's preview sets its own id first and then calls this rule, so this id wins.
import { headingId } from '../../../server/src/model/slug';
import type { MarkdownIt, RenderRule, StateCore } from './md';
import { stateOf } from './state';

const CUSTOM_ID_TEXT = /\s*\[[^[]+\]\s*$/;

const headingIds = (state: StateCore): void => {
  if (!stateOf(state.env)) return;
  const tokens = state.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].type !== 'heading_open' || tokens[i + 1].type !== 'inline') continue;
    const inline = tokens[i + 1];
    const h = headingId(inline.content);
    tokens[i].meta = { ...(tokens[i].meta ?? {}), elasticId: h.id };
    if (!h.custom) continue;
    const last = inline.children?.[inline.children.length - 1];
    if (last?.type === 'text' && CUSTOM_ID_TEXT.test(last.content)) last.content = last.content.replace(CUSTOM_ID_TEXT, '');
  }
};

export function registerHeadings(md: MarkdownIt): void {
  md.core.ruler.push('elastic_docs_heading_ids', headingIds);
  const original: RenderRule | undefined = md.renderer.rules.heading_open;
  md.renderer.rules.heading_open = (tokens, idx, options, env, self) => {
    const id = tokens[idx].meta?.elasticId;
    if (typeof id === 'string' && id !== '') tokens[idx].attrSet('id', id);
    return original ? original(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
}
