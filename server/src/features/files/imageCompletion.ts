// Completion of image paths: after the argument of `{image}` / `{figure}` and inside `![alt](`. One folder at a time,
// like VS Code's Markdown path completion: the folder typed so far (relative to the page, or from the docset root
// after `/`) is listed, with its subfolders (picking one asks again) and its image files.
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { dirnameUri } from '../../workspace';
import type { FeatureContext } from '../types';
import { imageUrlPrefix } from '../links/completion';
import { IMAGE_DIRECTIVES } from './images';
import { isImagePath } from './imageInfo';
import { targetUri } from './paths';

const SKIP = new Set(['node_modules', '.git']);

/** The path typed so far when the cursor is on an image path, or undefined. */
export function imagePathTyped(ctx: FeatureContext, offset: number): string | undefined {
  const { page } = ctx;
  for (const d of page.directives) {
    if (!IMAGE_DIRECTIVES.has(d.name) || offset < d.open.start || offset > d.open.end) continue;
    const afterName = d.nameSpan.end + 1;
    if (offset <= afterName || !/[ \t]/.test(page.text[afterName] ?? '')) return undefined;
    const typed = page.text.slice(Math.min(d.argumentSpan.start, offset), offset).trimStart();
    return /\s/.test(typed) ? undefined : typed;
  }
  const line = page.lines.lineAt(offset);
  return imageUrlPrefix(page.text.slice(page.lines.starts[line], offset));
}

export async function imageCompletion(ctx: FeatureContext, offset: number): Promise<CompletionItem[] | undefined> {
  const typed = imagePathTyped(ctx, offset);
  if (typed === undefined || typed.includes('#') || /^[A-Za-z][A-Za-z0-9+.-]+:/.test(typed)) return undefined;
  const slash = typed.lastIndexOf('/');
  const folderPart = typed.slice(0, slash + 1);
  const folder = folderPart === '' ? dirnameUri(ctx.page.uri) : targetUri(ctx.page.uri, folderPart, ctx.docset, ctx.workspace.roots());
  const entries = await ctx.workspace.readDirectory(folder).catch(() => [] as [string, 'file' | 'directory'][]);
  const pos = ctx.page.lines.positionAt(offset);
  const range = { start: { line: pos.line, character: pos.character - (typed.length - slash - 1) }, end: pos };
  const items: CompletionItem[] = [];
  for (const [name, type] of entries) {
    if (type === 'directory') {
      if (name.startsWith('.') || SKIP.has(name)) continue;
      items.push({
        label: `${name}/`, kind: CompletionItemKind.Folder, sortText: `1${name}`, filterText: name,
        textEdit: { range, newText: `${name}/` }, command: { title: 'Suggest', command: 'editor.action.triggerSuggest' },
      });
    } else if (isImagePath(name)) {
      items.push({ label: name, kind: CompletionItemKind.File, detail: `${folderPart}${name}`, sortText: `0${name}`, textEdit: { range, newText: name } });
    }
  }
  return items;
}
