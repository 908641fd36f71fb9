// Migration checklists in a real VS Code, on the seed page of the fixture docset: "Next Unchecked" twice (the cursor
// lands on the first, then the second open item), "Toggle" on the item at the cursor (and back), and the Migration
// view's items. Expected lines are read from the page itself.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, ours, screenshot, waitFor } from './helpers';

interface ViewNode {
  label: string;
  description?: string;
  children?: ViewNode[];
}

describe('Migration checklists in VS Code', () => {
  let seed: vscode.TextEditor;
  let uncheckedLines: number[];
  let paths: string[];

  before(async () => {
    seed = await open('security.md');
    const lines = seed.document.getText().split(/\r?\n/);
    uncheckedLines = lines.flatMap((l, i) => (/^%\s*- \[ \]/.test(l) ? [i] : []));
    paths = uncheckedLines.map((l) => lines[l].replace(/^%\s*- \[ \]\s*/, '').trim());
    assert.equal(uncheckedLines.length, 10, 'the seed page should have 10 unchecked migration items');
    // The server has read the page once its diagnostics are in.
    const diags = await waitFor(() => ours(seed.document.uri, 'migration.unchecked'), (d) => d.length === 10, 30_000);
    assert.equal(diags.length, 10, 'the language server did not check the seed page');
  });

  it('goes to the next unchecked item, twice', async () => {
    seed = await vscode.window.showTextDocument(seed.document, { preview: false });
    seed.selection = new vscode.Selection(0, 0, 0, 0);
    for (const expected of uncheckedLines.slice(0, 2)) {
      const before = vscode.window.activeTextEditor?.selection.active.line;
      await vscode.commands.executeCommand('elasticDocs.migration.next');
      const line = await waitFor(() => vscode.window.activeTextEditor?.selection.active.line, (l) => l === expected, 10_000);
      assert.equal(line, expected, `Next Unchecked went from line ${before} to ${line}, not to the item on line ${expected}`);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), seed.document.uri.toString());
      // The cursor sits on the box of the item.
      assert.equal(vscode.window.activeTextEditor?.document.getText(new vscode.Range(vscode.window.activeTextEditor.selection.active, vscode.window.activeTextEditor.selection.active.translate(0, 3))), '[ ]');
    }
  });

  it('toggles the item at the cursor, and back', async () => {
    const doc = seed.document;
    const line = uncheckedLines[2];
    const original = doc.lineAt(line).text;
    seed = await vscode.window.showTextDocument(doc, { preview: false });
    try {
      seed.selection = new vscode.Selection(line, original.length, line, original.length);
      await vscode.commands.executeCommand('elasticDocs.migration.toggle');
      const checked = await waitFor(() => doc.lineAt(line).text, (t) => t !== original, 10_000);
      assert.equal(checked, original.replace('[ ]', '[x]'));
      const diags = await waitFor(() => ours(doc.uri, 'migration.unchecked'), (d) => d.length === 9, 15_000);
      assert.equal(diags.length, 9, 'the checked item still has its migration.unchecked diagnostic');
      await vscode.commands.executeCommand('elasticDocs.migration.toggle');
      const back = await waitFor(() => doc.lineAt(line).text, (t) => t === original, 10_000);
      assert.equal(back, original);
    } finally {
      if (doc.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    assert.equal(doc.lineAt(line).text, original, 'the seed page was not restored');
  });

  it('lists the open items and the anchors to place in the Migration view', async () => {
    const nodes = await waitFor(
      async () => (await vscode.commands.executeCommand<ViewNode[]>('elasticDocs.migration.viewSnapshot')) ?? [],
      (n) => n.some((x) => x.label === 'docs/security.md (10)'),
      15_000,
    );
    const page = nodes.find((n) => n.label.startsWith('docs/security.md'));
    assert.ok(page, `no page node for the seed page in ${JSON.stringify(nodes.map((n) => n.label))}`);
    assert.equal(page.label, 'docs/security.md (10)');
    assert.equal(page.description, 'Security');
    // Each item: its file name, then its notes and folder.
    assert.deepEqual(page.children?.map((c) => c.label), paths.map((p) => p.slice(p.lastIndexOf('/') + 1)));
    assert.equal(page.children?.[0].description, 'redirect only · ./raw-migrated-files/elasticsearch/elasticsearch-reference');
    assert.equal(page.children?.[1].description, './raw-migrated-files/elasticsearch/elasticsearch-reference');
    const anchors = nodes.find((n) => n.label === 'Anchors to place');
    assert.deepEqual(anchors?.children?.map((c) => `${c.label} ${c.description}`), [
      'field-document-limitations docs/security.md · 0 links',
      'alias-limitations docs/security.md · 0 links',
      'preventing-unauthorized-access docs/security.md · 0 links',
      'preserving-data-integrity docs/security.md · 0 links',
      'maintaining-audit-trail docs/security.md · 0 links',
    ]);
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('elasticDocs.migration.focus');
    await screenshot('migration-view', '.monaco-list-row');
  });
});
