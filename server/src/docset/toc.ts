// The ToC of one YAML file (`docset.yml` / `_docset.yml` `toc:`, or a nested `toc.yml`), item by item with the
// ranges of what was written, read as docs-builder's TocItemYamlConverter reads it
// (src/Elastic.Documentation.Configuration/Toc/TableOfContentsYamlConverters.cs): the kind of an item is decided by
// its keys in docs-builder's order (`listing`, `cli`, `folder`+`file`, `detection_rules`+`file`, `file`, `hidden`,
// `crosslink`, `folder`, `toc`); an item with none of them is ignored. Pure: text in, items out.
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { LineIndex } from '../model/lines';
import { parseYamlDocument } from '../model/yamlFast';
import type { Range } from '../types';

export type TocKind = 'listing' | 'cli' | 'folder' | 'detection-rules' | 'file' | 'hidden' | 'crosslink' | 'toc';

export interface TocValue {
  /** The scalar as docs-builder reads it (an empty value is `''`). */
  value: string;
  /** The value as written; the key's range when the value is empty. */
  range: Range;
  /** Offsets of the value in the text (start = end after the key when the value is empty). */
  start: number;
  end: number;
}

export interface TocItem {
  kind: TocKind;
  /** The path the kind is named for: `file:`, `hidden:`, `folder:`, `toc:`, `listing:`, `cli:`, `crosslink:`. */
  path: TocValue;
  /** `file:` beside `folder:` (a folder with its index file; `detection_rules` overview file). */
  file?: TocValue;
  /** `folder:` beside `cli:` (the supplemental docs folder). */
  folder?: TocValue;
  sort?: TocValue;
  glob?: TocValue;
  extension?: TocValue;
  /** `exclude:` names of a folder (auto-discovery) or listing. */
  exclude: string[];
  children: TocItem[];
  /** The `children:` key, when the item has one. */
  childrenKey?: Range;
  /** The whole item (its map). */
  range: Range;
  startOffset: number;
  endOffset: number;
}

export interface TocFile {
  /** The `toc:` items; empty when there is no `toc:` sequence. */
  items: TocItem[];
  /** Whether the file has a `toc:` key at all, and its range. */
  tocKey?: Range;
  /** `suppress:` hint types (`DeepLinkingVirtualFile`, `FolderFileNameMismatch`, …). */
  suppress: string[];
  lines: LineIndex;
}

/** The scalar text docs-builder's YAML parser hands the converter (a plain `9.0` stays `9.0`). */
function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (node.value === null || node.value === undefined) return '';
  if (typeof node.value === 'object') return undefined;
  return node.source ?? String(node.value);
}

function valueOf(pair: Pair, lines: LineIndex): TocValue | undefined {
  const v = pair.value as Node | null;
  const key = pair.key as Node;
  const keyEnd = key?.range?.[1] ?? 0;
  if (v === null || v === undefined || (isScalar(v) && (v.value === null || v.value === undefined) && !(v.range && v.range[1] > v.range[0]))) {
    // `file:` with nothing after it: docs-builder reads an empty string; the range is the key's.
    const kr = key?.range ?? [0, 0, 0];
    return { value: '', range: lines.range(kr[0], kr[1]), start: keyEnd + 1, end: keyEnd + 1 };
  }
  const s = scalarText(v);
  if (s === undefined || !v.range) return undefined;
  return { value: s, range: lines.range(v.range[0], v.range[1]), start: v.range[0], end: v.range[1] };
}

function stringList(node: unknown): string[] {
  if (!isSeq(node)) return [];
  return node.items.map((i) => scalarText(i)).filter((s): s is string => s !== undefined);
}

function readItem(map: YAMLMap, lines: LineIndex): TocItem | undefined {
  const scalars = new Map<string, TocValue>();
  const lists = new Map<string, Node>();
  let childrenKey: Range | undefined;
  let childrenNode: Node | undefined;
  for (const pair of map.items) {
    const key = scalarText(pair.key);
    if (key === undefined) continue;
    // Later keys win, as in docs-builder's dictionary.
    scalars.delete(key);
    lists.delete(key);
    const v = pair.value as Node | null;
    if (isSeq(v)) {
      lists.set(key, v);
      if (key === 'children') {
        childrenNode = v;
        const kr = (pair.key as Node).range ?? [0, 0, 0];
        childrenKey = lines.range(kr[0], kr[1]);
      }
    } else if (!isMap(v)) {
      const tv = valueOf(pair, lines);
      if (tv) scalars.set(key, tv);
    }
  }
  const children = childrenNode ? readItems(childrenNode, lines) : [];
  const r = map.range ?? [0, 0, 0];
  const base = {
    exclude: stringList(lists.get('exclude')),
    children,
    childrenKey,
    range: lines.range(r[0], r[1]),
    startOffset: r[0],
    endOffset: r[1],
    sort: scalars.get('sort'),
    glob: scalars.get('glob'),
    extension: scalars.get('extension'),
  };
  const s = (k: string) => scalars.get(k);
  if (s('listing')) return { ...base, kind: 'listing', path: s('listing')! };
  if (s('cli')) return { ...base, kind: 'cli', path: s('cli')!, folder: s('folder') };
  if (s('folder') && s('file')) return { ...base, kind: 'folder', path: s('folder')!, file: s('file') };
  if (lists.has('detection_rules') && s('file')) return { ...base, kind: 'detection-rules', path: s('file')! };
  if (s('file')) return { ...base, kind: 'file', path: s('file')! };
  if (s('hidden')) return { ...base, kind: 'hidden', path: s('hidden')! };
  if (s('crosslink')) return { ...base, kind: 'crosslink', path: s('crosslink')! };
  if (s('folder')) return { ...base, kind: 'folder', path: s('folder')! };
  if (s('toc')) return { ...base, kind: 'toc', path: s('toc')! };
  return undefined;
}

function readItems(node: Node | undefined, lines: LineIndex): TocItem[] {
  if (!isSeq(node)) return [];
  const out: TocItem[] = [];
  for (const item of node.items) {
    if (!isMap(item)) continue;
    const t = readItem(item, lines);
    if (t) out.push(t);
  }
  return out;
}

/** The ToC of a docset or toc.yml file. Never throws: unreadable YAML gives no items. */
export function parseTocFile(text: string): TocFile {
  const lines = new LineIndex(text);
  const out: TocFile = { items: [], suppress: [], lines };
  let doc;
  try {
    doc = parseYamlDocument(text, { uniqueKeys: false });
  } catch {
    return out;
  }
  const c = doc.contents;
  if (!isMap(c)) return out;
  for (const pair of c.items) {
    const key = scalarText(pair.key);
    if (key === 'toc') {
      const kr = (pair.key as Node).range ?? [0, 0, 0];
      out.tocKey = lines.range(kr[0], kr[1]);
      out.items = readItems(pair.value as Node, lines);
    } else if (key === 'suppress') out.suppress = stringList(pair.value);
  }
  return out;
}

/** The items around `offset`, outermost first (empty when it is in none). */
export function tocItemsAt(items: TocItem[], offset: number): TocItem[] {
  for (const item of items) {
    if (offset < item.startOffset || offset > item.endOffset) continue;
    return [item, ...tocItemsAt(item.children, offset)];
  }
  return [];
}
