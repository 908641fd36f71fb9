// The ToC edits a move needs: every `file:`, `hidden:`, `folder:`, `toc:` and `listing:` entry of the docset file
// and of its nested toc.yml files whose path resolves (as tocCheck.ts resolves it, after docs-builder's
// DocumentationSetFile.cs) into a moved file or folder gets the path that reaches the new place from the same
// base (the parent entry's folder, or the file holding the entry). An entry whose base moved with it keeps its
// path. A new place outside the entry's base cannot be written as that entry's path: left as is (its `toc.*`
// diagnostic then says so). Quotes around a value are kept.
import type { TextEdit } from 'vscode-languageserver-types';
import type { Docset } from '../../docset/docset';
import { parseTocFile, type TocItem, type TocValue } from '../../docset/toc';
import type { LineIndex } from '../../model/lines';
import { joinUri, relativeUri, type Workspace } from '../../workspace';
import { dirnameRel, joinRel, normalizeRel } from './docsetFs';

interface Scope {
  uri: string;
  text: string;
  lines: LineIndex;
  /** The folder of the file, relative to the docset root. */
  dir: string;
}

class TocMover {
  readonly changes: Record<string, TextEdit[]> = {};
  private readonly open = new Set<string>();

  constructor(private readonly ws: Workspace, private readonly docset: Docset, private readonly map: (uri: string) => string) {}

  /** A docset-relative path after the move (undefined: it left the docset). */
  private moved(rel: string): string | undefined {
    if (rel === '') return '';
    const to = relativeUri(this.docset.root, this.map(joinUri(this.docset.root, rel)));
    return to === undefined ? undefined : decodeURIComponent(to);
  }

  /** Rewrites `value` (which resolves to `full` from `base`) for the moved files. */
  private rebase(scope: Scope, value: TocValue, base: string, full: string): void {
    const norm = normalizeRel(full);
    if (norm === undefined || value.value === '') return;
    const to = this.moved(norm);
    if (to === undefined || to === norm) return;
    const newBase = this.moved(normalizeRel(base) ?? base);
    if (newBase === undefined) return;
    let path: string;
    if (newBase === '') path = to;
    else if (to.startsWith(`${newBase}/`)) path = to.slice(newBase.length + 1);
    else return;
    if (path === value.value || normalizeRel(value.value) === path) return;
    const q = scope.text[value.start];
    const quoted = q === "'" || q === '"';
    const range = scope.lines.range(quoted ? value.start + 1 : value.start, quoted ? value.end - 1 : value.end);
    (this.changes[scope.uri] ??= []).push({ range, newText: q === "'" ? path.replace(/'/g, "''") : path });
  }

  async run(): Promise<Record<string, TextEdit[]>> {
    await this.file(this.docset.uri, '', '');
    return this.changes;
  }

  private async file(uri: string, dir: string, parent: string): Promise<void> {
    if (this.open.has(uri)) return;
    this.open.add(uri);
    const text = (await this.ws.readFile(uri).catch(() => undefined)) ?? '';
    const toc = parseTocFile(text);
    const scope: Scope = { uri, text, lines: toc.lines, dir };
    await this.items(toc.items, parent, scope);
  }

  private async items(items: TocItem[], parent: string, scope: Scope): Promise<void> {
    for (const item of items) await this.item(item, parent, scope);
  }

  /** docs-builder's rule for folders, tocs and listings: a path with a `/` is relative to the file holding it. */
  private base(path: string, parent: string, scope: Scope): string {
    return path.includes('/') ? scope.dir : parent;
  }

  private async item(item: TocItem, parent: string, scope: Scope): Promise<void> {
    const path = item.path.value;
    switch (item.kind) {
      case 'file':
      case 'hidden': {
        const full = joinRel(parent, path);
        this.rebase(scope, item.path, parent, full);
        return this.items(item.children, parent === '' ? dirnameRel(full) : parent, scope);
      }
      case 'folder':
      case 'listing': {
        const base = this.base(path, parent, scope);
        const full = joinRel(base, path);
        this.rebase(scope, item.path, base, full);
        if (item.file && !item.file.value.includes('/')) this.rebase(scope, item.file, full, joinRel(full, item.file.value));
        return this.items(item.children, full, scope);
      }
      case 'toc': {
        const base = this.base(path, parent, scope);
        const full = joinRel(base, path);
        this.rebase(scope, item.path, base, full);
        const norm = normalizeRel(full);
        if (norm !== undefined) await this.file(joinUri(this.docset.root, norm, 'toc.yml'), full, full);
        return;
      }
      default:
        return;
    }
  }
}

/** The edits of a docset's ToC files for the moved files, by file URI. */
export function tocMoveEdits(ws: Workspace, docset: Docset, map: (uri: string) => string): Promise<Record<string, TextEdit[]>> {
  return new TocMover(ws, docset, map).run();
}
