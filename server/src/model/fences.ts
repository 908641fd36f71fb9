// What a fence line opens in docs-builder's pipeline (spec §5): a directive (DirectiveBlockParser: `:::{name}` or
// ```` ```{name} ````), a code block (EnhancedCodeBlockParser, which replaces Markdig's fenced code parser and so
// opens only on backticks: `~~~` is text there), or nothing. Plain CommonMark (the spec tests' dialect) has code
// fences of backticks and tildes and no directives.
import type { CodeBlock } from './types';

/** Backtick-fenced names that are literal blocks (EnhancedCodeBlockParser), never directives. */
const LITERAL_DIRECTIVES = new Set(['code', 'code-block', 'sourcecode', 'applies_to']);
/** DirectiveBlockParser.TryOpen refuses lines naming these anywhere. */
const NEVER_DIRECTIVE = /\{(?:code|code-block|sourcecode|applies_to)\}/;

export type FenceKind =
  | { kind: 'directive'; name: string; nameStart: number; nameEnd: number; argument: string; argumentStart: number }
  | { kind: 'code'; lang: string; args: string; directive?: string; subs: boolean }
  /** A colon fence with nothing after it: a closing fence that closes nothing. */
  | { kind: 'stray' };

function runLength(s: string, from: number, end: number, ch: number): number {
  let n = from;
  while (n < end && s.charCodeAt(n) === ch) n++;
  return n - from;
}

/** The fence run at `at` (its character and length), or undefined when the line does not start with 3 or more. */
export function fenceRun(text: string, at: number, end: number): { ch: number; len: number } | undefined {
  const ch = text.charCodeAt(at);
  if (ch !== 96 && ch !== 126 && ch !== 58) return undefined;
  const len = runLength(text, at, end, ch);
  return len >= 3 ? { ch, len } : undefined;
}

/** A closing fence at `at`: only `ch` repeated at least `min` times, then spaces or tabs. */
export function isClosingFence(text: string, at: number, end: number, ch: number, min: number): boolean {
  const n = runLength(text, at, end, ch);
  if (n < min) return false;
  for (let i = at + n; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function codeInfo(info: string): FenceKind {
  const infoT = info.trim();
  let directive: string | undefined;
  let lang = '';
  let args = '';
  const m = /^\{([^}]*)\}\s*(.*)$/.exec(infoT);
  if (m && LITERAL_DIRECTIVES.has(m[1].trim())) {
    directive = m[1].trim();
    const rest = m[2].trim();
    const sp = rest.search(/\s/);
    lang = sp < 0 ? rest : rest.slice(0, sp);
    args = sp < 0 ? '' : rest.slice(sp).trim();
    if (directive === 'applies_to') {
      args = rest;
      lang = '';
    }
  } else {
    const sp = infoT.search(/\s/);
    lang = sp < 0 ? infoT : infoT.slice(0, sp);
    args = sp < 0 ? '' : infoT.slice(sp).trim();
    const lit = /\{(applies_to|contributors)\}/.exec(args);
    if (lit) directive = lit[1];
    else if (infoT.includes('{applies_to}')) {
      // EnhancedCodeBlockParser makes any fence whose line holds `{applies_to}` an applies_to block
      // (```` ```{{applies_to}} ```` too).
      directive = 'applies_to';
      lang = '';
      args = '';
    }
  }
  return { kind: 'code', lang, args, directive, subs: /(^|[\s,])subs(=true)?(?=$|[\s,])/i.test(args) };
}

/**
 * What the fence run `run` at `at` opens, its info string running to `end`; `docsBuilder` false gives plain
 * CommonMark. Undefined: the line is not a block opening of this kind.
 */
export function classifyFence(text: string, at: number, end: number, run: { ch: number; len: number }, docsBuilder: boolean): FenceKind | undefined {
  const infoStart = at + run.len;
  const info = text.slice(infoStart, end);
  if (!docsBuilder) {
    if (run.ch === 58) return undefined;
    if (run.ch === 96 && info.includes('`')) return undefined;
    return codeInfo(info);
  }
  if (run.ch === 126) return undefined;
  const braced = info.startsWith('{') && info.includes('}') && !NEVER_DIRECTIVE.test(info);
  if (braced && !(run.ch === 96 && info.includes('`'))) {
    const close = info.indexOf('}');
    const name = info.slice(1, close).replace(/[{}`:]/g, '').trim();
    const rawArg = info.slice(close + 1);
    const argument = rawArg.trim();
    return {
      kind: 'directive', name, nameStart: infoStart + 1, nameEnd: infoStart + close, argument,
      argumentStart: infoStart + close + 1 + (rawArg.length - rawArg.trimStart().length),
    };
  }
  if (run.ch === 58) return info.trim() === '' ? { kind: 'stray' } : undefined;
  if (info.includes('`')) return undefined;
  return codeInfo(info);
}

/** A code block record for a fence opened at `at` on a line ending at `lineEnd`. */
export function codeBlock(kind: Extract<FenceKind, { kind: 'code' }>, at: number, lineEnd: number, ch: number, len: number, contentStart: number): CodeBlock {
  return {
    start: at, end: lineEnd, fenceChar: ch === 96 ? '`' : '~', fenceLength: len, lang: kind.lang, args: kind.args, directive: kind.directive,
    open: { start: at, end: lineEnd }, content: { start: contentStart, end: contentStart }, closed: false, subs: kind.subs,
  };
}
