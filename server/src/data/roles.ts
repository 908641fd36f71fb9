// Inline roles (`{name}`content``), EUI icon names for `{icon}` and named keys for `{kbd}`.
// Mirrors elastic/docs-builder:
// - the roles: src/Elastic.Markdown/Myst/Roles/RoleParser.cs and the role parsers registered in
//   src/Elastic.Markdown/Myst/MarkdownParser.cs (as listed in shared/spec/docs-builder-syntax.md §5.4, d819923ef7b6);
// - `{icon}`: src/Elastic.Markdown/Myst/Roles/Icons/IconRole.cs @ 766b35136819 (names: ./euiIcons.ts);
// - `{kbd}`: src/Elastic.Markdown/Myst/Roles/Kbd/Kbd.cs @ 0da74d650fc7 (`NamedKeyboardKey` enum, display texts).

import { EUI_ICON_NAMES } from './euiIcons';

export interface RoleInfo {
  readonly name: string;
  /** One line for hover and completion. */
  readonly summary: string;
  /** What goes between the backticks. */
  readonly content: string;
  readonly example: string;
  /** docs-builder's messages for bad content (`<…>` marks interpolated values). */
  readonly diagnostics: readonly string[];
}

export const ROLES: readonly RoleInfo[] = [
  {
    name: 'applies_to',
    summary: 'Inline applicability badge: which products, deployments and versions a sentence applies to.',
    content: 'An applies_to mapping on one line, `key: lifecycle [version]`, several entries separated by commas.',
    example: '{applies_to}`stack: ga 9.1`',
    diagnostics: ['Unable to parse applies_to role: {applies_to}<yaml>'],
  },
  {
    name: 'preview',
    summary: 'Inline "preview" badge; shorthand for an applies_to preview at the given version.',
    content: 'A version, for example `9.1`.',
    example: '{preview}`9.1`',
    diagnostics: [],
  },
  {
    name: 'icon',
    summary: 'Inline EUI icon.',
    content: 'An EUI icon name (exact case), for example `check` or `gear`.',
    example: '{icon}`check`',
    diagnostics: ['Unknown icon: <name>'],
  },
  {
    name: 'kbd',
    summary: 'Keyboard shortcut rendered as keys.',
    content: 'Keys joined with `+`; two alternatives for one key with `|` (`ctrl|cmd + c`). Named keys or single characters.',
    example: '{kbd}`ctrl+shift+enter`',
    diagnostics: ['Failed to parse keyboard shortcut: "<content>"'],
  },
  {
    name: 'math',
    summary: 'Inline LaTeX math.',
    content: 'A LaTeX expression.',
    example: '{math}`E = mc^2`',
    diagnostics: [],
  },
  {
    name: 'subs',
    summary: 'Inline code in which `{{substitutions}}` are replaced (plain inline code never substitutes).',
    content: 'Code text containing `{{key}}` or `{{key | mutation}}`. Only `{subs}` works; `{subs=true}` is not a role.',
    example: '{subs}`wget elasticsearch-{{version.stack}}.tar.gz`',
    diagnostics: ['Substitution key {<key>} is undefined'],
  },
];

const ROLE_BY_NAME = new Map(ROLES.map((r) => [r.name, r]));

/** Role names match exactly (case-sensitive), as docs-builder's role parsers do. */
export function getRole(name: string): RoleInfo | undefined {
  return ROLE_BY_NAME.get(name);
}

const ICONS = new Set(EUI_ICON_NAMES);

/** `EuiSvgIcons.TryGetIcon`: an exact, case-sensitive match. */
export function isKnownIcon(name: string): boolean {
  return ICONS.has(name);
}

export { EUI_ICON_NAMES };

export interface KbdKey {
  /** The name authors write (`[Display(Name)]`). */
  readonly name: string;
  /** The C# enum member, which docs-builder also accepts (case-insensitive). */
  readonly member: string;
  /** Rendered text. */
  readonly display: string;
  /** Rendered symbol, when docs-builder shows one. */
  readonly symbol?: string;
}

const k = (name: string, member: string, display: string, symbol?: string): KbdKey =>
  symbol === undefined ? { name, member, display } : { name, member, display, symbol };

/** In `NamedKeyboardKey` enum order, so a key's index is its numeric value. */
export const KBD_NAMED_KEYS: readonly KbdKey[] = [
  k('shift', 'Shift', 'Shift', '⇧'),
  k('ctrl', 'Ctrl', 'Ctrl', '⌃'),
  k('alt', 'Alt', 'Alt', '⌥'),
  k('option', 'Option', 'Opt', '⌥'),
  k('cmd', 'Command', 'Cmd', '⌘'),
  k('win', 'Win', 'Win', '⊞'),
  k('up', 'Up', 'Up', '↑'),
  k('down', 'Down', 'Down', '↓'),
  k('left', 'Left', 'Left', '←'),
  k('right', 'Right', 'Right', '→'),
  k('space', 'Space', 'Space', '␣'),
  k('tab', 'Tab', 'Tab', '↹'),
  k('enter', 'Enter', 'Enter', '↵'),
  k('esc', 'Escape', 'Esc', '⎋'),
  k('backspace', 'Backspace', 'Backspace', '⌫'),
  k('del', 'Delete', 'Del'),
  k('ins', 'Insert', 'Ins'),
  k('pageup', 'PageUp', 'PageUp', '⇞'),
  k('pagedown', 'PageDown', 'PageDown', '⇟'),
  k('home', 'Home', 'Home', '⇱'),
  k('end', 'End', 'End', '⇲'),
  ...Array.from({ length: 12 }, (_, i) => k(`f${i + 1}`, `F${i + 1}`, `F${i + 1}`)),
  k('plus', 'Plus', '+'),
  k('fn', 'Fn', 'Fn'),
  k('pipe', 'Pipe', '|'),
];

const KBD_BY_NAME = new Map<string, KbdKey>();
for (const key of KBD_NAMED_KEYS) {
  KBD_BY_NAME.set(key.name, key);
  KBD_BY_NAME.set(key.member.toLowerCase(), key);
}

export type KbdKeyResolution =
  | { readonly kind: 'named'; readonly key: KbdKey }
  | { readonly kind: 'character'; readonly char: string }
  /** A number: docs-builder parses it as the enum value (`1` renders as Ctrl); outside the enum it fails to render. */
  | { readonly kind: 'number'; readonly key: KbdKey | undefined };

/**
 * How docs-builder reads one key of a `{kbd}` shortcut (`KeyboardShortcut.ParseSingleKey`): trimmed and lower-cased,
 * then a named key (display or member name), then a number (NetEscapades enum parsing), then a single character.
 * Undefined when docs-builder reports `Failed to parse keyboard shortcut`.
 */
export function resolveKbdKey(token: string): KbdKeyResolution | undefined {
  const t = token.trim().toLowerCase();
  const named = KBD_BY_NAME.get(t);
  if (named) return { kind: 'named', key: named };
  if (/^[+-]?[0-9]+$/.test(t) && Math.abs(Number(t)) <= 2147483647) return { kind: 'number', key: KBD_NAMED_KEYS[Number(t)] };
  if (t.length === 1) return { kind: 'character', char: t };
  return undefined;
}
