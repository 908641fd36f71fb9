// VS Code's own Markdown preview renders the seed page as docs-builder does: the extension's markdown-it plugin
// (contributes."markdown.markdownItPlugins") turns `:::{warning}` into docs-builder's admonition, resolves a
// substitution from the fixture's docset.yml (after the server answers elasticDocs/previewContext and the preview
// refreshes) and hides the `%` comments.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { open, screenshot, sleep, waitFor } from './helpers';

describe('Markdown preview in VS Code', () => {
  it('renders the seed page: an admonition, a resolved substitution, no % comment text', async () => {
    const seed = await open('security.md');
    const original = seed.document.getText();
    // The seed page uses {{ech}} only in comments: a line that uses it (with a mutation) is added, not saved.
    await seed.edit((e) => e.insert(seed.document.positionAt(original.length), '\nHosted on {{ech | lc}}.\n'));
    try {
      const html = await waitFor(
        async () => (await vscode.commands.executeCommand<string>('markdown.api.render', seed.document)) ?? '',
        (h) => h.includes('Hosted on elastic cloud hosted.'),
        30_000,
      );
      assert.ok(html.includes('Hosted on elastic cloud hosted.'), html.slice(-2000));
      assert.match(html, /<div class="admonition warning">\s*<div class="admonition-title"><span>Warning<\/span><\/div>\s*<div class="admonition-content">/);
      assert.ok(html.includes('<strong>This page is a work in progress.</strong>'), 'the admonition body');
      for (const comment of ['SR: include this info', 'IP sniffing', 'What needs to be done', 'raw-migrated-files', '{{ech}}']) {
        assert.ok(!html.includes(comment), `comment text "${comment}" is not rendered`);
      }
      assert.ok(html.includes('<a id="field-document-limitations"></a>'), 'the $$$anchor$$$');
      assert.match(html, /<h1[^>]* id="security"/);
      assert.match(html, /<div class="applies applies-block">/, 'the front matter applies_to badges');

      await vscode.commands.executeCommand('markdown.showPreviewToSide', seed.document.uri);
      await sleep(3000);
      await screenshot('preview', 'iframe.webview.ready');
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(seed.document.uri, new vscode.Range(seed.document.positionAt(0), seed.document.positionAt(seed.document.getText().length)), original);
      await vscode.workspace.applyEdit(undo);
      await seed.document.save();
      await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    }
  });
});
