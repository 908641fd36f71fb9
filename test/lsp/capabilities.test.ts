// Protocol test: hovers on the seed page's capability tables through the built server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { TestClient } from './client';
import { sharedFile } from '../helpers';

test('LSP: hovers on three cells of the seed page\'s capability tables', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-caps-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'docset.yml'), 'subs:\n  ech: "Elastic Cloud Hosted"\n');
  const text = sharedFile('samples/security.md');
  const page = pathToFileURL(join(dir, 'docs', 'security.md')).toString();
  writeFileSync(join(dir, 'docs', 'security.md'), text);

  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(pathToFileURL(dir).toString());
  await c.open(page, text);
  const lines = text.split('\n');
  const hover = async (lineStart: string, needle: string, nth = 0): Promise<string> => {
    const line = lines.findIndex((l) => l.startsWith(lineStart));
    assert.ok(line >= 0, lineStart);
    let character = -1;
    for (let i = 0; i <= nth; i++) character = lines[line].indexOf(needle, character + 1);
    const h = (await c.conn.sendRequest('textDocument/hover', { textDocument: { uri: page }, position: { line, character: character + 1 } })) as Hover | null;
    assert.ok(h, `hover at ${line}:${character}`);
    return (h.contents as MarkupContent).value;
  };

  // A cell: the third "✓ Configurable"-column cell of TLS (HTTP Layer) is ECE's.
  assert.equal(await hover('| **TLS (HTTP Layer)**', '✓ Configurable'), '_Communication security_\n\n**TLS (HTTP Layer)** · **ECE**: ✓ Configurable');
  // A row header: the row as a two-column table.
  assert.equal(await hover('| **Private Link**', 'Private'), [
    '_Network security_', '',
    '| **Private Link** | |', '|---|---|',
    '| Serverless | ✗ N/A |', '| Elastic Cloud | ✓ Available |', '| ECE | ✗ N/A |', '| ECK | ✗ N/A |', '| Self-managed | ✗ N/A |',
  ].join('\n'));
  // A column header: ECK in the first table.
  assert.equal(await hover('| **Security Feature** | Serverless | Elastic Cloud | ECE | ECK', 'ECK'), [
    '_Communication security_', '',
    '| **ECK** | |', '|---|---|',
    '| **TLS (HTTP Layer)** | ✓ Configurable |', '| **TLS (Transport Layer)** | ✓ Managed |',
  ].join('\n'));
});
