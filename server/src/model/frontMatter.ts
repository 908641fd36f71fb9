// Front matter as YAML with positions (the `yaml` library). Parsed from the page text itself, starting at the
// opening `---` (a YAML document marker), so every node's range is already a page offset.
import { isMap, isScalar, type Document, type Node } from 'yaml';
import { parseYamlDocument } from './yamlFast';
import type { FrontMatterBlock } from './blocks';
import type { FrontMatter, SubDefinition } from './types';

export interface YamlProblem {
  message: string;
  start: number;
  end: number;
}

export function scalarString(node: unknown): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean')) return String(node.value);
  return undefined;
}

/** The value node under a top-level key of a map document. */
export function topLevel(doc: Document.Parsed | undefined, key: string): Node | undefined {
  const c = doc?.contents;
  if (!isMap(c)) return undefined;
  for (const pair of c.items) {
    if (isScalar(pair.key) && pair.key.value === key) return (pair.value ?? undefined) as Node | undefined;
  }
  return undefined;
}

/** `key: value` pairs of a string→string map node, keys as written, with ranges. */
export function stringPairs(node: Node | undefined): { key: string; value: string; keyStart: number; keyEnd: number; valueStart: number; valueEnd: number }[] {
  if (!isMap(node)) return [];
  const out = [];
  for (const pair of node.items) {
    const k = scalarString(pair.key);
    const v = scalarString(pair.value) ?? (pair.value == null ? '' : undefined);
    if (k === undefined || v === undefined || !isScalar(pair.key)) continue;
    const kr = pair.key.range ?? [0, 0, 0];
    const vr = isScalar(pair.value) && pair.value.range ? pair.value.range : [kr[1], kr[1], kr[1]];
    out.push({ key: k, value: v, keyStart: kr[0], keyEnd: kr[1], valueStart: vr[0], valueEnd: vr[1] });
  }
  return out;
}

export function parseFrontMatter(text: string, block: FrontMatterBlock): { frontMatter: FrontMatter; problems: YamlProblem[] } {
  const problems: YamlProblem[] = [];
  let doc: Document.Parsed | undefined;
  try {
    doc = parseYamlDocument(text.slice(0, block.content.end), { prettyErrors: false, uniqueKeys: false });
    for (const e of doc.errors) problems.push({ message: e.message.split('\n')[0], start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1) });
  } catch (e) {
    problems.push({ message: e instanceof Error ? e.message : String(e), start: block.content.start, end: block.content.end });
    doc = undefined;
  }
  if (doc && doc.errors.length === 0 && doc.contents && !isMap(doc.contents) && !(isScalar(doc.contents) && doc.contents.value === null)) {
    problems.push({ message: 'Front matter is not a map of keys to values.', start: block.content.start, end: block.content.end });
  }
  const subs: SubDefinition[] = stringPairs(topLevel(doc, 'sub')).map((p) => ({
    key: p.key.toLowerCase(), rawKey: p.key, value: p.value, keySpan: { start: p.keyStart, end: p.keyEnd }, valueSpan: { start: p.valueStart, end: p.valueEnd },
  }));
  return {
    frontMatter: {
      start: block.start, end: block.end, content: block.content, closed: block.closed, doc, subs,
      title: scalarString(topLevel(doc, 'title')), navigationTitle: scalarString(topLevel(doc, 'navigation_title')),
    },
    problems,
  };
}
