// The one model of a page. Every construct carries source offsets (UTF-16, into the page text);
// `LineIndex` turns them into LSP ranges. Built by `parsePage` (full model) and, for closed files,
// reduced to a `PageSummary` by the fast scanner (summary.ts).
import type { Document } from 'yaml';
import type { BlockNodes } from './blockNodes';
import type { LineIndex } from './lines';

export interface Span {
  start: number;
  end: number;
}

/** Where a construct sits, which decides what docs-builder does with it. */
export type InlineContext =
  | 'text' // paragraphs, headings, list items, table cells, directive bodies
  | 'comment' // inside a `%` line comment (inline-parsed: subs and anchors count, links are not validated)
  | 'role' // inside a `{subs}` role
  | 'code' // a `subs=true` code block
  | 'link-url' // inside a link's URL
  | 'title' // directive argument (admonition / dropdown / tab titles: interpolated without diagnostics)
  | 'frontmatter'; // a front-matter value (navigation_title, …)

export interface FrontMatter extends Span {
  /** Span of the YAML text between the `---` lines. */
  content: Span;
  closed: boolean;
  /** The YAML document; node ranges are offsets into the page text (the parser ran with a line-position base). */
  doc: Document.Parsed | undefined;
  /** Page-level substitutions from `sub:` (keys lower-cased as docs-builder merges them). */
  subs: SubDefinition[];
  title?: string;
  navigationTitle?: string;
}

export interface SubDefinition {
  /** Lower-cased key. */
  key: string;
  rawKey: string;
  value: string;
  keySpan: Span;
  valueSpan: Span;
}

export interface Heading extends Span {
  level: number;
  /** Raw source after the `#` marks (trimmed, closing #s removed): what docs-builder slugs. */
  raw: string;
  rawSpan: Span;
  title: string;
  id: string;
  /** Span of the `[custom-id]` text (without brackets), when the heading has one. */
  customId?: Span;
  setext: boolean;
}

export interface InlineAnchor extends Span {
  /** Text between the `$$$` markers. */
  name: string;
  /** Slugified name: the id docs-builder renders and registers. */
  id: string;
  nameSpan: Span;
  context: InlineContext;
  /** The anchor is alone on its line (legacy migration marker). */
  standalone: boolean;
}

export interface Link extends Span {
  image: boolean;
  text: string;
  textSpan: Span;
  url: string;
  urlSpan: Span;
  /** URL before `#` (may be empty for same-page `#x`). */
  path: string;
  pathSpan: Span;
  /** After `#`, without it; undefined when the URL has no `#`. */
  fragment?: string;
  fragmentSpan?: Span;
  title?: string;
  context: 'text' | 'comment';
  /** `<https://…>` style autolink, or a bare `https://…` URL (`bare`). */
  autolink: boolean;
  /** A bare `https://…` URL that docs-builder autolinks (model/bareUrl.ts). */
  bare?: boolean;
}

export interface Mutation {
  name: string;
  span: Span;
}

export interface SubUse extends Span {
  /** Lower-cased, trimmed key (docs-builder's lookup key). */
  key: string;
  rawKey: string;
  keySpan: Span;
  mutations: Mutation[];
  context: InlineContext;
}

export interface Role extends Span {
  name: string;
  nameSpan: Span;
  content: string;
  contentSpan: Span;
}

export interface LineComment extends Span {
  /** Text after the `%` (leading space kept out). */
  text: string;
  textSpan: Span;
}

export interface BlockComment extends Span {
  closed: boolean;
}

/** A line that starts like a comment but is rendered as text (`%%`, `%text`). */
export interface NotAComment extends Span {
  reason: 'double' | 'no-space';
}

export interface ChecklistItem extends Span {
  checked: boolean;
  /** Span of the `[ ]` / `[x]` box. */
  boxSpan: Span;
  path: string;
  pathSpan: Span;
  /** Continuation lines (`%      Notes: …`) attached to the item. */
  notes: string[];
  noteSpans: Span[];
}

export interface DirectiveOption extends Span {
  key: string;
  keySpan: Span;
  value: string;
  valueSpan: Span;
}

export interface Directive extends Span {
  name: string;
  nameSpan: Span;
  argument: string;
  argumentSpan: Span;
  fenceChar: ':' | '`';
  fenceLength: number;
  /** Span of the opening line. */
  open: Span;
  options: DirectiveOption[];
  /** Body: from the line after the opening (and options) to the line before the closing fence. */
  body: Span;
  /** Span of the closing fence line, when the directive is closed by its own fence. */
  close?: Span;
  /**
   * How the block ended: its fence; the fence of a directive around it; the end of the list item or block quote
   * holding it; or the end of the document.
   */
  closedBy: 'fence' | 'parent' | 'container' | 'eof';
  parent?: number;
  depth: number;
}

export interface CodeBlock extends Span {
  fenceChar: '`' | '~';
  fenceLength: number;
  /** Language after the fence (or after `{code}`), lower-cased as written. */
  lang: string;
  /** Arguments after the language (`subs=true`, `callouts=false`). */
  args: string;
  /** Literal directive name for `{code}`, `{applies_to}`, `yaml {applies_to}`, … */
  directive?: string;
  open: Span;
  content: Span;
  closed: boolean;
  subs: boolean;
}

export interface TableCell extends Span {
  text: string;
}

export interface Table extends Span {
  header: TableCell[];
  delimiter: Span;
  rows: TableCell[][];
  /** Span of each body row line. */
  rowSpans: Span[];
}

export interface Page {
  uri: string;
  version: number;
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  headings: Heading[];
  anchors: InlineAnchor[];
  links: Link[];
  subs: SubUse[];
  roles: Role[];
  comments: LineComment[];
  blockComments: BlockComment[];
  notComments: NotAComment[];
  checklist: ChecklistItem[];
  directives: Directive[];
  codeBlocks: CodeBlock[];
  tables: Table[];
  /** YAML errors of the front matter (offsets into the page). */
  frontMatterProblems: { message: string; start: number; end: number }[];
  /** Colon fences that close nothing. */
  strayFences: Span[];
  /** The block tree (block quotes, lists and items, directives, paragraphs, headings, code, …) in document order. */
  blocks: BlockNodes;
  /**
   * Offsets of irregular white space characters (model/irregular.ts), anywhere in the text, in order. Empty when
   * the page was parsed with `skipIrregular` (index summaries: not computed, as the index never reads them).
   */
  irregular: number[];
}
