// Entry point of the VS Code extension on the desktop (package.json `main`): starts the language server in Node
// and registers the commands and views. The web entry is browser/extension.ts. Everything that understands a page
// lives in the server.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient, DISPLAY_NAME } from './client';
import { previewPlugin, registerFeatures } from './common';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): { extendMarkdownIt(md: unknown): unknown } {
  const output = vscode.window.createOutputChannel(DISPLAY_NAME, { log: true });
  client = createClient(context, output);
  context.subscriptions.push(output);
  registerFeatures(context, client, output);
  const started = client.start().catch((e: unknown) => {
    output.error(`The language server failed to start: ${e instanceof Error ? e.message : String(e)}`);
  });
  return previewPlugin(context, client, started);
}

export async function deactivate(): Promise<void> {
  await client?.stop().catch(() => undefined);
  client = undefined;
}
