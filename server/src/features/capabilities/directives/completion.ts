// Directive completion. After `:::{` (or ```` ```{ ````): every directive, as a snippet that opens and closes the
// block with the right fence for where it is typed: inside a colon directive one colon fewer than its parent;
// containers (`{tab-set}`, `{stepper}`…) get a first child and one colon more than it. On a `:` line inside a
// directive: its options (not yet set), and after `:option: ` the option's values when the set is closed.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Range } from 'vscode-languageserver-types';
import { DIRECTIVES, getDirective, getDirectiveOption, type DirectiveInfo } from '../../../data/directives';
import type { Page } from '../../../model/types';
import type { FeatureContext } from '../../types';
import { enclosingDirective, linePrefix, rangeOf, tokenStart } from '../util';
import { directiveDoc } from './hover';

/** Placeholder text for a directive's argument in a snippet. */
const ARGUMENT_PLACEHOLDERS: Record<string, string> = {
  'tab-item': 'Title', 'applies-item': 'stack: ga', step: 'Title', dropdown: 'Title', admonition: 'Title',
  image: 'path/to/image.png', figure: 'path/to/image.png', 'figure-md': 'path/to/image.png',
  include: '/_snippets/snippet.md', literalinclude: 'path/to/file', settings: 'path/to/settings.yml', 'csv-include': 'path/to/file.csv',
  versionadded: '9.1 Title', versionchanged: '9.1 Title', versionremoved: '9.1 Title', deprecated: '9.1 Title',
  'page-card': '[Title](page.md)', code: 'language',
};

/** Fence length a directive needs for its own snippet: one colon more than the child snippet it opens with. */
function neededFence(info: DirectiveInfo): number {
  return info.children?.length ? 4 : 3;
}

/** The fence for a new directive typed with `typed` fence characters, inside `parentFence` (same character) if any. */
export function fenceLength(info: DirectiveInfo, typed: number, parentFence: number | undefined): number {
  const needed = neededFence(info);
  if (parentFence === undefined) return Math.max(typed, needed);
  return Math.max(parentFence - 1, needed);
}

function argument(info: DirectiveInfo, n: number): string {
  if (info.argument === 'none') return '';
  const p = ARGUMENT_PLACEHOLDERS[info.name];
  if (info.argument === 'required' || p) return ` \${${n}:${p ?? 'argument'}}`;
  return '';
}

/** The snippet text after the typed fence: `{name} arg`, required options, body or a first child, closing fence. */
export function directiveSnippet(info: DirectiveInfo, fence: string): string {
  let n = 1;
  const lines = [`{${info.name}}${argument(info, n)}`];
  if (lines[0].includes('${1')) n++;
  for (const o of info.options.filter((x) => x.required)) lines.push(`:${o.name}: \${${n++}}`);
  const child = info.children?.length ? getDirective(info.children[0]) : undefined;
  if (child && fence[0] === ':') {
    const inner = fence[0].repeat(fence.length - 1);
    const arg = argument(child, n);
    lines.push(`${inner}{${child.name}}${arg}`, '$0', inner);
  } else if (info.name === 'button') {
    lines.push(`[\${${n}:Label}](\${${n + 1}:url})`);
  } else if (info.name === 'applies_to') {
    lines.push('${1:stack: ga}');
  } else if (info.body !== 'none') {
    lines.push('$0');
  }
  lines.push(fence);
  return lines.join('\n');
}

function nameCompletions(page: Page, offset: number, m: RegExpExecArray, lineStart: number): CompletionItem[] {
  const [, indent, typedFence] = m;
  const char = typedFence[0];
  const parent = enclosingDirective(page, offset, offset);
  const parentFence = parent && parent.fenceChar === char ? parent.fenceLength : undefined;
  const start = lineStart + indent.length;
  // Swallow an auto-closed `}` (and a name already typed after the cursor).
  const rest = /^[A-Za-z0-9_-]*\}?[ \t]*$/.exec(page.text.slice(offset, page.lines.lineEnd(page.lines.lineAt(offset))));
  const range: Range = rangeOf(page, start, offset + (rest ? rest[0].length : 0));
  const out: CompletionItem[] = [];
  for (const info of DIRECTIVES) {
    if (char === ':' && info.literal) continue;
    const len = char === ':' ? fenceLength(info, typedFence.length, parentFence) : Math.max(3, typedFence.length);
    const fence = char.repeat(len);
    out.push({
      label: info.name,
      kind: CompletionItemKind.Snippet,
      detail: info.summary,
      documentation: { kind: 'markdown', value: directiveDoc(info) },
      filterText: `${typedFence}{${info.name}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: `${fence}${directiveSnippet(info, fence)}` },
    });
  }
  return out;
}

function optionCompletions(page: Page, offset: number, typedStart: number): CompletionItem[] | undefined {
  const d = enclosingDirective(page, offset);
  const info = d && getDirective(d.name);
  if (!d || !info) return undefined;
  const present = new Set(d.options.map((o) => o.key));
  const lineEnd = page.lines.lineEnd(page.lines.lineAt(offset));
  const after = /^[A-Za-z0-9_-]*:?/.exec(page.text.slice(offset, lineEnd))?.[0] ?? '';
  const range = rangeOf(page, typedStart, offset + after.length);
  return info.options.filter((o) => !present.has(o.name)).map((o) => ({
    label: o.name,
    kind: CompletionItemKind.Property,
    detail: `{${info.name}} option${o.required ? ' (required)' : ''}`,
    documentation: { kind: 'markdown', value: o.description + (o.values ? `\n\nValues: ${o.values.map((v) => `\`${v}\``).join(', ')}` : '') },
    insertTextFormat: InsertTextFormat.Snippet,
    textEdit: { range, newText: o.flag ? `${o.name}:` : o.values ? `${o.name}: \${1|${o.values.join(',')}|}` : `${o.name}: ` },
  }));
}

function valueCompletions(page: Page, offset: number, key: string): CompletionItem[] | undefined {
  const d = enclosingDirective(page, offset);
  const opt = d && getDirectiveOption(d.name, key);
  if (!opt?.values) return undefined;
  const range = rangeOf(page, tokenStart(page.text, offset, ' \t:'), offset);
  return opt.values.map((v) => ({ label: v, kind: CompletionItemKind.EnumMember, detail: `:${opt.name}: value`, textEdit: { range, newText: v } }));
}

export function directiveCompletion(ctx: FeatureContext, offset: number): CompletionItem[] | undefined {
  const { page } = ctx;
  const { prefix, lineStart } = linePrefix(page, offset);
  const name = /^([ \t]*)(:{3,}|`{3,})\{([A-Za-z0-9_-]*)$/.exec(prefix);
  if (name) return nameCompletions(page, offset, name, lineStart);
  const option = /^[ \t]*:([A-Za-z0-9_-]*)$/.exec(prefix);
  if (option) return optionCompletions(page, offset, offset - option[1].length);
  const value = /^[ \t]*:([A-Za-z0-9_-]+):[ \t]+([^\s]*)$/.exec(prefix);
  if (value) return valueCompletions(page, offset, value[1]);
  return undefined;
}
