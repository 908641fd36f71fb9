// The few markdown-it shapes the preview plugin uses. markdown-it ships no typings and the plugin must not load its
// own copy: VS Code hands it the preview's instance (`extendMarkdownIt`), and the plugin only registers rules.
/* eslint-disable @typescript-eslint/no-explicit-any */

export interface Token {
  type: string;
  tag: string;
  attrs: [string, string][] | null;
  map: [number, number] | null;
  nesting: -1 | 0 | 1;
  level: number;
  children: Token[] | null;
  content: string;
  markup: string;
  info: string;
  /** Plugin data; markdown-it types it `any`. */
  meta: any;
  block: boolean;
  hidden: boolean;
  attrSet(name: string, value: string): void;
  attrGet(name: string): string | null;
}

/** The render environment: VS Code puts `currentDocument` (a `vscode.Uri`) in it; tests give a string. */
export type Env = Record<string, unknown>;

export interface StateBlock {
  src: string;
  md: MarkdownIt;
  env: Env;
  tokens: Token[];
  bMarks: number[];
  eMarks: number[];
  tShift: number[];
  sCount: number[];
  blkIndent: number;
  line: number;
  lineMax: number;
  parentType: string;
  push(type: string, tag: string, nesting: -1 | 0 | 1): Token;
}

export interface StateInline {
  src: string;
  pos: number;
  posMax: number;
  md: MarkdownIt;
  env: Env;
  push(type: string, tag: string, nesting: -1 | 0 | 1): Token;
}

export interface StateCore {
  src: string;
  env: Env;
  tokens: Token[];
  md: MarkdownIt;
  Token: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;
}

export type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
export type InlineRule = (state: StateInline, silent: boolean) => boolean;
export type CoreRule = (state: StateCore) => void;
export type RenderRule = (tokens: Token[], idx: number, options: unknown, env: Env, self: Renderer) => string;

export interface Ruler<R> {
  before(beforeName: string, ruleName: string, fn: R, options?: { alt?: string[] }): void;
  after(afterName: string, ruleName: string, fn: R, options?: { alt?: string[] }): void;
  push(ruleName: string, fn: R, options?: { alt?: string[] }): void;
}

export interface Renderer {
  rules: Record<string, RenderRule | undefined>;
  renderToken(tokens: Token[], idx: number, options: unknown): string;
}

export interface MarkdownIt {
  block: { ruler: Ruler<BlockRule>; tokenize(state: StateBlock, startLine: number, endLine: number): void; parse(src: string, md: MarkdownIt, env: Env, out: Token[]): void };
  inline: { ruler: Ruler<InlineRule> };
  core: { ruler: Ruler<CoreRule> };
  renderer: Renderer;
  utils: { escapeHtml(s: string): string };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
