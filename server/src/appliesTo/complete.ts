// Completion data for applies_to: the keys valid at a position, lifecycles, version forms. Plain data, no LSP types.
import {
  CATEGORY_KEYS,
  DEPLOYMENT_KEYS,
  LIFECYCLE_INFO,
  PRODUCT_KEYS,
  SERVERLESS_KEYS,
  SUGGESTED_LIFECYCLES,
  VERSIONLESS_KEYS,
  type AppliesKeyInfo,
} from '../data/appliesTo';

export type AppliesKeyParent = 'root' | 'deployment' | 'serverless' | 'product';

export type AppliesToCompletionContext =
  /** A key, at the top of applies_to or under one of the grouping keys. */
  | { kind: 'key'; parent: AppliesKeyParent }
  /** The first token of an item, in the value of `key`. */
  | { kind: 'lifecycle'; key: string }
  /** The token after the lifecycle. */
  | { kind: 'version'; key: string; lifecycle: string };

export interface AppliesToCompletionItem {
  label: string;
  detail: string;
  documentation: string;
  /** Text to insert when it differs from the label (keys get `: `). */
  insertText?: string;
}

export interface AppliesToCompletionOptions {
  /** Known versions for the key (for example the docset's stack versions), offered as `9.1`, `=9.1`. */
  versions?: readonly string[];
}

const VERSION_FORMS: readonly AppliesToCompletionItem[] = [
  { label: '9.2', detail: 'this version and later', documentation: 'Greater than or equal, the default: `ga 9.2` is the same as `ga 9.2+`. Minor-only versions are read as `9.2.0`.' },
  { label: '9.2+', detail: 'this version and later', documentation: 'Explicit greater-than-or-equal.' },
  { label: '=9.0', detail: 'this version only', documentation: 'Exact version: `preview =9.0`.' },
  { label: '9.0-9.1', detail: 'inclusive range', documentation: 'Available from the first to the last version, both included: `beta 9.0-9.1`.' },
  { label: '9.0.4!', detail: 'show the patch version', documentation: 'A trailing `!` shows the patch in the badge (`9.0.4` instead of `9.0`).' },
  { label: 'all', detail: 'all versions', documentation: 'Every version; the same as giving no version.' },
];

function keyItem(k: AppliesKeyInfo, detailPrefix: string): AppliesToCompletionItem {
  const versionless = VERSIONLESS_KEYS.has(k.key) ? ' Not versioned: give a lifecycle only.' : '';
  return { label: k.key, detail: `${detailPrefix}${k.name}`, documentation: `\`${k.key}: <lifecycle> [version]\`.${versionless}`, insertText: `${k.key}: ` };
}

function keys(parent: AppliesKeyParent): AppliesToCompletionItem[] {
  switch (parent) {
    case 'deployment':
      return DEPLOYMENT_KEYS.map((k) => keyItem(k, 'Deployment: '));
    case 'serverless':
      return SERVERLESS_KEYS.map((k) => keyItem(k, 'Serverless: '));
    case 'product':
      return PRODUCT_KEYS.map((k) => keyItem(k, 'Product: '));
    case 'root':
      return [
        ...CATEGORY_KEYS.map((k) => ({
          label: k.key,
          detail: k.name,
          documentation: k.key === 'stack'
            ? '`stack: <lifecycle> [version], …`, for example `stack: preview 9.0, ga 9.1`.'
            : `\`${k.key}: <lifecycle>\` for all of them, or a mapping of sub-keys.`,
          insertText: `${k.key}: `,
        })),
        ...DEPLOYMENT_KEYS.map((k) => keyItem(k, 'Deployment: ')),
        ...SERVERLESS_KEYS.map((k) => keyItem(k, 'Serverless: ')),
        ...PRODUCT_KEYS.map((k) => keyItem(k, 'Product: ')),
      ];
  }
}

/** Completion items for a context. Versionless keys (`ess`, `ech`, `serverless` and its project types) get no versions. */
export function appliesToCompletions(context: AppliesToCompletionContext, options: AppliesToCompletionOptions = {}): AppliesToCompletionItem[] {
  if (context.kind === 'key') return keys(context.parent);
  if (context.kind === 'lifecycle') {
    return SUGGESTED_LIFECYCLES.map((l) => ({ label: l, detail: LIFECYCLE_INFO[l].display, documentation: LIFECYCLE_INFO[l].description }));
  }
  if (VERSIONLESS_KEYS.has(context.key) || context.key === 'deployment') return [];
  if (!options.versions || options.versions.length === 0) return [...VERSION_FORMS];
  return options.versions.flatMap((v) => [
    { label: v, detail: `${v} and later`, documentation: `\`${context.lifecycle} ${v}\`: from ${v} onwards.` },
    { label: `=${v}`, detail: `${v} only`, documentation: `\`${context.lifecycle} =${v}\`: in ${v} only.` },
  ]);
}

const GROUP_KEYS: ReadonlySet<string> = new Set(['deployment', 'serverless', 'product']);

/** The chain of parent keys of the line holding `offset`, from block indentation (`key:` lines with no value). */
function parentKeys(lines: string[], indent: number): string[] {
  const chain: string[] = [];
  let limit = indent;
  for (let i = lines.length - 2; i >= 0 && limit > 0; i--) {
    const m = /^(\s*)(?:-\s+)?([^\s:#][^:#]*?)\s*:\s*(?:#.*)?$/.exec(lines[i]);
    if (!m || lines[i].trim() === '' || m[1].length >= limit) continue;
    chain.unshift(m[2]);
    limit = m[1].length;
  }
  return chain;
}

/**
 * What to complete at `offset` in applies_to YAML. `form: 'yaml'` is a role, block or option text where applies_to
 * keys are at the top; `form: 'frontmatter'` is the front matter text, where they sit under `applies_to:`.
 * Handles block mappings, `- key: value` items and one-line flow mappings (`{ ece: ga, ess: }`).
 */
export function appliesToCompletionContext(text: string, offset: number, form: 'yaml' | 'frontmatter'): AppliesToCompletionContext | undefined {
  const lines = text.slice(0, offset).split('\n');
  const line = lines[lines.length - 1];
  let chain = parentKeys(lines, line.length - line.trimStart().length);
  let segment = line.trimStart().replace(/^-\s+/, '');
  const brace = segment.lastIndexOf('{');
  if (brace >= 0 && !segment.slice(brace).includes('}')) {
    const owner = /([\w-]+)\s*:\s*$/.exec(segment.slice(0, brace));
    if (owner) chain = [...chain, owner[1]];
    const inner = segment.slice(brace + 1);
    segment = inner.slice(inner.lastIndexOf(',') + 1).trimStart();
  }
  if (form === 'frontmatter') {
    const at = chain.indexOf('applies_to');
    if (at < 0) return undefined;
    chain = chain.slice(at + 1);
  }
  const colon = segment.indexOf(':');
  if (colon < 0) {
    if (chain.length === 0) return { kind: 'key', parent: 'root' };
    const parent = chain[chain.length - 1];
    return chain.length === 1 && GROUP_KEYS.has(parent) ? { kind: 'key', parent: parent as AppliesKeyParent } : undefined;
  }
  const key = segment.slice(0, colon).trim();
  if (key === 'applies_to') return undefined;
  const item = segment.slice(colon + 1).split(',').pop() ?? '';
  const tokens = item.trimStart().split(' ');
  if (tokens.length <= 1) return { kind: 'lifecycle', key };
  return tokens.length === 2 ? { kind: 'version', key, lifecycle: tokens[0] } : undefined;
}
