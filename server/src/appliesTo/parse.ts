// Entry points: applies_to from front matter (a `yaml` node) and from a YAML string (section block, inline role,
// `{applies-item}` argument, `:applies_to:` option). Both give the model and diagnostics with offsets into the page.
// Shape handling mirrors ApplicableToYamlConverter.ReadYaml
// (src/Elastic.Documentation.Configuration/Converters/ApplicableToYamlConverter.cs).
import { isScalar, isSeq } from 'yaml';
import { parseYamlDocument } from '../model/yamlFast';
import type { AppliesDiagnostic, AppliesResult, DiagnosticSink } from './model';
import { Resolver, applicableToAll } from './resolve';
import { mergeSequence, spanOf, toYValue } from './tree';
import type { Span } from './collection';

export interface AppliesOptions {
  /**
   * Public-reference product ids from docs-builder's `config/products.yml`, which docs-builder also accepts as keys.
   * Without them, such keys get the "does not support the following keys" Warning.
   */
  productIds?: readonly string[];
}

export interface AppliesNodeOptions extends AppliesOptions {
  /** Added to the node's ranges when the YAML text was cut out of the page (front matter after `---\n`). */
  offset?: number;
  /** The `applies_to` key, where the "present but empty" Warning goes when the value has no node. */
  keySpan?: Span;
}

/** Where the applies_to string came from; it selects docs-builder's "Unable to parse" message. */
export type AppliesTextKind = 'role' | 'directive' | 'definition';

interface Collected {
  diagnostics: AppliesDiagnostic[];
  report: DiagnosticSink;
}

function collector(): Collected {
  const diagnostics: AppliesDiagnostic[] = [];
  return { diagnostics, report: (code, severity, message, span) => diagnostics.push({ code, severity, message, start: span.start, end: span.end }) };
}

const byOffset = (d: AppliesDiagnostic[]): AppliesDiagnostic[] => d.sort((a, b) => a.start - b.start || a.end - b.end);

type Outcome = AppliesResult & { failed?: Span };

/** The shared reading of the value; `failed` marks where docs-builder's deserialisation would throw or return null. */
function readValue(node: unknown, offset: number, fallback: Span, options: AppliesOptions): Outcome {
  const { diagnostics, report } = collector();
  const value = toYValue(node, offset, fallback);
  if (value.kind === 'null' || (value.kind === 'string' && value.loc.text.trim() === '')) {
    report('applies.empty', 'warning', "The 'applies_to' field is present but empty. No applicability will be assumed.", spanOf(value));
    return { applicability: undefined, diagnostics, failed: spanOf(value) };
  }
  if (value.kind === 'string') {
    if (value.loc.text.toLowerCase() === 'all') return { applicability: applicableToAll(), diagnostics };
    return { applicability: undefined, diagnostics, failed: spanOf(value) };
  }
  const resolver = new Resolver(report, options.productIds);
  if (value.kind === 'map') {
    if (value.entries.size === 0) return { applicability: undefined, diagnostics, failed: spanOf(value) };
    return { applicability: resolver.resolve(value.entries), diagnostics: byOffset(diagnostics) };
  }
  if (isSeq(node)) {
    const merged = mergeSequence(node.items, offset, spanOf(value), report);
    if (merged.size === 0) return { applicability: undefined, diagnostics, failed: spanOf(value) };
    return { applicability: resolver.resolve(merged), diagnostics: byOffset(diagnostics) };
  }
  return { applicability: undefined, diagnostics, failed: spanOf(value) };
}

/**
 * Front matter: `node` is the value of the `applies_to` key from `yaml`'s parseDocument (null or undefined when the
 * key has no value). Ranges in the node are offsets into the parsed text; `offset` shifts them into the page.
 */
export function parseAppliesToNode(node: unknown, options: AppliesNodeOptions = {}): AppliesResult {
  const offset = options.offset ?? 0;
  const fallback = options.keySpan ?? { start: offset, end: offset };
  const out = readValue(node, offset, fallback, options);
  const empty = out.diagnostics.find((d) => d.code === 'applies.empty');
  if (empty && options.keySpan && empty.start === empty.end) Object.assign(empty, options.keySpan);
  if (out.failed && !empty && isScalar(node)) {
    // docs-builder's converter cannot read any other scalar, and the whole front matter fails to deserialise.
    out.diagnostics.push({
      code: 'applies.yaml', severity: 'error',
      message: `Failed to parse yaml front matter block. 'applies_to' must be 'all', a mapping or a list, not '${String(node.source ?? node.value)}'.`,
      ...out.failed,
    });
  }
  return { applicability: out.applicability, diagnostics: out.diagnostics };
}

function unableMessage(kind: AppliesTextKind, yaml: string): string {
  switch (kind) {
    case 'role':
      return `Unable to parse applies_to role: {applies_to}${yaml}`;
    case 'directive':
      return `Unable to parse applies_to directive: ${yaml}`;
    case 'definition':
      return `Unable to parse applies_to definition: ${yaml}`;
  }
}

/**
 * A YAML string: the body of a ```` ```{applies_to} ```` block, the content of `` {applies_to}`…` ``, an
 * `{applies-item}` argument or an `:applies_to:` option value. `offset` is where `yaml` starts in the page.
 * YAML errors, and values docs-builder's converter turns into nothing (empty text, `{}`, a scalar other than `all`),
 * give the Error docs-builder reports when its deserialisation throws, and nothing else.
 */
export function parseAppliesToText(yaml: string, offset: number, kind: AppliesTextKind, options: AppliesOptions = {}): AppliesResult {
  const whole = { start: offset, end: offset + yaml.length };
  const fail = (at: Span): AppliesResult => ({
    applicability: undefined,
    diagnostics: [{ code: 'applies.yaml', severity: 'error', message: unableMessage(kind, yaml), ...at }],
  });
  const doc = parseYamlDocument(yaml, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    const [s, e] = doc.errors[0].pos;
    // An error at the very end (an unclosed `[` or `{`) would point past the text: show the whole text instead.
    const end = Math.min(Math.max(e, s), yaml.trimEnd().length);
    return fail(s < end ? { start: offset + s, end: offset + end } : whole);
  }
  if (doc.contents === null) return fail(whole);
  const out = readValue(doc.contents, offset, whole, options);
  if (out.failed) return fail(out.failed.start === out.failed.end ? whole : out.failed);
  return { applicability: out.applicability, diagnostics: out.diagnostics };
}
