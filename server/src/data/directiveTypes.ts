// Shapes of the directive data (./directiveList.ts, ./directiveListHub.ts, ./directives.ts).

export type DirectiveArgument = 'none' | 'optional' | 'required';

/** What the block body holds: Markdown, a YAML document, raw text (never parsed), LaTeX, or nothing. */
export type DirectiveBody = 'markdown' | 'yaml' | 'literal' | 'latex' | 'none';

export interface DirectiveOption {
  readonly name: string;
  /** Other names docs-builder reads for the same option (`Prop("width", "w")`). */
  readonly aliases?: readonly string[];
  readonly description: string;
  /** The closed set of values docs-builder accepts (others give a warning or are ignored). */
  readonly values?: readonly string[];
  /** A boolean option: present with no value, or `true`, means on. */
  readonly flag?: boolean;
  /** docs-builder reports an error when it is missing. */
  readonly required?: boolean;
  readonly deprecated?: boolean;
}

export interface DirectiveInfo {
  readonly name: string;
  /** One line for a hover. */
  readonly summary: string;
  readonly argument: DirectiveArgument;
  /** What the argument after `{name}` means. */
  readonly argumentDescription?: string;
  /** docs-builder's exact error when a required argument is missing. */
  readonly missingArgumentMessage?: string;
  readonly options: readonly DirectiveOption[];
  /** Usually holds nested directives (so its fence needs more colons than theirs). */
  readonly container: boolean;
  /** Directives expected directly inside. */
  readonly children?: readonly string[];
  /** Directives this one is expected directly inside. */
  readonly parents?: readonly string[];
  readonly body: DirectiveBody;
  /** Backtick-only literal block handled by the code-block parser (```` ```{code} ````, ```` ```{applies_to} ````). */
  readonly literal?: boolean;
  /** For code blocks: the comma-separated `key[=bool]` arguments after the language. */
  readonly fenceArguments?: readonly DirectiveOption[];
}
