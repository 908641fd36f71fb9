// Hub directive bodies and options, with docs-builder's messages (Directives/Hub/*Block.cs): `{link-card}`,
// `{get-started}` and `{whats-new}` (without `:product:`) need a YAML body that parses and, for the first two, a
// `title` (`hub.yaml-body`, `hub.yaml-parse`, `hub.title-missing`, Errors); a `{hero}` action must be a Markdown
// link (`hub.action-link`, Error); `{explore}` `:level:` and `:mode:` outside their values (`directive.option-value`,
// Warning). `{hero}` and `{explore}` `:title:` are in ../directives/diagnostics.ts; the links the blocks hold are
// checked against the workspace in ./links.ts.
import type { Directive, Page } from '../../../model/types';
import type { DocDiagnostic } from '../../../types';
import { openingSpan, prop, type Emit } from '../directives/diagnostics';
import { field, hasYamlBody, hubYamlBody, parseHubYaml, textOf } from './yamlBody';

export const HERO_ACTIONS = ['primary-action', 'secondary-action', 'tertiary-action'];
/** HeroBlock's `MarkdownLink` pattern. */
export const HERO_ACTION_LINK = /^\[(?<label>[^\]]+)\]\((?<url>[^)]+)\)$/;

function checkYamlBody(page: Page, d: Directive, emit: Emit): void {
  const [s, e] = openingSpan(d);
  const name = d.name;
  if (name === 'whats-new' && (prop(d, 'product')?.value.trim() ?? '') !== '') return;
  const body = hubYamlBody(page, d);
  if (!body) {
    const message = name === 'whats-new'
      ? '{whats-new} requires either a `:product:` option or a YAML body.'
      : `{${name}} requires a YAML body. See the ${name} directive docs.`;
    emit('hub.yaml-body', 'error', message, s, e);
    return;
  }
  const parsed = parseHubYaml(name, body);
  if (parsed.problem) {
    emit('hub.yaml-parse', 'error', `{${name}} YAML parse error: ${parsed.problem.message}`, parsed.problem.start, parsed.problem.end);
    return;
  }
  if (name === 'whats-new') return;
  const title = textOf(field(parsed.doc?.contents, 'title'));
  if (title === undefined || title.trim() === '') emit('hub.title-missing', 'error', `{${name}} requires a \`title\` field in its YAML body.`, s, e);
}

function checkHeroActions(d: Directive, emit: Emit): void {
  for (const o of d.options) {
    if (!HERO_ACTIONS.includes(o.key) || o.value.trim() === '' || HERO_ACTION_LINK.test(o.value.trim())) continue;
    emit('hub.action-link', 'error', `{hero} action \`${o.value.trim()}\` must be a markdown link, for example \`[Get started](#get-started)\`.`, o.valueSpan.start, o.valueSpan.end);
  }
}

function checkExplore(d: Directive, emit: Emit): void {
  const level = prop(d, 'level');
  if (level && level.value.trim() !== '' && !['2', '3'].includes(level.value.trim())) {
    emit('directive.option-value', 'warning', `Invalid {explore} level '${level.value}'. Valid levels are: 2, 3. Defaulting to 2.`, level.valueSpan.start, level.valueSpan.end);
  }
  const mode = prop(d, 'mode');
  if (mode && mode.value.trim() !== '' && !['collapsed', 'first', 'expanded'].includes(mode.value.trim().toLowerCase())) {
    emit('directive.option-value', 'warning', `Invalid {explore} mode '${mode.value}'. Valid modes are: collapsed, first, expanded. Defaulting to 'collapsed'.`, mode.valueSpan.start, mode.valueSpan.end);
  }
}

export function hubDiagnostics(page: Page): DocDiagnostic[] {
  const out: DocDiagnostic[] = [];
  const emit: Emit = (code, severity, message, start, end) => out.push({ code, severity, message, range: page.lines.range(start, end) });
  for (const d of page.directives) {
    if (hasYamlBody(d.name)) checkYamlBody(page, d, emit);
    else if (d.name === 'hero') checkHeroActions(d, emit);
    else if (d.name === 'explore') checkExplore(d, emit);
  }
  return out;
}
