// The substitutions in scope for a page, resolved as docs-builder does (spec §1.1–1.2): docset `subs` and
// the built-in `version.*` / `product.*` keys are global; the page's front-matter `sub:` keys (lower-cased)
// are added only when no global key has the same name — global wins, and redeclaring one is an error.
import { BUILTIN_SUBSTITUTIONS } from '../data/builtinSubstitutions';
import type { Page, Span, SubDefinition } from '../model/types';
import type { Range } from '../types';
import type { Docset } from './docset';

export type SubOrigin =
  | { kind: 'docset'; uri: string; keyRange: Range; valueRange: Range }
  | { kind: 'frontmatter'; keySpan: Span; valueSpan: Span }
  | { kind: 'builtin'; source: string }
  | { kind: 'context' };

export interface SubValue {
  key: string;
  /** The key as written where it is defined. */
  rawKey: string;
  value: string;
  origin: SubOrigin;
  description?: string;
}

export interface SubScope {
  get(key: string): SubValue | undefined;
  all(): SubValue[];
  /** Front-matter keys that redeclare a global key (docs-builder: Error, global value kept). */
  shadowed: SubDefinition[];
}

/** The page title as docs-builder takes it: the first H1's text (front-matter `title` when none). */
export function pageTitle(page: Page): string | undefined {
  const h1 = page.headings.find((h) => h.level === 1);
  return h1?.title ?? page.frontMatter?.title;
}

/** Built-in keys as SubValues, made once. */
let builtins: Map<string, SubValue> | undefined;
function builtinValues(): Map<string, SubValue> {
  if (!builtins) {
    builtins = new Map();
    for (const [key, b] of BUILTIN_SUBSTITUTIONS) builtins.set(key, { key, rawKey: key, value: b.value, origin: { kind: 'builtin', source: b.origin }, description: b.description });
  }
  return builtins;
}

/** A docset's keys as SubValues, made once per parsed docset. */
const docsetValues = new WeakMap<Docset, Map<string, SubValue>>();
function valuesOf(docset: Docset): Map<string, SubValue> {
  let m = docsetValues.get(docset);
  if (!m) {
    m = new Map();
    for (const s of docset.subs.values()) m.set(s.key, { key: s.key, rawKey: s.rawKey, value: s.value, origin: { kind: 'docset', uri: docset.uri, keyRange: s.keyRange, valueRange: s.valueRange } });
    docsetValues.set(docset, m);
  }
  return m;
}

export function substitutionScope(page: Page, docset: Docset | undefined): SubScope {
  const builtin = builtinValues();
  const global = docset ? valuesOf(docset) : new Map<string, SubValue>();
  // docs-builder adds the built-in version.* / product.* keys after the docset's (ConfigurationFile.cs): they win.
  const globalGet = (key: string) => builtin.get(key) ?? global.get(key);
  const local = new Map<string, SubValue>();
  const shadowed: SubDefinition[] = [];
  for (const d of page.frontMatter?.subs ?? []) {
    if (globalGet(d.key)) shadowed.push(d);
    else if (!local.has(d.key)) local.set(d.key, { key: d.key, rawKey: d.rawKey, value: d.value, origin: { kind: 'frontmatter', keySpan: d.keySpan, valueSpan: d.valueSpan } });
  }
  const title = pageTitle(page);
  const context = new Map<string, SubValue>();
  // A snippet (in a `_` folder) is rendered inside the page that includes it, with that page's title.
  if (title === undefined && /\/_[^/]*\//.test(page.uri)) context.set('context.page_title', { key: 'context.page_title', rawKey: 'context.page_title', value: "(the including page's title)", origin: { kind: 'context' } });
  if (title !== undefined) context.set('context.page_title', { key: 'context.page_title', rawKey: 'context.page_title', value: title, origin: { kind: 'context' } });
  return {
    get: (key) => globalGet(key) ?? local.get(key) ?? context.get(key),
    all: () => [...[...global.values()].filter((v) => !builtin.has(v.key)), ...builtin.values(), ...local.values(), ...context.values()],
    shadowed,
  };
}
