// Completion of ToC paths in docset.yml / _docset.yml `toc:` and in toc.yml files: after `file:` / `hidden:` the
// Markdown files (and folders, to deep-link), after `folder:` the folders, after `toc:` the folders holding a
// toc.yml, each relative to where docs-builder resolves that entry (tocCheck.ts): a file's base is its parent entry's
// folder; a `folder:`/`toc:` path is relative to the parent, or, once it has a `/`, to the file that holds it.
// Entries not yet in the ToC come first.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { parseTocFile, tocItemsAt, type TocItem } from '../../docset/toc';
import { relativeUri } from '../../workspace';
import type { FeatureContext } from '../types';
import { DocsetFs, dirnameRel, joinRel, normalizeRel } from './docsetFs';
import { tocPaths } from './tocCheck';

const KEY_LINE = /^(\s*)(?:-\s+)?(file|hidden|folder|toc)[ \t]*:[ \t]*(['"]?)([^'"#]*)$/;

/** The folder that children of `item` resolve in (DocumentationSetFile.cs). */
function childParent(item: TocItem, parent: string, dir: string): string {
  const scoped = (p: string) => (p.includes('/') ? joinRel(dir, p) : joinRel(parent, p));
  switch (item.kind) {
    case 'file':
    case 'hidden':
      return parent === '' ? dirnameRel(joinRel(parent, item.path.value)) : parent;
    case 'folder':
    case 'listing':
      return scoped(item.path.value);
    case 'cli':
      return joinRel(parent, item.folder?.value.replace(/\/+$/, '') ?? item.path.value.replace(/\.[^./]*$/, ''));
    default:
      return parent;
  }
}

/** Whether the line at `lineNo` lies under the top-level `toc:` key. */
function inTocSection(lines: string[], lineNo: number): boolean {
  for (let i = lineNo; i >= 0; i--) {
    const l = lines[i];
    if (/^\S/.test(l) && !l.startsWith('#')) return /^toc\s*:/.test(l);
  }
  return false;
}

export async function tocCompletion(ctx: FeatureContext, offset: number): Promise<CompletionItem[] | undefined> {
  const { docset, doc, page } = ctx;
  if (!docset) return undefined;
  const isToc = /\/toc\.yml$/.test(doc.uri);
  if (doc.uri !== docset.uri && !isToc) return undefined;
  const pos = page.lines.positionAt(offset);
  const line = page.lines.lineText(pos.line);
  const m = KEY_LINE.exec(line.slice(0, pos.character));
  if (!m || !inTocSection(doc.text.split(/\r?\n/), pos.line)) return undefined;
  const key = m[2];
  const typed = m[4];
  const dir = isToc ? relativeUri(docset.root, doc.uri.replace(/\/toc\.yml$/, '')) : '';
  if (dir === undefined) return undefined;

  // The entries around the cursor: their folders give the parent of the one being written.
  const chain = tocItemsAt(parseTocFile(doc.text).items, offset);
  const lineStart = page.lines.offsetAt({ line: pos.line, character: 0 });
  const current = chain.length > 0 && chain[chain.length - 1].startOffset <= offset && chain[chain.length - 1].children.every((c) => c.startOffset > lineStart) ? chain[chain.length - 1] : undefined;
  let parent = dir;
  for (const item of chain) if (item !== current) parent = childParent(item, parent, dir);
  let base = parent;
  if (key === 'file' && current?.kind === 'folder' && current.file) base = childParent(current, parent, dir);
  else if ((key === 'folder' || key === 'toc') && typed.includes('/')) base = dir;

  const slash = typed.lastIndexOf('/');
  const dirPart = typed.slice(0, slash + 1);
  const listed = normalizeRel(joinRel(base, dirPart.replace(/\/$/, '')));
  if (listed === undefined) return undefined;
  const fs = new DocsetFs(ctx.workspace, docset);
  const referenced = await tocPaths(ctx.workspace, docset);
  // Replace the whole value: from where it starts to the end of the path on this line.
  const rest = /^[^'"#\s]*/.exec(line.slice(pos.character))![0];
  const range = { start: { line: pos.line, character: pos.character - typed.length }, end: { line: pos.line, character: pos.character + rest.length } };
  // Going into a folder is offered only where a `/` keeps the same base (docs-builder re-roots `folder:`/`toc:`
  // paths with a `/` at the file holding them).
  const canDescend = key === 'file' || key === 'hidden' || typed.includes('/') || base === dir;
  const items: CompletionItem[] = [];
  for (const [name, type] of await fs.list(listed)) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const rel = joinRel(listed, name);
    const inToc = referenced.has(rel.toLowerCase());
    const path = dirPart + name;
    if (type === 'file') {
      if ((key !== 'file' && key !== 'hidden') || !name.endsWith('.md')) continue;
      items.push({ label: name, kind: CompletionItemKind.File, detail: inToc ? 'already in the ToC' : 'not in the ToC yet', filterText: path, sortText: `${inToc ? 2 : 0}${name}`, textEdit: { range, newText: path } });
      continue;
    }
    const hasToc = key === 'toc' && (await fs.list(rel)).some(([n, t]) => n === 'toc.yml' && t === 'file');
    if (key === 'folder' || hasToc) {
      items.push({ label: name, kind: CompletionItemKind.Folder, detail: key === 'toc' ? (inToc ? 'toc.yml, already in the ToC' : 'toc.yml') : inToc ? 'already in the ToC' : 'not in the ToC yet', filterText: path, sortText: `${inToc ? 2 : 0}${name}`, textEdit: { range, newText: path } });
    }
    if (canDescend) {
      items.push({
        label: `${name}/`, kind: CompletionItemKind.Folder, filterText: `${path}/`, sortText: `1${name}`, textEdit: { range, newText: `${path}/` },
        command: { title: 'Complete', command: 'editor.action.triggerSuggest' },
      });
    }
  }
  return items;
}
