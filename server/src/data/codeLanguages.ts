// Code-fence languages docs-builder knows, for its `Unknown language: <lang>` warning.
// Mirrors elastic/docs-builder src/Elastic.Markdown/Myst/CodeBlocks/SupportedLanguages.cs @ 2088fc647dfd (the
// `LanguageMapping` table: a language and its aliases, all accepted, compared case-insensitively) and the alias
// switch in src/Elastic.Markdown/Myst/CodeBlocks/EnhancedCodeBlockParser.cs (case-sensitive, applied first;
// `kuery` is in that switch at 011fbb3ed961 but not in the spec's list for d819923).

export interface CodeLanguage {
  readonly name: string;
  readonly aliases: readonly string[];
}

const l = (name: string, ...aliases: string[]): CodeLanguage => ({ name, aliases });

export const CODE_LANGUAGES: readonly CodeLanguage[] = [
  l('asciidoc', 'adoc'),
  l('bash', 'sh', 'zsh'),
  l('c', 'h'),
  l('csharp', 'cs'),
  l('css'),
  l('dockerfile', 'docker'),
  l('dos', 'bat', 'cmd'),
  l('ebnf'),
  l('go', 'golang'),
  l('gradle'),
  l('groovy'),
  l('handlebars', 'hbs', 'html.hbs', 'html.handlebars'),
  l('http', 'https'),
  l('ini', 'toml'),
  l('java', 'jsp'),
  l('javascript', 'js', 'jsx'),
  l('json', 'jsonc'),
  l('kotlin', 'kt'),
  l('mermaid'),
  l('markdown', 'md', 'mkdown', 'mkd'),
  l('nginx', 'nginxconf'),
  l('php'),
  l('plaintext', 'txt', 'text'),
  l('powershell', 'ps', 'ps1'),
  l('properties'),
  l('python', 'py', 'gyp'),
  l('ruby', 'rb', 'gemspec', 'podspec', 'thor', 'irb'),
  l('rust', 'rs'),
  l('scala'),
  l('shell', 'console'),
  l('sql'),
  l('swift'),
  l('typescript', 'ts', 'tsx', 'mts', 'cts'),
  l('xml', 'html', 'xhtml', 'rss', 'atom', 'xjb', 'xsd', 'xsl', 'plist', 'svg'),
  l('yml', 'yaml'),
  // Elastic languages docs-builder ships highlighters for
  l('apiheader'),
  l('eql'),
  l('esql'),
  l('painless'),
];

/** Languages docs-builder renames before the check (exact, case-sensitive match). */
export const CODE_LANGUAGE_REWRITES: ReadonlyMap<string, string> = new Map([
  ['console', 'json'],
  ['console-response', 'json'],
  ['console-result', 'json'],
  ['terminal', 'bash'],
  ['painless', 'java'],
  ['kuery', 'json'],
  ['lucene', 'json'],
]);

const KNOWN = new Set<string>();
for (const lang of CODE_LANGUAGES) for (const n of [lang.name, ...lang.aliases]) KNOWN.add(n.toLowerCase());

/** The language docs-builder checks and highlights with. */
export function effectiveCodeLanguage(lang: string): string {
  return CODE_LANGUAGE_REWRITES.get(lang) ?? lang;
}

/** False when docs-builder warns `Unknown language: <lang>`; an empty language is never reported. */
export function isKnownCodeLanguage(lang: string): boolean {
  const effective = effectiveCodeLanguage(lang);
  return effective === '' || KNOWN.has(effective.toLowerCase());
}

export function unknownLanguageMessage(lang: string): string {
  return `Unknown language: ${effectiveCodeLanguage(lang)}`;
}

/** The only `key[=bool]` arguments a code fence accepts after its language. */
export const CODE_BLOCK_ARGUMENTS: readonly string[] = ['callouts', 'subs'];

export function invalidCodeBlockArgumentsMessage(args: string): string {
  return `Unable to parse code block arguments: ${args}. Valid arguments are ${CODE_BLOCK_ARGUMENTS.join(', ')}.`;
}
