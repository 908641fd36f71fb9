// Completion after `{{` (every key in scope: value as detail, origin as documentation; accepting inserts the
// key and `}}` when missing) and after `|` (the mutation operators, with what each does to this value).
import { CompletionItemKind, MarkupKind, type CompletionItem } from 'vscode-languageserver-types';
import type { SubScope, SubValue } from '../../docset/substitutions';
import type { Page } from '../../model/types';
import { applyMutation, applyMutations, MUTATIONS } from '../../substitutions/mutations';
import { tryParseSemVersion } from '../../substitutions/semver';
import type { FeatureContext } from '../types';
import { originMarkdown } from './origin';
import { isBuiltinAlias } from './symbols';
import { typingSubAt, type TypingSub } from './typing';

/** What is typed filters the keys: case-insensitive, anywhere in the key (the editor filters further as one types). */
export function matches(prefix: string, key: string): boolean {
  return key.toLowerCase().includes(prefix.toLowerCase());
}

function rank(v: SubValue, scope: SubScope): number {
  if (isBuiltinAlias(v, scope)) return 5;
  switch (v.origin.kind) {
    case 'frontmatter': return 0;
    case 'docset': return 1;
    case 'context': return 2;
    case 'builtin': return v.origin.source === 'versions.yml' ? 3 : 4;
  }
}

/** Aliases (`.kibana`, `version.edot_php`) only once the author starts typing one. */
function wanted(v: SubValue, scope: SubScope, prefix: string): boolean {
  if (!matches(prefix, v.rawKey)) return false;
  if (!isBuiltinAlias(v, scope)) return true;
  return v.key.startsWith('.') ? prefix.startsWith('.') : prefix.includes('_');
}

function keyItems(t: TypingSub, scope: SubScope, page: Page): CompletionItem[] {
  const range = page.lines.range(t.replace.start, t.replace.end);
  const close = t.closed ? '' : '}}';
  return scope.all().filter((v) => wanted(v, scope, t.prefix)).map((v) => ({
    label: v.rawKey,
    kind: CompletionItemKind.Variable,
    detail: v.value,
    documentation: { kind: MarkupKind.Markdown, value: originMarkdown(v, page) },
    sortText: `${rank(v, scope)}:${v.key}`,
    filterText: v.rawKey,
    textEdit: { range, newText: v.rawKey + close },
  }));
}

function isVersion(s: string): boolean {
  return tryParseSemVersion(s) !== undefined || tryParseSemVersion(`${s}.0`) !== undefined;
}

function mutationItems(t: TypingSub, scope: SubScope, page: Page): CompletionItem[] {
  const range = page.lines.range(t.replace.start, t.replace.end);
  const close = t.closed ? '' : '}}';
  const value = scope.get(t.key.toLowerCase());
  const current = value ? applyMutations(value.value, t.before).result : undefined;
  const versionFirst = current !== undefined && isVersion(current);
  return MUTATIONS.filter((m) => matches(t.prefix, m.name)).map((m, i) => {
    let detail: string | undefined;
    if (current !== undefined) {
      const out = applyMutation(current, m);
      detail = m.version && !versionFirst ? `${current} (unchanged: not a version)` : `${current} → ${out}`;
    }
    const group = m.version === versionFirst ? 0 : 1;
    return {
      label: m.name,
      kind: CompletionItemKind.Function,
      detail,
      documentation: { kind: MarkupKind.Markdown, value: m.description },
      sortText: `${group}:${String(i).padStart(2, '0')}`,
      filterText: m.name,
      textEdit: { range, newText: m.name + close },
    };
  }).sort((a, b) => (a.sortText < b.sortText ? -1 : 1));
}

export function substitutionCompletion(ctx: FeatureContext, offset: number): CompletionItem[] | undefined {
  const t = typingSubAt(ctx.page, offset);
  if (!t) return undefined;
  return t.kind === 'key' ? keyItems(t, ctx.subs, ctx.page) : mutationItems(t, ctx.subs, ctx.page);
}
