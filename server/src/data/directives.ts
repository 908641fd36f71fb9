// Every directive docs-builder knows, the MyST directives it rejects, and lookups over them.
// The content directives live in ./directiveList.ts and ./directiveListHub.ts; code-fence languages in
// ./codeLanguages.ts. Literal blocks below mirror elastic/docs-builder
// src/Elastic.Markdown/Myst/CodeBlocks/EnhancedCodeBlockParser.cs (spec §5.3, d819923ef7b6).

import { CONTENT_DIRECTIVES } from './directiveList';
import { HUB_DIRECTIVES } from './directiveListHub';
import type { DirectiveInfo, DirectiveOption } from './directiveTypes';

export type { DirectiveArgument, DirectiveBody, DirectiveInfo, DirectiveOption } from './directiveTypes';
export {
  CODE_BLOCK_ARGUMENTS,
  CODE_LANGUAGES,
  CODE_LANGUAGE_REWRITES,
  effectiveCodeLanguage,
  invalidCodeBlockArgumentsMessage,
  isKnownCodeLanguage,
  unknownLanguageMessage,
} from './codeLanguages';

const CODE_FENCE_ARGUMENTS: readonly DirectiveOption[] = [
  { name: 'callouts', flag: true, description: 'Turn `<1>` and `// comment` callouts on (default) or off: `callouts=false`.' },
  { name: 'subs', flag: true, description: 'Replace `{{substitutions}}` in the code: `subs=true` (default off).' },
];

function codeDirective(name: string): DirectiveInfo {
  return {
    name,
    summary: 'MyST code block: ```` ```{' + name + '} <language> ```` behaves like ```` ```<language> ````.',
    argument: 'optional',
    argumentDescription: 'The language, then optional comma-separated `callouts`/`subs` arguments.',
    options: [],
    container: false,
    body: 'literal',
    literal: true,
    fenceArguments: CODE_FENCE_ARGUMENTS,
  };
}

/** Backtick-only blocks: their body is raw text, never parsed as Markdown. */
export const LITERAL_DIRECTIVES: readonly DirectiveInfo[] = [
  {
    name: 'applies_to',
    summary: 'Section applicability badges, written ```` ```{applies_to} ```` or ```` ```yaml {applies_to} ```` below a heading.',
    argument: 'none',
    options: [],
    container: false,
    body: 'yaml',
    literal: true,
  },
  {
    name: 'contributors',
    summary: 'Grid of contributor cards, written ```` ```yaml {contributors} ````; each entry needs a `name`.',
    argument: 'none',
    options: [],
    container: false,
    body: 'yaml',
    literal: true,
  },
  codeDirective('code'),
  codeDirective('code-block'),
  codeDirective('sourcecode'),
];

/** All known directives: content directives first, then literal blocks. */
export const DIRECTIVES: readonly DirectiveInfo[] = [...CONTENT_DIRECTIVES, ...HUB_DIRECTIVES, ...LITERAL_DIRECTIVES];

const BY_NAME = new Map(DIRECTIVES.map((d) => [d.name, d]));

/** Directive names are case-sensitive in docs-builder (`{Note}` is an unknown directive). */
export function getDirective(name: string): DirectiveInfo | undefined {
  return BY_NAME.get(name);
}

export function isKnownDirective(name: string): boolean {
  return BY_NAME.has(name);
}

/** Finds an option by name or alias; option names are compared exactly, as docs-builder's `Prop` lookups are. */
export function getDirectiveOption(directive: DirectiveInfo | string, option: string): DirectiveOption | undefined {
  const info = typeof directive === 'string' ? getDirective(directive) : directive;
  return info?.options.find((o) => o.name === option || (o.aliases ?? []).includes(option));
}

/**
 * MyST directives docs-builder rejects, with the docs-builder issue their warning links to.
 * Mirrors the `UnsupportedBlocks` table of src/Elastic.Markdown/Myst/Directives/DirectiveBlockParser.cs (numbers read
 * at 019b9743411d; `mermaid` is no longer in the table at d819923, spec §5.1) and the message of
 * src/Elastic.Markdown/Myst/Directives/UnsupportedDirectiveBlock.cs @ 07721cbdb782.
 */
export const UNSUPPORTED_DIRECTIVES: ReadonlyMap<string, number> = new Map([
  ['bibliography', 5],
  ['blockquote', 6],
  ['iframe', 14],
  ['list-table', 17],
  ['myst', 22],
  ['topic', 24],
  ['exercise', 30],
  ['solution', 31],
  ['toctree', 32],
  ['grid', 26],
  ['grid-item-card', 26],
  ['card', 25],
  ['aside', 4],
  ['margin', 4],
  ['sidebar', 4],
  ['code-cell', 8],
  ['attention', 3],
  ['caution', 3],
  ['danger', 3],
  ['error', 3],
  ['hint', 3],
  ['seealso', 3],
  ['csv-table', 33],
]);

export function getUnsupportedDirectiveIssue(name: string): number | undefined {
  return UNSUPPORTED_DIRECTIVES.get(name);
}

/** docs-builder's Warning for an unsupported directive (it reports it at line 1, column 1 of the page). */
export function unsupportedDirectiveMessage(name: string): string | undefined {
  const issue = UNSUPPORTED_DIRECTIVES.get(name);
  if (issue === undefined) return undefined;
  return `Directive block '${name}' is unsupported. See https://github.com/elastic/docs-builder/issues/${issue} for more information.`;
}
