// A docset: the folder holding `docset.yml` / `_docset.yml` (spec §7), its `subs`, `cross_links` (the entries
// docs-builder accepts, its entry errors as problems: ./crossLinks.ts), `exclude`, `suppress`, `toc`, and the
// redirects file beside it. Pure: text in, model out; positions for go-to-definition.
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { LineIndex } from '../model/lines';
import { parseYamlDocument } from '../model/yamlFast';
import { scalarString, stringPairs, topLevel } from '../model/frontMatter';
import type { Range } from '../types';
import { checkCrossLinks } from './crossLinks';

export interface DocsetSub {
  /** Lower-cased key (lookups are case-insensitive). */
  key: string;
  rawKey: string;
  value: string;
  keyRange: Range;
  valueRange: Range;
}

export interface Redirect {
  from: string;
  to: string[];
  range: Range;
}

export interface DocsetProblem {
  code: string;
  message: string;
  range: Range;
  severity: 'error' | 'warning';
  /** The file it is on, when not the docset file (the redirects file). */
  uri?: string;
}

export interface Docset {
  /** URI of the docset file. */
  uri: string;
  /** URI of the folder holding it: the docset root, where `/`-links resolve. */
  root: string;
  project?: string;
  subs: Map<string, DocsetSub>;
  /** The `cross_links` entries docs-builder accepts (./crossLinks.ts), trimmed, as written. */
  crossLinks: string[];
  /** `suppress:` hint types (`AutolinkElasticCoDocs`, …), as written. */
  suppress: string[];
  exclude: string[];
  /** Files named in `toc:` (relative to the root, as written), for later ToC features. */
  tocFiles: string[];
  redirects: Map<string, Redirect>;
  redirectsUri?: string;
  problems: DocsetProblem[];
  /** The parsed `toc:` node (null: none), for the features that read ToC items the model does not keep. */
  tocNode?: Node | null;
}

function yamlRange(lines: LineIndex, node: { range?: [number, number, number] | null } | null | undefined): Range {
  const r = node?.range ?? [0, 0, 0];
  return lines.range(r[0], r[1]);
}

function parseYaml(text: string, lines: LineIndex, problems: DocsetProblem[], what: string): Document.Parsed | undefined {
  try {
    const doc = parseYamlDocument(text, { uniqueKeys: false });
    for (const e of doc.errors) {
      problems.push({ code: 'docset.yaml', severity: 'error', message: `Could not load ${what}: ${e.message.split('\n')[0]}`, range: lines.range(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)) });
    }
    if (doc.errors.length === 0 && doc.contents !== null && !isMap(doc.contents)) {
      problems.push({ code: 'docset.yaml', severity: 'error', message: `Could not load ${what}: the file is not a map of keys to values.`, range: lines.range(0, Math.min(text.length, 1)) });
      return undefined;
    }
    return doc;
  } catch (e) {
    problems.push({ code: 'docset.yaml', severity: 'error', message: `Could not load ${what}: ${e instanceof Error ? e.message : String(e)}`, range: lines.range(0, 0) });
    return undefined;
  }
}

function strings(node: Node | undefined): string[] {
  if (!isSeq(node)) return [];
  return node.items.map((i) => scalarString(i)).filter((s): s is string => s !== undefined);
}

function tocFiles(node: Node | undefined, out: string[], prefix = ''): void {
  if (!isSeq(node)) return;
  for (const item of node.items) {
    if (!isMap(item)) continue;
    let folder = prefix;
    for (const pair of item.items) {
      const k = scalarString(pair.key);
      const v = scalarString(pair.value);
      if ((k === 'file' || k === 'hidden') && v) out.push(prefix + v);
      if (k === 'folder' && v) folder = `${prefix}${v}/`;
    }
    for (const pair of item.items) if (scalarString(pair.key) === 'children') tocFiles(pair.value as Node, out, folder);
  }
}

export function parseDocset(uri: string, root: string, text: string): Docset {
  const lines = new LineIndex(text);
  const problems: DocsetProblem[] = [];
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  const doc = parseYaml(text, lines, problems, name);
  const subs = new Map<string, DocsetSub>();
  const subsNode = topLevel(doc, 'subs');
  for (const p of stringPairs(subsNode)) {
    const key = p.key.toLowerCase();
    if (!subs.has(key)) subs.set(key, { key, rawKey: p.key, value: p.value, keyRange: lines.range(p.keyStart, p.keyEnd), valueRange: lines.range(p.valueStart, p.valueEnd) });
  }
  if (subsNode && !isMap(subsNode) && !(isScalar(subsNode) && subsNode.value === null)) {
    problems.push({ code: 'docset.yaml', severity: 'error', message: `Could not load ${name}: 'subs' must be a map of keys to values.`, range: yamlRange(lines, subsNode) });
  }
  const toc: string[] = [];
  tocFiles(topLevel(doc, 'toc'), toc);
  const crossLinks = checkCrossLinks(topLevel(doc, 'cross_links'), scalarString(topLevel(doc, 'registry')), (code, message, node) => {
    problems.push({ code, severity: 'error', message, range: yamlRange(lines, node) });
  });
  return {
    uri, root, project: scalarString(topLevel(doc, 'project')), subs, crossLinks, suppress: strings(topLevel(doc, 'suppress')),
    exclude: strings(topLevel(doc, 'exclude')), tocFiles: toc, redirects: new Map(), problems, tocNode: topLevel(doc, 'toc') ?? null,
  };
}

/** `redirects:` of `_redirects.yml` / `redirects.yml`: path → target(s) (a string, `{to}`, or `{many: [{to}]}`). */
export function parseRedirects(uri: string, text: string): { redirects: Map<string, Redirect>; problems: DocsetProblem[] } {
  const lines = new LineIndex(text);
  const problems: DocsetProblem[] = [];
  const doc = parseYaml(text, lines, problems, uri.slice(uri.lastIndexOf('/') + 1));
  const redirects = new Map<string, Redirect>();
  const node = topLevel(doc, 'redirects');
  if (isMap(node)) {
    for (const pair of node.items) {
      const from = scalarString(pair.key);
      if (!from) continue;
      const to: string[] = [];
      const v = pair.value as Node | null;
      const s = scalarString(v);
      if (s !== undefined) to.push(s);
      else if (isMap(v)) {
        const direct = scalarString(v.get('to', true));
        if (direct) to.push(direct);
        const many = v.get('many', true);
        if (isSeq(many)) for (const m of many.items) if (isMap(m)) { const t = scalarString(m.get('to', true)); if (t) to.push(t); }
      }
      redirects.set(from.replace(/^\.?\//, ''), { from, to, range: yamlRange(lines, isScalar(pair.key) ? pair.key : null) });
    }
  }
  return { redirects, problems };
}
