// The extension's commands. Each is one entry here plus one in package.json `contributes.commands`.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

export interface CommandContext {
  client: LanguageClient;
  output: vscode.LogOutputChannel;
}

const COMMANDS: Record<string, (c: CommandContext) => unknown> = {
  'elasticDocs.restartServer': (c) => restartServer(c),
  'elasticDocs.showOutput': (c) => c.output.show(true),
};

export function registerCommands(c: CommandContext): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([id, run]) => vscode.commands.registerCommand(id, () => run(c)));
}

/** Stops the server if it runs (or is starting) and starts it again; never throws at the user. */
async function restartServer({ client, output }: CommandContext): Promise<void> {
  try {
    if (client.state === State.Starting) await client.start().catch(() => undefined); // the pending start
    if (client.state === State.Running) await restart(client);
    else await client.start();
    output.info('Language server restarted.');
  } catch (e) {
    output.error(`Restarting the language server failed: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage('The Elastic Docs language server could not be restarted. See the output for details.');
  }
}

/** The Node client's own restart (it waits for the debug port); the web client has only stop and start. */
function restart(client: LanguageClient): Promise<void> {
  const own = (client as { restart?: () => Promise<void> }).restart;
  return typeof own === 'function' ? own.call(client) : client.stop().then(() => client.start());
}
