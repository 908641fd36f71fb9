// While the index is built, the server answers an opened page first with its page-local diagnostics read by the
// summary scanner (the CommonMark reader is slow until warm), then at once with the CommonMark ones. On real pages
// the two are the same: every corpus page, same codes, ranges, messages, data, order. (Odd generated input can
// tell them apart; test/lsp/startup.test.ts holds the server to ending with the CommonMark answer.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/config';
import { scanSegment } from '../../server/src/model/segments';
import { fileUri, NodeWorkspace } from '../../server/src/node/nodeWorkspace';
import { LanguageService } from '../../server/src/service';
import { markdownFiles, SHARED } from '../paths';

test('every corpus page: quick diagnostics from the scanner equal those from the CommonMark model', async () => {
  const sets = ['docs-builder', 'ecs', 'elasticsearch-js'];
  const ws = new NodeWorkspace(sets.map((s) => fileUri(join(SHARED, 'corpus', s, 'docs'))));
  const remark = new LanguageService({ workspace: ws, config: DEFAULT_CONFIG });
  const scanner = new LanguageService({ workspace: ws, config: DEFAULT_CONFIG, reader: scanSegment, indexDocuments: false });
  const files = sets.flatMap((s) => markdownFiles(join(SHARED, 'corpus', s, 'docs')));
  let found = 0;
  for (const f of files) {
    const doc = { uri: fileUri(f), version: 1, text: readFileSync(f, 'utf8') };
    const expected = await remark.diagnostics(doc, { quick: true });
    assert.deepStrictEqual(await scanner.diagnostics(doc, { quick: true }), expected, f);
    found += expected.length;
    remark.forget(doc.uri);
    scanner.forget(doc.uri);
  }
  assert.ok(found > 100, `${found} diagnostics compared`);
});
