// `applies_to` as badges: the page's front matter (under the H1, where docs-builder shows it), ```` ```{applies_to} ````
// blocks, `` {applies_to}`…` `` roles and the `:applies_to:` option of admonitions, dropdowns and tab items. The
// text of each badge is the server's reading of the value (appliesTo/render.ts), the one its hover shows.
import { parseAppliesToNode, parseAppliesToText, renderApplicability } from '../../../server/src/appliesTo/index';
import type { Applicability } from '../../../server/src/appliesTo/model';
import { topLevel } from '../../../server/src/model/frontMatter';
import { escapeHtml, type MarkdownIt, type StateCore, type StateInline } from './md';
import { stateOf } from './state';

export function badgesHtml(a: Applicability | undefined, inline = false): string {
  if (!a) return '';
  const lines = renderApplicability(a);
  if (lines.length === 0) return '';
  const tag = inline ? 'span' : 'div';
  return `<${tag} class="applies${inline ? ' applies-inline' : ' applies-block'}">${lines.map((l) => `<span class="applicable-info">${escapeHtml(l)}</span>`).join('')}</${tag}>`;
}

/** Badges for an applies_to YAML text (a block's body, a role's content, an option's value). */
export function appliesHtml(yaml: string, inline: boolean): string {
  return badgesHtml(parseAppliesToText(yaml, 0, inline ? 'role' : 'directive').applicability, inline);
}

const ROLE = /^\{applies_to\}`([^`\n]+)`/;

const roleRule = (state: StateInline, silent: boolean): boolean => {
  if (state.src.charCodeAt(state.pos) !== 0x7b || !stateOf(state.env)) return false;
  const m = ROLE.exec(state.src.slice(state.pos, state.posMax));
  if (!m) return false;
  if (!silent) {
    const t = state.push('elastic_applies_inline', 'span', 0);
    t.content = m[1];
  }
  state.pos += m[0].length;
  return true;
};

/** The page's `applies_to` badges, after the first H1 (or first of all without one). */
const pageBadges = (state: StateCore): void => {
  const rs = stateOf(state.env);
  const node = topLevel(rs?.page.frontMatter?.doc, 'applies_to');
  if (!rs || !node) return;
  const html = badgesHtml(parseAppliesToNode(node).applicability);
  if (!html) return;
  const t = new state.Token('html_block', '', 0);
  t.content = `${html}\n`;
  const h1 = state.tokens.findIndex((x) => x.type === 'heading_open' && x.tag === 'h1' && x.level === 0);
  const close = h1 < 0 ? -1 : state.tokens.findIndex((x, i) => i > h1 && x.type === 'heading_close');
  state.tokens.splice(close < 0 ? 0 : close + 1, 0, t);
};

/** Marks ```` ```{applies_to} ```` fences of an Elastic Docs page (the renderer has no page state to ask). */
const markAppliesFences = (state: StateCore): void => {
  if (!stateOf(state.env)) return;
  for (const t of state.tokens) if (t.type === 'fence' && /\{applies_to\}/.test(t.info)) t.meta = { ...(t.meta ?? {}), elasticApplies: true };
};

export function registerAppliesTo(md: MarkdownIt): void {
  md.inline.ruler.before('text', 'elastic_docs_applies_role', roleRule);
  md.renderer.rules.elastic_applies_inline = (tokens, idx) => appliesHtml(tokens[idx].content, true);
  md.core.ruler.after('block', 'elastic_docs_page_applies', pageBadges);
  md.core.ruler.after('block', 'elastic_docs_applies_fences', markAppliesFences);
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const t = tokens[idx];
    if (/\{applies_to\}/.test(t.info) && t.meta?.elasticApplies) return appliesHtml(t.content, false);
    return fence ? fence(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
}
