// Moving a page in a real VS Code: a rename applied with `vscode.workspace.applyEdit`, as the Explorer does it,
// reaches the server through workspace/willRenameFiles, and with `elasticDocs.updateLinksOnRename: always` the
// other page's links follow (relative and `/`-rooted, the #fragment kept) and a redirect is added. The pages are
// made here and removed afterwards, so the shared fixture stays as it is.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { docUri, waitFor } from './helpers';

const A = '# Move A\n\nSee [b](move-b.md#intro) and [rooted](/move-b.md).\n';
const B = '# Move B\n\n## Intro\n\nText.\n';

describe('Moving pages in VS Code', () => {
  const config = () => vscode.workspace.getConfiguration('elasticDocs');
  const created = [docUri('move-a.md'), docUri('move-b.md'), docUri('moved'), docUri('redirects.yml')];

  before(async () => {
    await config().update('updateLinksOnRename', 'always', vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.writeFile(docUri('move-a.md'), new TextEncoder().encode(A));
    await vscode.workspace.fs.writeFile(docUri('move-b.md'), new TextEncoder().encode(B));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const u of created) await vscode.workspace.fs.delete(u, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await config().update('updateLinksOnRename', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('renaming a file with applyEdit updates the other page\'s links and adds a redirect', async () => {
    const a = await vscode.workspace.openTextDocument(docUri('move-a.md'));
    await vscode.window.showTextDocument(a, { preview: false });
    // The server knows move-b.md once the link's #fragment leads to its heading.
    const pos = a.positionAt(A.indexOf('#intro') + 2);
    const defs = await waitFor(
      async () => (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', a.uri, pos)) ?? [],
      (d) => d.length > 0,
      20_000,
    );
    assert.equal(defs.length, 1, 'the link resolves before the move');

    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(docUri('move-b.md'), vscode.Uri.joinPath(docUri('moved'), 'move-b.md'));
    assert.equal(await vscode.workspace.applyEdit(edit), true);

    const text = await waitFor(() => a.getText(), (t) => t !== A, 20_000);
    assert.equal(text, '# Move A\n\nSee [b](moved/move-b.md#intro) and [rooted](/moved/move-b.md).\n');
    const redirects = await vscode.workspace.openTextDocument(docUri('redirects.yml'));
    assert.equal(redirects.getText(), "redirects:\n  'move-b.md': 'moved/move-b.md'\n");
    await vscode.workspace.fs.stat(vscode.Uri.joinPath(docUri('moved'), 'move-b.md'));
  });
});
