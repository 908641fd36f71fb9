// Front-matter completion: the keys docs-builder reads (data/frontMatter.ts) at the start of a top-level line, and
// values where the set is closed: `layout`, `noindex`, and product ids under `products: - id:`. applies_to has its
// own completion (../appliesTo/completion.ts).
import { isMap, isScalar } from 'yaml';
import { CompletionItemKind, CompletionItemTag, InsertTextFormat, type CompletionItem } from 'vscode-languageserver-types';
import { FRONT_MATTER_KEYS, PAGE_LAYOUTS, type YamlKeyInfo } from '../../../data/frontMatter';
import { PUBLIC_REFERENCE_PRODUCTS } from '../../../data/productsYml';
import type { Page } from '../../../model/types';
import type { FeatureContext } from '../../types';
import { linePrefix, rangeOf, tokenStart } from '../util';

/** What a key inserts: lists and mappings open their first entry. */
function keySnippet(k: YamlKeyInfo): string {
  switch (k.key) {
    case 'products':
      return 'products:\n  - id: $0';
    case 'mapped_pages':
      return 'mapped_pages:\n  - ${1:https://www.elastic.co/guide/}';
    case 'applies_to':
      return 'applies_to:\n  ${1:stack: ga}';
    case 'sub':
      return 'sub:\n  ${1:key}: ${2:value}';
    case 'cta':
      return 'cta:\n  id: $0';
    case 'layout':
      return `layout: \${1|${PAGE_LAYOUTS.join(',')}|}`;
    case 'noindex':
      return 'noindex: ${1|true,false|}';
    default:
      return `${k.key}: $0`;
  }
}

/** The top-level key the line at `lineIndex` belongs to (the nearest line above that starts at column 0). */
function parentKey(page: Page, lineIndex: number, firstLine: number): string | undefined {
  for (let l = lineIndex; l >= firstLine; l--) {
    const m = /^([A-Za-z_][\w-]*)\s*:/.exec(page.lines.lineText(l));
    if (m) return m[1];
  }
  return undefined;
}

function values(page: Page, offset: number, list: { label: string; detail?: string }[]): CompletionItem[] {
  const range = rangeOf(page, tokenStart(page.text, offset, ' \t:\n'), offset);
  return list.map((v) => ({ label: v.label, kind: CompletionItemKind.Value, detail: v.detail, textEdit: { range, newText: v.label } }));
}

export function frontMatterCompletion(ctx: FeatureContext, offset: number): CompletionItem[] | undefined {
  const { page } = ctx;
  const fm = page.frontMatter;
  if (!fm || offset < fm.content.start || offset > fm.content.end) return undefined;
  const { prefix, lineStart } = linePrefix(page, offset);
  const key = /^([A-Za-z_]*)$/.exec(prefix);
  if (key) {
    const contents = fm.doc?.contents;
    const present = new Set(isMap(contents) ? contents.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : []);
    const range = rangeOf(page, lineStart, offset);
    return FRONT_MATTER_KEYS.filter((k) => !present.has(k.key)).map((k) => ({
      label: k.key,
      kind: CompletionItemKind.Property,
      detail: k.deprecated ? 'deprecated' : k.type,
      documentation: { kind: 'markdown', value: k.description },
      tags: k.deprecated ? [CompletionItemTag.Deprecated] : undefined,
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range, newText: keySnippet(k) },
    }));
  }
  if (/^layout:[ \t]*[\w-]*$/.test(prefix)) return values(page, offset, PAGE_LAYOUTS.map((l) => ({ label: l })));
  if (/^noindex:[ \t]*\w*$/.test(prefix)) return values(page, offset, [{ label: 'true' }, { label: 'false' }]);
  const line = page.lines.lineAt(offset);
  if (/^[ \t]+(?:-[ \t]+)?id:[ \t]*[\w-]*$/.test(prefix) && parentKey(page, line, page.lines.lineAt(fm.content.start)) === 'products') {
    return values(page, offset, PUBLIC_REFERENCE_PRODUCTS.map((p) => ({ label: p.id, detail: p.display })));
  }
  return undefined;
}
