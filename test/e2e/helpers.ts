// Small helpers for the end-to-end suite: bounded polling, the fixture's files, our diagnostics, screenshots.
import * as vscode from 'vscode';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const EXTENSION_ID = 'elastic-docs-tools.elastic-docs-language-tools';
export const SOURCE = 'elastic-docs';

/**
 * Calls `probe` until `done(value)` holds or `timeoutMs` passes, and returns the last value either way: the
 * caller asserts on it, so a broken feature fails with the value it actually produced.
 */
export async function waitFor<T>(probe: () => T | Thenable<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    let value: T;
    try {
      value = await probe();
    } catch (e) {
      if (Date.now() > end) throw e;
      await sleep(250);
      continue;
    }
    if (done(value) || Date.now() > end) return value;
    await sleep(250);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A file of the fixture docset (see fixture.mjs). */
export function docUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder: the launcher must open the fixture workspace');
  return vscode.Uri.joinPath(folder.uri, 'docs', name);
}

export async function open(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(docUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

/** Our diagnostics on `uri`, optionally only those with `code`. */
export function ours(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && (code === undefined || codeOf(d) === code));
}

/** Position of the `at`-th character of the first occurrence of `needle`; throws if the fixture lacks it. */
export function positionOf(doc: vscode.TextDocument, needle: string, at = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  if (i < 0) throw new Error(`fixture ${doc.uri.path} has no ${JSON.stringify(needle)}`);
  return doc.positionAt(i + at);
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export function completionLabels(list: vscode.CompletionList | undefined): string[] {
  return (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

/**
 * When the launcher runs with E2E_SCREENSHOTS=dir, asks it to save the workbench as dir/<name>.png (once
 * `selector` is visible) and waits until the file exists. Otherwise does nothing.
 */
export async function screenshot(name: string, selector = ''): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  const file = path.join(dir, `${name}.png`);
  fs.rmSync(file, { force: true }); // a file from an earlier run must not count
  await vscode.commands.executeCommand('notifications.clearAll');
  console.log(`[e2e:screenshot] ${name} ${selector}`.trim());
  const saved = await waitFor(() => fs.existsSync(file), Boolean, 15_000);
  if (!saved) console.log(`[e2e] screenshot ${name} was not saved`);
}
