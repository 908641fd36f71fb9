// Completion inside applies_to: keys, lifecycles and versions, in front matter, ```` ```{applies_to} ```` blocks,
// `{applies_to}` roles (also while the role is still being typed), `{applies-item}` arguments and `:applies_to:`
// options. The YAML context comes from appliesTo/complete.ts; versions come from docs-builder's versions.yml.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { appliesToCompletionContext, appliesToCompletions, type AppliesToCompletionContext } from '../../../appliesTo/index';
import { VERSIONING_SYSTEMS } from '../../../data/versionsYml';
import type { Page } from '../../../model/types';
import type { FeatureContext } from '../../types';
import { linePrefix, rangeOf, tokenStart, within } from '../util';

/** Recent minor versions of a versioning system (`9.0` … `9.4` for the stack), newest last; none for unversioned. */
export function knownVersions(key: string): string[] {
  const id = key === 'ess' || key === 'ech' ? key : key.replace(/_/g, '-');
  const sys = VERSIONING_SYSTEMS.find((s) => s.id === id);
  if (!sys || sys.current.startsWith('99999')) return [];
  const [cMaj, cMin] = sys.current.split('.').map(Number);
  const [bMaj, bMin] = sys.base.split('.').map(Number);
  const from = bMaj === cMaj ? bMin : 0;
  const out: string[] = [];
  for (let m = from; m <= cMin; m++) out.push(`${cMaj}.${m}`);
  return out.slice(-8);
}

/** Where the applies_to YAML before the cursor is, and how to read it. */
function yamlBefore(page: Page, offset: number): { text: string; form: 'yaml' | 'frontmatter' } | undefined {
  const fm = page.frontMatter;
  if (fm && offset >= fm.content.start && offset <= fm.content.end) return { text: page.text.slice(fm.content.start, offset), form: 'frontmatter' };
  for (const cb of page.codeBlocks) {
    if (cb.directive === 'applies_to' && offset >= cb.content.start && offset <= cb.content.end) return { text: page.text.slice(cb.content.start, offset), form: 'yaml' };
  }
  for (const r of page.roles) {
    if ((r.name === 'applies_to') && within(r.contentSpan, offset)) return { text: page.text.slice(r.contentSpan.start, offset), form: 'yaml' };
  }
  const { prefix } = linePrefix(page, offset);
  const role = /\{applies_to\}`([^`]*)$/.exec(prefix);
  if (role) return { text: role[1], form: 'yaml' };
  for (const d of page.directives) {
    if (d.name === 'applies-item' && offset > d.nameSpan.end && offset <= d.open.end) return { text: page.text.slice(d.nameSpan.end + 1, offset).trimStart(), form: 'yaml' };
  }
  const option = /^\s*:applies_to:[ \t]*(.*)$/.exec(prefix);
  if (option) return { text: option[1], form: 'yaml' };
  return undefined;
}

function kindOf(c: AppliesToCompletionContext): CompletionItemKind {
  return c.kind === 'key' ? CompletionItemKind.Property : c.kind === 'lifecycle' ? CompletionItemKind.EnumMember : CompletionItemKind.Value;
}

export function appliesToCompletion(ctx: FeatureContext, offset: number): CompletionItem[] | undefined {
  const { page } = ctx;
  const where = yamlBefore(page, offset);
  if (!where) return undefined;
  const context = appliesToCompletionContext(where.text, where.text.length, where.form);
  if (!context) return undefined;
  const versions = context.kind === 'version' ? knownVersions(context.key) : undefined;
  const items = appliesToCompletions(context, versions && versions.length ? { versions } : {});
  const range = rangeOf(page, tokenStart(page.text, offset, ' \t,:{}[]`\n\r'), offset);
  return items.map((i, n) => ({
    label: i.label,
    kind: kindOf(context),
    detail: i.detail,
    documentation: { kind: 'markdown', value: i.documentation },
    sortText: String(n).padStart(4, '0'),
    textEdit: { range, newText: i.insertText ?? i.label },
  }));
}
