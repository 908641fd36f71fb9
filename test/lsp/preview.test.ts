// elasticDocs/previewContext over LSP: the built server answers the preview's request with the docset's global
// substitutions and the snippets the page's includes render, and an empty answer (logged) for a bad request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './client';
import { PREVIEW_CONTEXT, type PreviewContextResult } from '../../server/src/protocol';
import { snippetKey } from '../../server/src/features/preview/context';

test('LSP: elasticDocs/previewContext answers subs and snippets for a page', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-preview-'));
  mkdirSync(join(dir, 'docs', '_snippets'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'docset.yml'), 'subs:\n  ech: "Elastic Cloud Hosted"\n');
  writeFileSync(join(dir, 'docs', '_snippets', 'a.md'), 'Snippet {{ech}}.\n');
  writeFileSync(join(dir, 'docs', 'page.md'), '# Page\n\n:::{include} _snippets/a.md\n:::\n');
  const root = pathToFileURL(dir).toString();
  const page = pathToFileURL(join(dir, 'docs', 'page.md')).toString();
  const c = new TestClient();
  t.after(() => c.stop());
  await c.initialize(root);
  const res = (await c.conn.sendRequest(PREVIEW_CONTEXT, { uri: page, includes: ['_snippets/a.md'] })) as PreviewContextResult;
  assert.equal(res.docset, pathToFileURL(join(dir, 'docs', 'docset.yml')).toString());
  assert.deepEqual(res.subs.find(([k]) => k === 'ech'), ['ech', 'Elastic Cloud Hosted']);
  assert.ok(res.subs.some(([k]) => k.startsWith('version.')), 'built-in keys too');
  assert.deepEqual(res.snippets[snippetKey(page, '_snippets/a.md')], { uri: pathToFileURL(join(dir, 'docs', '_snippets', 'a.md')).toString(), text: 'Snippet {{ech}}.\n' });
  const bad = (await c.conn.sendRequest(PREVIEW_CONTEXT, null)) as PreviewContextResult;
  assert.deepEqual(bad, { subs: [], snippets: {} });
});
