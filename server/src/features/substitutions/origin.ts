// Where a substitution comes from, as a location (go to definition) and as a sentence (hover, completion).
import type { Location } from 'vscode-languageserver-types';
import type { SubValue } from '../../docset/substitutions';
import type { Page } from '../../model/types';
import { basenameUri } from '../../workspace';

/** The definition's location: the key in the docset file, or in this page's `sub:`; none for built-in keys. */
export function definitionLocation(value: SubValue, page: Page): Location | undefined {
  const o = value.origin;
  if (o.kind === 'docset') return { uri: o.uri, range: o.keyRange };
  if (o.kind === 'frontmatter') return { uri: page.uri, range: page.lines.range(o.keySpan.start, o.keySpan.end) };
  return undefined;
}

/** One sentence, Markdown: `Defined in [_docset.yml](…#L9), line 9.` and so on. */
export function originMarkdown(value: SubValue, page: Page): string {
  const o = value.origin;
  switch (o.kind) {
    case 'docset': {
      const line = o.keyRange.start.line + 1;
      return `Defined in [\`${basenameUri(o.uri)}\`](${o.uri}#L${line}), line ${line}.`;
    }
    case 'frontmatter':
      return `Defined in this page's front matter (\`sub:\`), line ${page.lines.lineAt(o.keySpan.start) + 1}.`;
    case 'builtin':
      return `Built in: ${value.description ?? `docs-builder ${o.source}.`}`;
    case 'context':
      return "Built in: the page's title (its first `#` heading, or the front matter `title`), set by docs-builder for each page.";
  }
}

/** A short plain-text origin for completion details and refusal messages. */
export function originShort(value: SubValue, page: Page): string {
  const o = value.origin;
  switch (o.kind) {
    case 'docset': return `${basenameUri(o.uri)} line ${o.keyRange.start.line + 1}`;
    case 'frontmatter': return `front matter line ${page.lines.lineAt(o.keySpan.start) + 1}`;
    case 'builtin': return `built in (${o.source})`;
    case 'context': return 'built in (page title)';
  }
}
