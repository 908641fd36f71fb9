// Hover on a directive name (`:::{tab-item}`): what it does, its argument, its options with their valid values,
// where it belongs. Hover on an option key (`:type:`): that option. Literal blocks (```` ```{applies_to} ````) and
// MyST directives docs-builder rejects get their own short texts. Data: data/directives.ts.
import type { Hover } from 'vscode-languageserver-types';
import { getDirective, getDirectiveOption, getUnsupportedDirectiveIssue, type DirectiveInfo, type DirectiveOption } from '../../../data/directives';
import type { FeatureContext } from '../../types';
import { markdownHover, within } from '../util';

export function optionLine(o: DirectiveOption): string {
  const aliases = o.aliases?.length ? ` (also ${o.aliases.map((a) => `\`:${a}:\``).join(', ')})` : '';
  const tags = [o.required ? 'required' : '', o.flag ? 'flag' : '', o.deprecated ? 'deprecated' : ''].filter(Boolean);
  const values = o.values ? ` Values: ${o.values.map((v) => `\`${v}\``).join(', ')}.` : '';
  return `- \`:${o.name}:\`${aliases}${tags.length ? ` *(${tags.join(', ')})*` : ''}: ${o.description}${values}`;
}

export function directiveDoc(info: DirectiveInfo): string {
  const parts = [`**{${info.name}}**: ${info.summary}`];
  if (info.argument !== 'none') parts.push(`Argument (${info.argument}): ${info.argumentDescription ?? ''}`.trimEnd());
  if (info.options.length) parts.push(`Options:\n${info.options.map(optionLine).join('\n')}`);
  if (info.children?.length) parts.push(`Holds ${info.children.map((c) => `\`{${c}}\``).join(', ')} blocks; give it more colons than them.`);
  if (info.parents?.length) parts.push(`Goes inside ${info.parents.map((c) => `\`{${c}}\``).join(', ')}.`);
  if (info.literal) parts.push('Backtick fence only; its body is never parsed as Markdown.');
  return parts.join('\n\n');
}

export function directiveHover(ctx: FeatureContext, offset: number): Hover | undefined {
  const { page } = ctx;
  for (const d of page.directives) {
    if (within(d.nameSpan, offset)) {
      const info = getDirective(d.name);
      const issue = getUnsupportedDirectiveIssue(d.name);
      if (info) return markdownHover(page, directiveDoc(info), d.nameSpan);
      if (issue !== undefined) return markdownHover(page, `**{${d.name}}**: a MyST directive docs-builder does not support (see https://github.com/elastic/docs-builder/issues/${issue}); it renders nothing useful.`, d.nameSpan);
      return undefined;
    }
    for (const o of d.options) {
      if (!within(o.keySpan, offset)) continue;
      const opt = getDirectiveOption(d.name, o.key);
      return opt ? markdownHover(page, `**{${d.name}}** option\n\n${optionLine(opt)}`, o.keySpan) : undefined;
    }
  }
  for (const cb of page.codeBlocks) {
    if (!cb.directive || cb.open.start > offset || cb.open.end < offset) continue;
    const at = page.text.indexOf(`{${cb.directive}}`, cb.open.start);
    if (at < 0 || offset < at || offset > at + cb.directive.length + 2) continue;
    const info = getDirective(cb.directive);
    if (info) return markdownHover(page, directiveDoc(info), { start: at + 1, end: at + 1 + cb.directive.length });
  }
  return undefined;
}
