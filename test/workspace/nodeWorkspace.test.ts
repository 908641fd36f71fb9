// The Node host's workspace as `check` uses it (sync, one-shot): stat answers once per path, a name missing from a
// folder already listed is missing, and what the folder listing leaves out (a symbolic link) still stats as the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileUri, NodeWorkspace } from '../../server/src/node/nodeWorkspace';

test('a batch workspace: stat after listing a folder, missing names, symbolic links, files made later not seen', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-ws-'));
  try {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.md'), '# A\n');
    writeFileSync(join(dir, 'sub', 'b.md'), '# B\n');
    symlinkSync(join(dir, 'a.md'), join(dir, 'link.md'));
    for (const sync of [true, false]) {
      const ws = new NodeWorkspace([fileUri(dir)], { sync });
      const names = (await ws.readDirectory(fileUri(dir))).map(([n]) => n).sort();
      assert.deepEqual(names, ['a.md', 'sub'], 'the listing leaves the symbolic link out');
      assert.equal((await ws.stat(fileUri(join(dir, 'a.md'))))?.type, 'file');
      assert.equal((await ws.stat(fileUri(join(dir, 'a.md'))))?.size, 4);
      assert.equal((await ws.stat(fileUri(join(dir, 'sub'))))?.type, 'directory');
      assert.equal((await ws.stat(fileUri(join(dir, 'link.md'))))?.type, 'file', 'a link to a file is a file');
      assert.equal(await ws.stat(fileUri(join(dir, 'missing.md'))), undefined);
      assert.equal(await ws.stat(fileUri(join(dir, 'a.md', 'x'))), undefined, 'below a file');
      assert.equal(await ws.stat(fileUri(join(dir, 'sub', 'b.md'))).then((s) => s?.type), 'file', 'in a folder not listed');
      writeFileSync(join(dir, 'later.md'), 'x');
      // The editor's workspace sees a file made later; a one-shot run lists once and keeps its answers.
      assert.equal((await ws.stat(fileUri(join(dir, 'later.md'))))?.type, sync && process.platform === 'linux' ? undefined : 'file');
      rmSync(join(dir, 'later.md'));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
