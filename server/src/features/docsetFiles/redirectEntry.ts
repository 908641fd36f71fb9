// Edits of a docset's redirects file for moved pages. docs-builder reads `redirects.yml` next to `docset.yml`
// and `_redirects.yml` next to `_docset.yml` (src/Elastic.Documentation.Configuration/Builder/RedirectFile.cs),
// a `redirects:` map whose keys and targets are docset-relative paths. Two kinds of edits:
// - redirect targets that name a moved file follow it (a `!` prefix and the quotes kept);
// - a new entry per moved page, from its old path to its new one, appended to the `redirects:` map with the
//   indentation of its entries (or a new `redirects:` key, or a new file). A flow-style map (`{…}`) or a file
//   with YAML errors gets no new entry: nothing is offered rather than something broken.
import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import { LineIndex } from '../../model/lines';
import { parseYamlDocument } from '../../model/yamlFast';
import { joinUri, relativeUri, type Workspace } from '../../workspace';

export interface RedirectEntry {
  from: string;
  to: string;
}

export interface RedirectAddition {
  /** The redirects file. */
  uri: string;
  /** The file does not exist yet: create it (the edit is its whole text). */
  create: boolean;
  edit: TextEdit;
  entries: RedirectEntry[];
}

/** The redirects file docs-builder reads for a docset: the one found, else the name that goes with the docset file. */
export function redirectsFileOf(docset: Docset): string {
  return docset.redirectsUri ?? joinUri(docset.root, docset.uri.endsWith('/_docset.yml') ? '_redirects.yml' : 'redirects.yml');
}

function quote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function entryLines(entries: readonly RedirectEntry[], indent: string): string {
  return entries.map((e) => `\n${indent}${quote(e.from)}: ${quote(e.to)}`).join('');
}

function parse(text: string) {
  try {
    const doc = parseYamlDocument(text, { uniqueKeys: false });
    return doc.errors.length ? undefined : doc;
  } catch {
    return undefined;
  }
}

function redirectsPair(doc: NonNullable<ReturnType<typeof parse>>): Pair | undefined {
  if (!isMap(doc.contents)) return undefined;
  return doc.contents.items.find((p) => isScalar(p.key) && String((p.key as Scalar).value) === 'redirects');
}

/** The edit adding `entries` to the redirects text (undefined when it cannot be added safely). */
export function addRedirectEntries(text: string, entries: readonly RedirectEntry[]): TextEdit | undefined {
  if (entries.length === 0) return undefined;
  const lines = new LineIndex(text);
  const at = (offset: number, newText: string): TextEdit => ({ range: lines.range(offset, offset), newText });
  if (text.trim() === '') return at(0, `redirects:${entryLines(entries, '  ')}\n`);
  const doc = parse(text);
  if (!doc || (doc.contents !== null && !isMap(doc.contents))) return undefined;
  const pair = doc.contents ? redirectsPair(doc) : undefined;
  if (!pair) return at(text.length, `${text.endsWith('\n') ? '' : '\n'}redirects:${entryLines(entries, '  ')}\n`);
  const lineEnd = (offset: number) => { const i = text.indexOf('\n', offset); return i < 0 ? text.length : i; };
  const value = pair.value as Node | null;
  if (value === null || (isScalar(value) && (value.value === null || value.value === undefined) && !value.source)) {
    const keyEnd = (pair.key as Node).range?.[1] ?? 0;
    return at(lineEnd(keyEnd), entryLines(entries, '  '));
  }
  if (!isMap(value) || value.flow || value.items.length === 0) return undefined;
  const first = value.items[0].key as Node;
  const firstStart = first.range?.[0] ?? 0;
  const indent = text.slice(text.lastIndexOf('\n', firstStart - 1) + 1, firstStart);
  if (!/^[ ]*$/.test(indent)) return undefined;
  const last = value.items[value.items.length - 1];
  const end = (last.value as Node | null)?.range?.[1] ?? (last.key as Node).range?.[1] ?? firstStart;
  // The end of the last entry's value may be the start of the next line (a block value): back to its own line.
  const endOffset = end > 0 && text[end - 1] === '\n' ? end - 1 : end;
  return at(lineEnd(endOffset), entryLines(entries, indent));
}

/** The redirect entries for moved pages, as an edit of the docset's redirects file (or its creation). */
export async function redirectAdditions(ws: Workspace, docset: Docset, entries: readonly RedirectEntry[]): Promise<RedirectAddition | undefined> {
  const uri = redirectsFileOf(docset);
  const text = await ws.readFile(uri).catch(() => undefined);
  if (text === undefined) {
    return { uri, create: true, edit: { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `redirects:${entryLines(entries, '  ')}\n` }, entries: [...entries] };
  }
  const edit = addRedirectEntries(text, entries);
  return edit && { uri, create: false, edit, entries: [...entries] };
}

/** Redirect targets that name a moved file (docset-relative), written for its new place. */
export async function redirectTargetEdits(ws: Workspace, docset: Docset, map: (uri: string) => string): Promise<Record<string, TextEdit[]>> {
  const uri = docset.redirectsUri;
  if (!uri) return {};
  const text = await ws.readFile(uri).catch(() => undefined);
  const doc = text === undefined ? undefined : parse(text);
  if (!doc || text === undefined) return {};
  const pair = redirectsPair(doc);
  if (!pair || !isMap(pair.value)) return {};
  const lines = new LineIndex(text);
  const edits: TextEdit[] = [];
  const target = (node: unknown) => {
    if (!isScalar(node) || typeof node.value !== 'string' || !node.range || node.value === '' || node.value.includes('://')) return;
    const bang = node.value.startsWith('!') ? '!' : '';
    const rel = node.value.slice(bang.length).replace(/^\/+/, '');
    const moved = relativeUri(docset.root, map(joinUri(docset.root, rel)));
    if (moved === undefined || moved === rel) return;
    const [s, e] = node.range;
    const quoted = text[s] === "'" || text[s] === '"';
    const newText = quoted ? `${text[s]}${bang}${decodeURIComponent(moved)}${text[s]}` : `${bang}${decodeURIComponent(moved)}`;
    edits.push({ range: lines.range(s, quoted ? e : s + node.value.length), newText: quoted && text[s] === "'" ? `'${newText.slice(1, -1).replace(/'/g, "''")}'` : newText });
  };
  for (const p of pair.value.items) {
    const v = p.value as Node | null;
    if (isScalar(v)) target(v);
    else if (isMap(v)) {
      target(v.get('to', true));
      const many = v.get('many', true);
      if (isSeq(many)) for (const m of many.items) if (isMap(m)) target(m.get('to', true));
    }
  }
  return edits.length ? { [uri]: edits } : {};
}
