// Role completion: role names after a single `{` in text (`{icon}`, `{kbd}`, `{applies_to}`, `{subs}`…, inserted
// with their backticks), EUI icon names inside `{icon}`…``, and key names inside `{kbd}`…`` (after `+` or `|`).
// applies_to content is completed by ../appliesTo/completion.ts. Data: data/roles.ts.
import { CompletionItemKind, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { EUI_ICON_NAMES, KBD_NAMED_KEYS, ROLES } from '../../../data/roles';
import type { FeatureContext } from '../../types';
import { linePrefix, rangeOf } from '../util';

export function roleCompletion(ctx: FeatureContext, offset: number): CompletionItem[] | undefined {
  const { page } = ctx;
  const { prefix } = linePrefix(page, offset);
  if (page.codeBlocks.some((c) => offset >= c.content.start && offset <= c.content.end)) return undefined;
  if (page.frontMatter && offset <= page.frontMatter.end) return undefined;

  const icon = /\{icon\}`([A-Za-z0-9_]*)$/.exec(prefix);
  if (icon) {
    const range = rangeOf(page, offset - icon[1].length, offset);
    return EUI_ICON_NAMES.map((name) => ({ label: name, kind: CompletionItemKind.Constant, textEdit: { range, newText: name } }));
  }
  const kbd = /\{kbd\}`([^`]*)$/.exec(prefix);
  if (kbd) {
    const typed = /[^+|]*$/.exec(kbd[1])?.[0] ?? '';
    const word = typed.trimStart();
    const range = rangeOf(page, offset - word.length, offset);
    return KBD_NAMED_KEYS.map((k) => ({
      label: k.name, kind: CompletionItemKind.Constant, detail: k.symbol ? `${k.symbol} ${k.display}` : k.display, textEdit: { range, newText: k.name },
    }));
  }
  // `{` that is not `{{` (substitutions), not a directive fence, not inside a role already.
  const role = /(^|[^{`])\{([a-z_-]*)$/.exec(prefix);
  if (role && !/^\s*(?::{3,}|`{3,})\{[a-z_-]*$/.test(prefix)) {
    const start = offset - role[2].length - 1;
    const lineEnd = page.lines.lineEnd(page.lines.lineAt(offset));
    const closing = /^[a-z_-]*\}?/.exec(page.text.slice(offset, lineEnd))?.[0] ?? '';
    const range = rangeOf(page, start, offset + closing.length);
    return ROLES.map((r) => ({
      label: `{${r.name}}`,
      kind: CompletionItemKind.Function,
      detail: r.summary,
      documentation: { kind: 'markdown', value: `${r.content}\n\nExample: \`\` ${r.example} \`\`` },
      filterText: `{${r.name}}`,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: `{${r.name}}\`$1\`` },
    }));
  }
  return undefined;
}
