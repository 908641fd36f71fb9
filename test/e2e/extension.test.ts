// The extension inside a real VS Code, on the fixture docset (fixture.mjs): activation, diagnostics, hover,
// completion, go to definition, settings without reload, crash recovery, restart. Every check waits with a
// bounded poll and then asserts on what it got, so a missing feature fails instead of passing vacuously.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, completionLabels, hoverText, open, ours, positionOf, screenshot, waitFor } from './helpers';

const MIGRATION = 'migration.unchecked';

/** Ids of the language server processes this extension host started (Linux: read from /proc). */
function serverPids(): number[] {
  const module = `${vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath}/dist/server.js`;
  return fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n)).flatMap((n) => {
    try {
      const stat = fs.readFileSync(`/proc/${n}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === process.pid && fs.readFileSync(`/proc/${n}/cmdline`, 'utf8').split('\0').includes(module) ? [Number(n)] : [];
    } catch {
      return []; // the process ended meanwhile
    }
  });
}

describe('Elastic Docs extension in VS Code', () => {
  let seed: vscode.TextEditor;
  /** Lines of the seed page that hold an unchecked migration item (`% - [ ] …`), read from the page itself. */
  let uncheckedLines: number[];

  before(async () => {
    seed = await open('security.md');
    const lines = seed.document.getText().split(/\r?\n/);
    uncheckedLines = lines.flatMap((l, i) => (/^%\s*- \[ \]/.test(l) ? [i] : []));
    assert.equal(uncheckedLines.length, 10, 'the seed page should have 10 unchecked migration items');
  });

  it('activates on a Markdown page of a docset', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    // No ext.activate() here: the activation events must do it.
    assert.ok(await waitFor(() => ext.isActive, Boolean, 20_000), 'the extension did not activate');
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['elasticDocs.restartServer', 'elasticDocs.showOutput']) assert.ok(commands.includes(id), `command ${id} is not registered`);
  });

  it('publishes the 10 migration.unchecked diagnostics of the seed page', async () => {
    const uri = seed.document.uri;
    const diags = await waitFor(() => ours(uri, MIGRATION), (d) => d.length >= 10, 30_000);
    assert.deepEqual(diags.map((d) => d.range.start.line).sort((a, b) => a - b), uncheckedLines);
    for (const d of diags) assert.equal(d.source, 'elastic-docs');
    seed.revealRange(new vscode.Range(uncheckedLines[0], 0, uncheckedLines[9], 0), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await screenshot('diagnostics', '.markers-panel .monaco-list-row');
  });

  it('shows the value of {{ech}} on hover', async () => {
    const doc = seed.document;
    const pos = positionOf(doc, '{{ech}}', 3);
    const text = await waitFor(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos)),
      (t) => t.includes('Elastic Cloud Hosted'),
      15_000,
    );
    assert.ok(text.includes('Elastic Cloud Hosted'), `hover on {{ech}} was ${JSON.stringify(text)}`);
    seed = await vscode.window.showTextDocument(doc, { preview: false });
    seed.selection = new vscode.Selection(pos, pos);
    seed.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    await screenshot('hover', '.monaco-hover');
  });

  it('offers the docset substitutions after typing {{', async () => {
    const doc = seed.document;
    const original = doc.getText();
    const end = doc.positionAt(original.length);
    try {
      assert.ok(await seed.edit((e) => e.insert(end, '\n{{')), 'could not type into the seed page');
      const pos = doc.positionAt(doc.getText().length);
      const labels = await waitFor(
        async () => completionLabels(await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos, '{')),
        (l) => ['ech', 'es'].every((k) => l.some((x) => x.replace(/[{}\s]/g, '') === k)),
        15_000,
      );
      for (const k of ['ech', 'es']) assert.ok(labels.some((x) => x.replace(/[{}\s]/g, '') === k), `no completion for ${k}; got ${JSON.stringify(labels.slice(0, 30))}`);
      seed.selection = new vscode.Selection(pos, pos);
      seed.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      await vscode.commands.executeCommand('editor.action.triggerSuggest');
      await screenshot('completion', '.suggest-widget.visible');
    } finally {
      await vscode.commands.executeCommand('hideSuggestWidget');
      const undo = new vscode.WorkspaceEdit();
      undo.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      await vscode.workspace.applyEdit(undo);
      await doc.save();
    }
    assert.equal(doc.getText(), original, 'the seed page was not restored');
  });

  it('goes to the heading a link points to', async () => {
    // The built-in Markdown extension also answers go to definition on links; the launcher disables it so
    // that only our server can.
    assert.equal(vscode.extensions.getExtension('vscode.markdown-language-features'), undefined, 'the built-in Markdown language features must be disabled');
    const links = await open('links.md');
    const other = await vscode.workspace.openTextDocument(links.document.uri.with({ path: links.document.uri.path.replace(/links\.md$/, 'other.md') }));
    const headingLine = positionOf(other, '## Some heading').line;
    const pos = positionOf(links.document, 'other.md#some-heading', 2);
    const targets = await waitFor(
      async () => (await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', links.document.uri, pos)) ?? [],
      (t) => t.length > 0,
      15_000,
    );
    const found = targets.map((t) => ('targetUri' in t ? { uri: t.targetUri, range: t.targetSelectionRange ?? t.targetRange } : t));
    assert.equal(found.length, 1, `expected one definition, got ${JSON.stringify(found)}`);
    assert.equal(found[0].uri.toString(), other.uri.toString());
    assert.equal(found[0].range.start.line, headingLine);
  });

  it('applies a severity override without a reload', async () => {
    const uri = seed.document.uri;
    const config = () => vscode.workspace.getConfiguration('elasticDocs');
    try {
      await config().update('severity', { [MIGRATION]: 'off' }, vscode.ConfigurationTarget.Workspace);
      const off = await waitFor(() => ours(uri, MIGRATION), (d) => d.length === 0, 15_000);
      assert.equal(off.length, 0, 'migration.unchecked still reported after setting it to off');
      await config().update('severity', { [MIGRATION]: 'hint' }, vscode.ConfigurationTarget.Workspace);
      const hints = await waitFor(() => ours(uri, MIGRATION), (d) => d.length === 10 && d.every((x) => x.severity === vscode.DiagnosticSeverity.Hint), 15_000);
      assert.equal(hints.length, 10);
      assert.ok(hints.every((d) => d.severity === vscode.DiagnosticSeverity.Hint), 'severity override to hint not applied');
    } finally {
      await config().update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
    const back = await waitFor(() => ours(uri, MIGRATION), (d) => d.length === 10 && d.every((x) => x.severity !== vscode.DiagnosticSeverity.Hint), 15_000);
    assert.equal(back.length, 10);
  });

  it('brings a crashed language server back', async () => {
    const uri = seed.document.uri;
    const before = serverPids();
    assert.equal(before.length, 1, `expected one language server process, found ${JSON.stringify(before)}`);
    process.kill(before[0], 'SIGKILL');
    const after = await waitFor(serverPids, (p) => p.length === 1 && p[0] !== before[0], 20_000);
    assert.ok(after.length === 1 && after[0] !== before[0], `the server was not restarted after a crash (processes: ${JSON.stringify(after)})`);
    const back = await waitFor(() => ours(uri, MIGRATION), (d) => d.length === 10, 30_000);
    assert.equal(back.length, 10, 'no diagnostics after the crash');
  });

  it('restarts the language server on command, and the diagnostics come back', async () => {
    const uri = seed.document.uri;
    assert.equal((await waitFor(() => ours(uri, MIGRATION), (d) => d.length === 10, 15_000)).length, 10, 'no diagnostics before the restart');
    let cleared = false; // the client drops the server's diagnostics when it stops it
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && ours(uri, MIGRATION).length === 0) cleared = true;
    });
    try {
      await vscode.commands.executeCommand('elasticDocs.restartServer');
      const back = await waitFor(() => ours(uri, MIGRATION), (d) => cleared && d.length === 10, 30_000);
      assert.ok(cleared, 'the diagnostics never went away: the server was not restarted');
      assert.equal(back.length, 10, `after the restart: ${back.map(codeOf).join(', ')}`);
    } finally {
      sub.dispose();
    }
  });
});
