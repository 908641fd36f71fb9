// Substitutions in a real VS Code on the fixture docset (fixture.mjs: `ech` used 5 times in security.md, `es`
// once in other.md): go to definition into docset.yml, find references across pages, a docset-wide rename
// (computed, not applied), and a refused rename of a built-in key.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { docUri, open, positionOf, waitFor } from './helpers';

describe('Substitutions in VS Code', () => {
  it('goes from {{ech}} to its key in docset.yml', async () => {
    const seed = await open('security.md');
    const pos = positionOf(seed.document, '{{ech}}', 3);
    const targets = await waitFor(
      async () => (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', seed.document.uri, pos)) ?? [],
      (t) => t.length > 0,
      15_000,
    );
    const found = targets.map((t) => ('targetUri' in t ? { uri: t.targetUri, range: t.targetRange } : t));
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].uri.toString(), docUri('docset.yml').toString());
    assert.equal(found[0].range.start.line, 2);
  });

  it('finds every use of {{ech}} and renames it across the docset in one edit', async () => {
    const seed = await open('security.md');
    const pos = positionOf(seed.document, '{{ech}}', 3);
    const refs = await waitFor(
      async () => (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', seed.document.uri, pos)) ?? [],
      (r) => r.length >= 6,
      15_000,
    );
    assert.equal(refs.filter((r) => r.uri.toString() === seed.document.uri.toString()).length, 5, 'five uses in the seed page');
    assert.ok(refs.some((r) => r.uri.toString() === docUri('docset.yml').toString()), 'the declaration in docset.yml');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', seed.document.uri, pos, 'hosted');
    const entries = edit.entries();
    const byFile = new Map(entries.map(([u, e]) => [u.toString(), e]));
    assert.equal(byFile.get(seed.document.uri.toString())?.length, 5);
    assert.deepEqual(byFile.get(docUri('docset.yml').toString())?.map((e) => e.newText), ['hosted']);
  });

  it('refuses to rename a built-in key, with the reason', async () => {
    const other = await open('other.md');
    const original = other.document.getText();
    try {
      await other.edit((e) => e.insert(other.document.positionAt(original.length), '\n{{version.stack}}\n'));
      const pos = positionOf(other.document, '{{version.stack}}', 3);
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', other.document.uri, pos, 'x')),
        /built into docs-builder/,
      );
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(other.document.uri, new vscode.Range(other.document.positionAt(0), other.document.positionAt(other.document.getText().length)), original);
      await vscode.workspace.applyEdit(undo);
      await other.document.save();
    }
  });
});
