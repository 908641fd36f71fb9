// The YAML bodies of `{link-card}`, `{get-started}` and `{whats-new}` as docs-builder reads them (HubYamlBody.cs):
// the raw lines between the opening colon fence and the first line that is the same fence alone (a backtick fence,
// or a body of blank lines, is "no YAML body"), deserialized into the block's record (LinkCardBlock.cs,
// GetStartedBlock.cs, WhatsNewBlock.cs; unknown keys are ignored). Where YamlDotNet would throw (a syntax error, a
// list where a text is expected, …) docs-builder reports "YAML parse error"; the detail here is our own wording.
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Directive, Page, Span } from '../../../model/types';
import { parseYamlDocument } from '../../../model/yamlFast';

export interface HubYaml {
  text: string;
  /** Page offset of the body's first character (YAML node ranges are relative to it). */
  start: number;
}

/** A field's type: a text, a nested record, or a list of records. */
type Field = 'text' | { record: Schema } | { list: Schema };
type Schema = Record<string, Field>;

const LINK: Schema = { label: 'text', url: 'text' };
const SCHEMAS: Record<string, Schema> = {
  'link-card': { title: 'text', link: 'text', description: 'text', icon: 'text', variant: 'text', links: { list: LINK } },
  'get-started': {
    title: 'text', intro: 'text',
    steps: { list: { title: 'text', description: 'text', link: 'text', 'link-label': 'text', options: { list: { label: 'text', description: 'text', code: 'text', language: 'text', url: 'text', 'url-label': 'text' } } } },
  },
  'whats-new': {
    title: 'text', id: 'text', intro: 'text', badge: 'text', 'release-links': { list: LINK }, 'upgrade-link': { record: LINK },
    items: { list: { title: 'text', description: 'text', link: 'text', meta: 'text', date: 'text', tag: 'text', badge: 'text', featured: 'text' } },
  },
};

/** Which fields of each record are links that docs-builder validates (DirectiveLinkValidator). */
const LINK_FIELDS: Record<string, string[][]> = {
  'link-card': [['link'], ['links', 'url']],
  'get-started': [['steps', 'link'], ['steps', 'options', 'url']],
  'whats-new': [['release-links', 'url'], ['upgrade-link', 'url'], ['items', 'link']],
};

export function hasYamlBody(name: string): boolean {
  return name in SCHEMAS;
}

/** `HubYamlBody.Extract`: the body text, or undefined when docs-builder finds none. */
export function hubYamlBody(page: Page, d: Directive): HubYaml | undefined {
  const L = page.lines;
  const openLine = L.lineAt(d.open.start);
  const fence = /^:{3,}/.exec(L.lineText(openLine).trimStart())?.[0];
  if (!fence) return undefined;
  for (let l = openLine + 1; l < L.lineCount; l++) {
    const t = L.lineText(l).trimStart();
    if (!t.startsWith(fence) || t.slice(fence.length).trim() !== '') continue;
    if (l === openLine + 1) return undefined;
    const start = L.starts[openLine + 1];
    const text = page.text.slice(start, L.lineEnd(l - 1));
    return text.trim() === '' ? undefined : { text, start };
  }
  return undefined;
}

export interface ParsedHubYaml {
  doc?: Document.Parsed;
  /** Where YamlDotNet would fail, in page offsets. */
  problem?: { message: string; start: number; end: number };
}

function span(node: Node | null | undefined, base: number): Span {
  const r = node?.range;
  return r ? { start: base + r[0], end: base + Math.max(r[1], r[0] + 1) } : { start: base, end: base + 1 };
}

function shapeProblem(node: unknown, schema: Schema, base: number, path: string): ParsedHubYaml['problem'] {
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return undefined;
  if (!isMap(node)) return { message: `${path || 'the body'} must be a mapping of keys to values`, ...span(node as Node, base) };
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    const field = key !== undefined ? schema[key] : undefined;
    const value = pair.value as Node | null;
    if (!field || value === null || (isScalar(value) && value.value === null)) continue;
    const where = path ? `${path}.${key}` : `\`${key}\``;
    if (field === 'text') {
      if (!isScalar(value)) return { message: `${where} must be a single value`, ...span(value, base) };
    } else if ('record' in field) {
      const p = shapeProblem(value, field.record, base, where);
      if (p) return p;
    } else {
      if (!isSeq(value)) return { message: `${where} must be a list`, ...span(value, base) };
      for (const item of value.items) {
        const p = shapeProblem(item, field.list, base, `${where} item`);
        if (p) return p;
      }
    }
  }
  return undefined;
}

/** The body parsed, or where docs-builder's deserializer would stop. */
export function parseHubYaml(name: string, body: HubYaml): ParsedHubYaml {
  // The fast path builds the very Document parseDocument would (model/yamlFast.ts); hub bodies are plain YAML.
  const doc = parseYamlDocument(body.text, { uniqueKeys: false, prettyErrors: false });
  const e = doc.errors[0];
  if (e) {
    // A problem at the very end of the body sits on its last character.
    const start = body.start + Math.min(e.pos[0], Math.max(0, body.text.length - 1));
    return { problem: { message: e.message.split('\n')[0], start, end: Math.max(start + 1, Math.min(body.start + e.pos[1], body.start + body.text.length)) } };
  }
  const problem = shapeProblem(doc.contents, SCHEMAS[name] ?? {}, body.start, '');
  return problem ? { problem } : { doc };
}

/** A field's text (YamlDotNet reads the scalar as written), or undefined. */
export function textOf(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  return typeof node.source === 'string' ? node.source : String(node.value);
}

/** The value node of `key` in a map node. */
export function field(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
  return (pair?.value ?? undefined) as Node | undefined;
}

export interface HubLinkValue {
  url: string;
  start: number;
  end: number;
}

/** The link values docs-builder validates in a parsed body, with their page offsets. */
export function hubYamlLinks(name: string, doc: Document.Parsed, base: number): HubLinkValue[] {
  const out: HubLinkValue[] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (path.length === 1) {
      const v = field(node, path[0]);
      const url = textOf(v);
      if (url !== undefined && v?.range) out.push({ url, start: base + v.range[0], end: base + v.range[1] });
      return;
    }
    const next = field(node, path[0]);
    if (isSeq(next)) for (const item of next.items) walk(item, path.slice(1));
    else if (isMap(next)) walk(next, path.slice(1));
  };
  for (const path of LINK_FIELDS[name] ?? []) walk(doc.contents, path);
  return out.sort((a, b) => a.start - b.start);
}
