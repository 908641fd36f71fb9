// The move requests as the server answers them: `workspace/willRenameFiles` (the edit to apply before the rename,
// as the `updateLinksOnRename` setting says) and `elasticDocs/moveEdits` (what a move would change, for the
// client's prompt and its "Move Page…" command).
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { MoveEditsParams, MoveEditsResult } from '../../protocol';
import type { LanguageService } from '../../service';
import { moveWorkspaceEdit, type FileMove } from './moveFiles';

function moves(files: readonly { oldUri: string; newUri: string }[]): FileMove[] {
  return files.filter((f) => typeof f?.oldUri === 'string' && typeof f.newUri === 'string' && f.oldUri !== f.newUri).map((f) => ({ oldUri: f.oldUri, newUri: f.newUri }));
}

export async function handleMoveEdits(service: LanguageService, p: MoveEditsParams): Promise<MoveEditsResult> {
  const list = moves(p.files ?? []);
  const empty: MoveEditsResult = { links: null, withRedirects: null, linkCount: 0, pageCount: 0, redirects: [] };
  if (list.length === 0) return empty;
  const r = await service.moveEdits(list);
  const redirects = r.redirects.flatMap((a) => a.entries.map((e) => ({ uri: a.uri, from: e.from, to: e.to })));
  return {
    links: moveWorkspaceEdit(r, false) ?? null,
    withRedirects: redirects.length ? (moveWorkspaceEdit(r, true) ?? null) : null,
    linkCount: r.links,
    pageCount: r.pages.length,
    redirects,
  };
}

/** `workspace/willRenameFiles`: `never` changes nothing; `always` adds the redirects; `prompt` (a client that does not ask) only links. */
export async function handleWillRename(service: LanguageService, files: readonly { oldUri: string; newUri: string }[]): Promise<WorkspaceEdit | null> {
  // The settings are read before the index is built: once it is, they are the user's.
  await service.index.whenReady();
  const mode = service.config.updateLinksOnRename;
  const list = moves(files);
  if (mode === 'never' || list.length === 0) return null;
  const r = await service.moveEdits(list);
  return moveWorkspaceEdit(r, mode === 'always') ?? null;
}
