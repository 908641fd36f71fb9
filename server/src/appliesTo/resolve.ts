// From the applies_to mapping to the model, key by key, as docs-builder's FinalizeApplicableTo
// (src/Elastic.Documentation.Configuration/Converters/ApplicableToYamlConverter.cs), with positions, plus warnings
// docs-builder does not give for keys it silently ignores.
import {
  DEPLOYMENT_KEYS,
  DEPLOYMENT_STRING_VALIDATION_KEY,
  PRODUCT_KEYS,
  SERVERLESS_KEYS,
  knownTopLevelKeys,
  normalizeAppliesKey,
} from '../data/appliesTo';
import type {
  Applicability,
  AppliesCollection,
  DeploymentApplicability,
  DiagnosticSink,
  ServerlessApplicability,
} from './model';
import { parseAppliesCollection, type ParsedItem } from './collection';
import { validateCollection } from './validate';
import { spanOf, type YEntry, type YValue } from './tree';

type Entries = Map<string, YEntry>;

const strip = (items: ParsedItem[]): AppliesCollection => items.map(({ lifecycle, version }) => (version ? { lifecycle, version } : { lifecycle }));
const gaAll = (): AppliesCollection => [{ lifecycle: 'ga', version: { kind: 'all' } }];
const isBlank = (v: YValue): boolean => v.kind === 'null' || (v.kind === 'string' && v.loc.text.trim() === '');

const PRODUCT_BY_NORMALIZED = new Map(PRODUCT_KEYS.map((p) => [normalizeAppliesKey(p.key), p.key]));
/** The known top-level keys (constant data): made once, not for every applies_to block. */
const KNOWN_TOP_LEVEL_KEYS = knownTopLevelKeys();

export class Resolver {
  constructor(
    private readonly report: DiagnosticSink,
    private readonly productIds: readonly string[] = [],
  ) {}

  /** Parses and validates a string value; undefined when the key is absent or holds nothing docs-builder can use. */
  private collection(entries: Entries, key: string, validateAs: string = key): AppliesCollection | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const v = entry.value;
    if (isBlank(v)) return gaAll();
    if (v.kind !== 'string') {
      this.report('applies.invalid-value', 'warning',
        `'${key}' expects '<lifecycle> [version], …' as a string; docs-builder ignores this value.`, spanOf(v));
      return undefined;
    }
    const items = parseAppliesCollection(v.loc, this.report);
    if (!items) return undefined;
    validateCollection(validateAs, items, { start: v.loc.start, end: v.loc.end }, this.report);
    return strip(items);
  }

  /** Warns for keys of a nested mapping that docs-builder ignores without a word. */
  private checkNested(parent: string, entries: Entries, valid: readonly string[]): void {
    for (const [key, entry] of entries) {
      if (valid.includes(key)) continue;
      const underscored = PRODUCT_BY_NORMALIZED.get(normalizeAppliesKey(key));
      const message = parent === 'product' && underscored
        ? this.hyphenMessage(key, underscored)
        : `'${parent}' does not support the key '${key}'; docs-builder ignores it. Valid keys are: ${valid.length > 6 ? `${valid.slice(0, 3).join(', ')}, …` : valid.join(', ')}.`;
      this.report('applies.unknown-key', 'warning', message, entry.keySpan);
    }
  }

  private hyphenMessage(key: string, underscored: string): string {
    return `'${key}' is ignored: docs-builder reads product keys only when written with underscores. Use '${underscored}'.`;
  }

  private deployment(entries: Entries): DeploymentApplicability | undefined {
    const ess = entries.get('ess');
    if (ess && entries.has('ech')) {
      this.report('applies.ess-and-ech', 'warning', "Both 'ess' and 'ech' are defined. Move 'ess' content into 'ech' to avoid information loss.", ess.keySpan);
    }
    const d: DeploymentApplicability = {};
    let assigned = false;
    for (const { key } of DEPLOYMENT_KEYS) {
      const c = this.collection(entries, key);
      if (!c) continue;
      d[key === 'ech' ? 'ess' : (key as keyof DeploymentApplicability)] = c;
      assigned = true;
    }
    return assigned ? d : undefined;
  }

  private serverless(entries: Entries): ServerlessApplicability | undefined {
    const s: ServerlessApplicability = {};
    let assigned = false;
    for (const { key } of SERVERLESS_KEYS) {
      const c = this.collection(entries, key);
      if (!c) continue;
      s[key as keyof ServerlessApplicability] = c;
      assigned = true;
    }
    return assigned ? s : undefined;
  }

  private products(entries: Entries): Record<string, AppliesCollection> | undefined {
    const p: Record<string, AppliesCollection> = {};
    let assigned = false;
    for (const { key } of PRODUCT_KEYS) {
      const c = this.collection(entries, key);
      if (!c) continue;
      p[key] = c;
      assigned = true;
    }
    return assigned ? p : undefined;
  }

  /** A key holding either one string for all four sub-keys, nothing (all GA), or a mapping of sub-keys. */
  private group<T extends object>(
    entries: Entries, key: 'deployment' | 'serverless', subKeys: readonly string[], validateAs: string,
    fromMap: (m: Entries) => T | undefined, all: (c: AppliesCollection | undefined) => T,
  ): T | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const v = entry.value;
    if (isBlank(v)) return all(gaAll());
    if (v.kind === 'string') return all(this.collection(entries, key, validateAs));
    if (v.kind === 'map') {
      this.checkNested(key, v.entries, subKeys);
      return fromMap(v.entries);
    }
    this.report('applies.invalid-value', 'warning',
      `'${key}' expects a lifecycle string or a mapping of ${subKeys.join(', ')}; docs-builder ignores this value.`, spanOf(v));
    return undefined;
  }

  private checkTopLevelKeys(entries: Entries): void {
    const known = KNOWN_TOP_LEVEL_KEYS;
    let productIds: Set<string> | undefined;
    for (const [key, entry] of entries) {
      const normalized = normalizeAppliesKey(key);
      if (normalized.startsWith(':')) {
        this.report('applies.invalid-key', 'warning', `Applies block does not use valid yaml keys: ${normalized}`, entry.keySpan);
      } else if (known.has(normalized)) {
        const underscored = PRODUCT_BY_NORMALIZED.get(normalized);
        if (underscored && key !== underscored) this.report('applies.unknown-key', 'warning', this.hyphenMessage(key, underscored), entry.keySpan);
      } else if ((productIds ??= new Set(this.productIds.map(normalizeAppliesKey))).has(normalized)) {
        this.report('applies.unknown-key', 'warning',
          `'${key}' passes docs-builder's key check as a product id but has no effect in applies_to.`, entry.keySpan);
      } else {
        this.report('applies.unknown-key', 'warning', `Applies block does not support the following keys: ${normalized}`, entry.keySpan);
      }
    }
  }

  /** The mapping form (also the merged sequence form). */
  resolve(entries: Entries): Applicability {
    this.checkTopLevelKeys(entries);
    const a: Applicability = {};
    const stack = this.collection(entries, 'stack');
    if (stack) a.stack = stack;

    const product = entries.get('product');
    if (product && product.value.kind === 'map') {
      this.checkNested('product', product.value.entries, PRODUCT_KEYS.map((p) => p.key));
      const p = this.products(product.value.entries);
      if (p) a.products = p;
    } else if (product) {
      const c = this.collection(entries, 'product');
      if (c) a.product = c;
    }

    const serverless = this.group(entries, 'serverless', SERVERLESS_KEYS.map((k) => k.key), 'serverless',
      (m) => this.serverless(m),
      (c) => ({ elasticsearch: c, observability: c, security: c, vectordb: c }));
    if (serverless) a.serverless = serverless;

    const deployment = this.group(entries, 'deployment', DEPLOYMENT_KEYS.map((k) => k.key), DEPLOYMENT_STRING_VALIDATION_KEY,
      (m) => this.deployment(m),
      (c) => ({ ece: c, eck: c, ess: c, self: c }));
    if (deployment) a.deployment = deployment;

    // Top-level deployment keys replace `deployment:` entirely; top-level serverless keys override per project type.
    const topDeployment = this.deployment(entries);
    if (topDeployment) a.deployment = topDeployment;
    const topServerless = this.serverless(entries);
    if (topServerless) a.serverless = { ...a.serverless, ...topServerless };
    const topProducts = this.products(entries);
    if (topProducts) a.products = topProducts;
    return prune(a);
  }
}

/** Drops sub-keys left undefined (a string value whose every lifecycle was unknown). */
function prune(a: Applicability): Applicability {
  for (const group of [a.deployment, a.serverless] as (Record<string, unknown> | undefined)[]) {
    if (!group) continue;
    for (const k of Object.keys(group)) if (group[k] === undefined) delete group[k];
  }
  return a;
}

export function applicableToAll(): Applicability {
  return {
    all: true,
    stack: gaAll(),
    deployment: { ece: gaAll(), eck: gaAll(), ess: gaAll(), self: gaAll() },
    serverless: { elasticsearch: gaAll(), observability: gaAll(), security: gaAll(), vectordb: gaAll() },
    product: gaAll(),
  };
}
