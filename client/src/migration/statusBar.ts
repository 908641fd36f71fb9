// A status bar item for the active page: how many of its migration items are open. Clicking it goes to the next
// one. Hidden on pages without a checklist.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { MIGRATION_COMMANDS, MIGRATION_ITEMS } from '../../../server/src/protocol';
import { send } from './requests';

export class MigrationStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('elasticDocs.migration.status', vscode.StatusBarAlignment.Right, 100);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Elastic Docs: Migration Items';
    this.item.command = MIGRATION_COMMANDS.next;
  }

  /** Updates after `ms` of quiet. */
  schedule(ms = 300): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, ms);
  }

  async update(): Promise<void> {
    const seq = ++this.seq;
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown') {
      this.item.hide();
      return;
    }
    const r = await send(this.client, MIGRATION_ITEMS, { uris: [this.client.code2ProtocolConverter.asUri(doc.uri)] });
    if (seq !== this.seq) return; // a newer update is on its way
    const page = r?.pages[0];
    if (!page || page.total === 0) {
      this.item.hide();
      return;
    }
    this.item.text = `$(checklist) ${page.open} open`;
    this.item.tooltip = `Migration: ${page.open} of ${page.total} items open in this page. Click to go to the next unchecked item.`;
    this.item.show();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.item.dispose();
  }
}
