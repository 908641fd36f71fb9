// A small, position-carrying view of the YAML under applies_to: strings, nulls and mappings, as docs-builder's
// YamlDotNet deserialisation into Dictionary<object, object?> sees them (every scalar is a string, a later duplicate
// key wins), and the merge of the sequence form (ApplicableToYamlConverter.ReadYaml).
import { isAlias, isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { DiagnosticSink, TextLoc } from './model';
import type { Span } from './collection';

export type YValue =
  | ({ kind: 'null' } & Span)
  | { kind: 'string'; loc: TextLoc }
  | ({ kind: 'map'; entries: Map<string, YEntry> } & Span)
  | ({ kind: 'other' } & Span);

export interface YEntry {
  key: string;
  keySpan: Span;
  value: YValue;
}

type Ranged = { range?: [number, number, number] | null };

export function spanOf(v: YValue): Span {
  return v.kind === 'string' ? { start: v.loc.start, end: v.loc.end } : { start: v.start, end: v.end };
}

function nodeSpan(node: Ranged, offset: number, fallback: Span): Span {
  return node.range ? { start: node.range[0] + offset, end: node.range[1] + offset } : fallback;
}

function scalarLoc(node: Scalar, offset: number, fallback: Span): TextLoc {
  const text = typeof node.source === 'string' ? node.source : String(node.value);
  const { start, end } = nodeSpan(node, offset, fallback);
  const width = end - start;
  if ((node.type === 'PLAIN' || node.type === undefined) && text.length === width) return { text, start, end, direct: true };
  if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && text.length === width - 2) {
    return { text, start: start + 1, end: end - 1, direct: true };
  }
  return { text, start, end, direct: false };
}

/** Converts a yaml node; `fallback` positions a missing node (a key with no value). */
export function toYValue(node: unknown, offset: number, fallback: Span): YValue {
  if (node === null || node === undefined) return { kind: 'null', ...fallback };
  if (isScalar(node)) {
    const span = nodeSpan(node, offset, fallback);
    return node.value === null ? { kind: 'null', ...span } : { kind: 'string', loc: scalarLoc(node, offset, fallback) };
  }
  if (isMap(node)) {
    const span = nodeSpan(node, offset, fallback);
    const entries = new Map<string, YEntry>();
    for (const pair of node.items) {
      if (!isScalar(pair.key) || pair.key.value === null) continue;
      const key = scalarLoc(pair.key, offset, span);
      const keySpan = { start: key.start, end: key.end };
      entries.set(key.text, { key: key.text, keySpan, value: toYValue(pair.value, offset, { start: keySpan.end, end: keySpan.end }) });
    }
    return { kind: 'map', entries, ...span };
  }
  return { kind: 'other', ...nodeSpan(isAlias(node) || isSeq(node) ? node : {}, offset, fallback) };
}

function deepMerge(existing: YValue | undefined, incoming: YValue): YValue {
  if (incoming.kind !== 'map') return incoming;
  if (existing?.kind !== 'map') return incoming;
  for (const [k, entry] of incoming.entries) {
    const prev = existing.entries.get(k);
    existing.entries.set(k, prev ? { ...entry, value: deepMerge(prev.value, entry.value) } : entry);
  }
  return existing;
}

/** Reads a `- "key: value"` scalar item the way docs-builder does: split at the first colon, both sides trimmed. */
function scalarLine(loc: TextLoc, into: Map<string, YEntry>, report: DiagnosticSink): void {
  const lead = loc.text.length - loc.text.trimStart().length;
  const trimmed = loc.text.trim();
  const colon = trimmed.indexOf(':');
  if (colon <= 0 || colon >= trimmed.length - 1) {
    report('applies.list-item', 'warning', `Applies list item '${loc.text}' could not be parsed as 'key: value'.`, { start: loc.start, end: loc.end });
    return;
  }
  const at = (i: number): number => (loc.direct ? loc.start + lead + i : loc.start);
  const keyRaw = trimmed.slice(0, colon);
  const key = keyRaw.trim();
  const k0 = keyRaw.length - keyRaw.trimStart().length;
  const keySpan = loc.direct ? { start: at(k0), end: at(k0 + key.length) } : { start: loc.start, end: loc.end };
  const valRaw = trimmed.slice(colon + 1);
  const val = valRaw.trim();
  const v0 = colon + 1 + (valRaw.length - valRaw.trimStart().length);
  const value: YValue = val === ''
    ? { kind: 'null', start: at(colon + 1), end: at(colon + 1) }
    : { kind: 'string', loc: { text: val, start: at(v0), end: loc.direct ? at(v0 + val.length) : loc.end, direct: loc.direct } };
  into.set(key, { key, keySpan, value });
}

/** Merges the items of the sequence form into one mapping; items that are neither mappings nor `key: value` warn. */
export function mergeSequence(items: readonly unknown[], offset: number, fallback: Span, report: DiagnosticSink): Map<string, YEntry> {
  const merged = new Map<string, YEntry>();
  for (const item of items) {
    const value = toYValue(item, offset, fallback);
    if (value.kind === 'map') {
      for (const [k, entry] of value.entries) {
        const prev = merged.get(k);
        merged.set(k, prev ? { ...entry, value: deepMerge(prev.value, entry.value) } : entry);
      }
    } else if (value.kind === 'string') {
      scalarLine(value.loc, merged, report);
    } else if (value.kind === 'null') {
      report('applies.list-item', 'warning', `Applies list item '' could not be parsed as 'key: value'.`, spanOf(value));
    } else {
      const text = String(item).trim();
      report('applies.list-item', 'warning', `Applies list item '${text}' could not be parsed as 'key: value'.`, spanOf(value));
    }
  }
  return merged;
}
