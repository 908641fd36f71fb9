// The web worker's workspace (server/src/browser/clientWorkspace.ts): every read is an elasticDocs/fs/* request
// to the client; the language service works through it on a virtual file system (github.dev's vscode-vfs:).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClientWorkspace, type RequestSender } from '../../server/src/browser/clientWorkspace';
import { DEFAULT_CONFIG } from '../../server/src/config';
import { FS_READ_BYTES, FS_READ_DIRECTORY, FS_READ_FILE, FS_STAT } from '../../server/src/protocol';
import { LanguageService } from '../../server/src/service';
import { MemoryWorkspace } from '../../server/src/workspace';

const ROOT = 'vscode-vfs://github/elastic/docs-content';

/** A client that answers from memory, as the web client answers from vscode.workspace.fs, and logs each request. */
function fakeClient(files: Record<string, string>): RequestSender & { log: string[] } {
  const mem = new MemoryWorkspace(files, [ROOT]);
  const log: string[] = [];
  return {
    log,
    async sendRequest<R>(method: string, params: unknown): Promise<R> {
      const { uri } = params as { uri: string };
      log.push(`${method} ${uri.slice(ROOT.length)}`);
      const answer = method === FS_READ_FILE ? (await mem.readFile(uri)) ?? null
        : method === FS_STAT ? (await mem.stat(uri)) ?? null
        : method === FS_READ_DIRECTORY ? ((await mem.stat(uri))?.type === 'directory' ? await mem.readDirectory(uri) : null)
        : method === FS_READ_BYTES ? await mem.readBytes(uri, (params as { length: number }).length).then((b) => (b ? Buffer.from(b).toString('base64') : null))
        : Promise.reject(new Error(`unhandled method ${method}`));
      return answer as R;
    },
  };
}

test('ClientWorkspace: reads, stats and lists through the fs requests; missing answers null', async () => {
  const client = fakeClient({ 'docs/a.md': '# A\n', 'docs/sub/b.md': '# B\n' });
  const ws = new ClientWorkspace(client);
  ws.setRoots([ROOT]);
  assert.deepEqual(ws.roots(), [ROOT]);
  assert.equal(await ws.readFile(`${ROOT}/docs/a.md`), '# A\n');
  assert.equal(await ws.readFile(`${ROOT}/docs/none.md`), undefined);
  assert.deepEqual(await ws.stat(`${ROOT}/docs/a.md`), { type: 'file', size: 4, mtime: 0 });
  assert.deepEqual(await ws.stat(`${ROOT}/docs/sub`), { type: 'directory', size: 0, mtime: 0 });
  assert.equal(await ws.stat(`${ROOT}/nope`), undefined);
  assert.deepEqual(await ws.readDirectory(`${ROOT}/docs`), [['a.md', 'file'], ['sub', 'directory']]);
  await assert.rejects(ws.readDirectory(`${ROOT}/nope`), /cannot read the folder vscode-vfs:\/\/github\/elastic\/docs-content\/nope/);
  assert.deepEqual(client.log, [
    'elasticDocs/fs/readFile /docs/a.md', 'elasticDocs/fs/readFile /docs/none.md', 'elasticDocs/fs/stat /docs/a.md',
    'elasticDocs/fs/stat /docs/sub', 'elasticDocs/fs/stat /nope', 'elasticDocs/fs/readDirectory /docs', 'elasticDocs/fs/readDirectory /nope',
  ]);
});

test('ClientWorkspace: a failed request reads as a missing file, never an exception', async () => {
  const ws = new ClientWorkspace({ sendRequest: () => Promise.reject(new Error('connection closed')) }, [ROOT]);
  assert.equal(await ws.readFile(`${ROOT}/a.md`), undefined);
  assert.equal(await ws.stat(`${ROOT}/a.md`), undefined);
});

test('ClientWorkspace: the language service finds the docset, the index and link targets on vscode-vfs:', async () => {
  const client = fakeClient({
    'docs/docset.yml': 'subs:\n  ech: "Elastic Cloud Hosted"\n',
    'docs/other.md': '# Other\n\n## Second part\n',
    'docs/page.md': '# Page\n\n{{ech}} and {{nope}}, [ok](other.md#second-part), [bad](other.md#third).\n',
  });
  const ws = new ClientWorkspace(client, [ROOT]);
  const ls = new LanguageService({ workspace: ws, config: DEFAULT_CONFIG });
  await ls.index.build();
  assert.deepEqual([...ls.index.pages.keys()].map((u) => u.slice(ROOT.length)), ['/docs/other.md', '/docs/page.md']);
  const text = (await ws.readFile(`${ROOT}/docs/page.md`))!;
  const diags = await ls.diagnostics({ uri: `${ROOT}/docs/page.md`, version: 1, text });
  const line = text.split('\n')[2];
  assert.deepEqual(diags.map((d) => [d.code, d.range.start.line, d.range.start.character, d.message]).sort(), [
    ['link.no-such-anchor', 2, line.indexOf('third'), '`third` does not exist in other.md.'],
    ['sub.undefined', 2, line.indexOf('nope'), 'Substitution key {nope} is undefined'],
  ]);
});

test('ClientWorkspace.readBytes: the start of a file through elasticDocs/fs/readBytes (base64); missing answers undefined', async () => {
  const client = fakeClient({ 'img/a.svg': '<svg width="1" height="2"></svg>' });
  const ws = new ClientWorkspace(client, [ROOT]);
  assert.deepEqual(await ws.readBytes(`${ROOT}/img/a.svg`, 4), new Uint8Array([60, 115, 118, 103]));
  assert.equal(await ws.readBytes(`${ROOT}/img/none.svg`, 4), undefined);
  assert.deepEqual(client.log, ['elasticDocs/fs/readBytes /img/a.svg', 'elasticDocs/fs/readBytes /img/none.svg']);
});
