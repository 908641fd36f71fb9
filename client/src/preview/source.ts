// The client's cache of elasticDocs/previewContext answers, per page, for the synchronous preview render: a miss
// (or an answer older than the TTL, or a page naming other includes) answers what is known and asks the server in
// the background; a new answer that differs refreshes the preview (`markdown.preview.refresh`). Changes of docset
// files and snippets expire everything.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PREVIEW_CONTEXT, type PreviewContextResult } from '../../../server/src/protocol';
import { send } from '../migration/requests';
import type { PreviewSource } from './state';

interface Entry {
  key: string;
  at: number;
  value?: PreviewContextResult;
  json?: string;
  pending?: string;
}

export class PreviewContextCache implements PreviewSource, vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly ready: Promise<unknown>,
    private readonly ttlMs = 10_000,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{docset.yml,_docset.yml,_snippets/**}');
    const expire = () => this.expire();
    this.disposables.push(watcher, watcher.onDidChange(expire), watcher.onDidCreate(expire), watcher.onDidDelete(expire));
    this.disposables.push(vscode.workspace.onDidChangeTextDocument((e) => {
      if (/(^|\/)(_?docset\.yml)$|\/_snippets\//.test(e.document.uri.path) && e.contentChanges.length > 0) this.expire();
    }));
  }

  get(uri: string, includes: readonly string[]): PreviewContextResult | undefined {
    const key = includes.join('\n');
    const e = this.entries.get(uri);
    if (!e || e.key !== key || Date.now() - e.at > this.ttlMs) this.ask(uri, includes, key);
    return e?.value;
  }

  documentFor(text: string): string | undefined {
    const active = vscode.window.activeTextEditor?.document;
    const docs = [...(active ? [active] : []), ...vscode.workspace.textDocuments.filter((d) => d !== active && d.languageId === 'markdown')];
    // As VS Code and markdown-it leave the text before the rules run: no U+2028/9, LF line ends, no NUL.
    const normal = (t: string) => t.replace(/[\u2028\u2029]/g, '').replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
    return docs.find((d) => normal(d.getText()) === text)?.uri.toString();
  }

  private ask(uri: string, includes: readonly string[], key: string): void {
    const e = this.entries.get(uri) ?? { key, at: 0 };
    if (e.pending === key) return;
    e.pending = key;
    this.entries.set(uri, e);
    void this.ready
      .then(() => send(this.client, PREVIEW_CONTEXT, { uri, includes: [...includes] }))
      .then((value) => {
        if (e.pending === key) e.pending = undefined;
        if (!value) return;
        const json = JSON.stringify(value);
        const changed = json !== e.json;
        Object.assign(e, { key, at: Date.now(), value, json });
        if (changed) void vscode.commands.executeCommand('markdown.preview.refresh');
      }, () => {
        if (e.pending === key) e.pending = undefined;
      });
  }

  private expire(): void {
    for (const e of this.entries.values()) e.at = 0;
    void vscode.commands.executeCommand('markdown.preview.refresh');
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.entries.clear();
  }
}
