// Pages deleted in the session (server/src/features/links/removedPages.ts): redirect.missing on the redirects file
// while pages still link to the deleted page, none once a redirect exists or nothing links; the quick fix adds the
// redirect to the page's new place when a rename said where it went.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { service, uri, r } from '../../helpers';

const FILES = {
  'docs/docset.yml': 'project: t\ntoc:\n  - file: index.md\n  - file: b.md\n',
  'docs/redirects.yml': "# moved pages\nredirects:\n  'old.md': 'index.md'\n",
  'docs/index.md': '# Home\n\n[b](b.md)\n',
  'docs/b.md': '# B\n',
  'docs/_snippets/s.md': 'Snippet.\n',
};

async function deleted(files: Record<string, string>, rel: string, movedTo?: string) {
  const { ws, ls } = service(files);
  await ls.index.build();
  if (movedTo) ls.removedPages.moving(uri(rel), uri(movedTo));
  ws.files.delete(uri(rel));
  if (movedTo) ws.files.set(uri(movedTo), files[rel]);
  ls.removedPages.removed(uri(rel));
  ls.index.remove(uri(rel));
  await ls.docsets.docsetFor(uri('docs/index.md'));
  const diags = (await ls.docsetDiagnostics(uri('docs/docset.yml'))).filter((d) => d.code === 'redirect.missing');
  return { ws, ls, diags };
}

test('redirect.missing: a deleted page others link to, without a redirect; its quick fix adds one when the new place is known', async () => {
  const { ls, diags } = await deleted(FILES, 'docs/b.md', 'docs/guide/b.md');
  assert.deepEqual(diags.map((d) => `${d.uri} ${r(d.range)} ${d.severity} ${d.message}`), [
    `${uri('docs/redirects.yml')} 1:0-1:9 warning 'b.md' was deleted in this session and 1 page links to it (index.md), but redirects.yml has no redirect for it: its URL and the links to it from other documentation sets break. Add a redirect from 'b.md' to the page that replaces it.`,
  ]);
  const doc = { uri: uri('docs/redirects.yml'), version: 1, text: FILES['docs/redirects.yml'] };
  const actions = await ls.codeActions(doc, diags[0].range, diags.map((d) => ({ code: d.code, range: d.range, data: d.data, message: d.message })));
  const fix = actions.find((a) => a.title === "Add a redirect from 'b.md' to 'guide/b.md'");
  assert.deepEqual(fix?.edit?.changes?.[uri('docs/redirects.yml')]?.map((e) => `${r(e.range)} ${e.newText}`), ["2:22-2:22 \n  'b.md': 'guide/b.md'"]);
});

test('redirect.missing: not for a page nobody links to, one that has a redirect, a snippet, or one created again', async () => {
  assert.deepEqual((await deleted({ ...FILES, 'docs/index.md': '# Home\n' }, 'docs/b.md')).diags, []);
  assert.deepEqual((await deleted({ ...FILES, 'docs/redirects.yml': "redirects:\n  'b.md': 'index.md'\n" }, 'docs/b.md')).diags, []);
  assert.deepEqual((await deleted({ ...FILES, 'docs/index.md': ':::{include} _snippets/s.md\n:::\n[s](_snippets/s.md)\n' }, 'docs/_snippets/s.md')).diags, []);
  const again = await deleted(FILES, 'docs/b.md');
  assert.equal(again.diags.length, 1);
  again.ws.files.set(uri('docs/b.md'), '# B again\n');
  again.ls.removedPages.created(uri('docs/b.md'));
  assert.deepEqual((await again.ls.docsetDiagnostics(uri('docs/docset.yml'))).filter((d) => d.code === 'redirect.missing'), []);
});

test('redirect.missing without a redirects file: on docset.yml, and the quick fix creates redirects.yml', async () => {
  const files: Record<string, string> = { ...FILES };
  delete files['docs/redirects.yml'];
  const { ls, diags } = await deleted(files, 'docs/b.md', 'docs/c.md');
  assert.deepEqual(diags.map((d) => `${d.uri} ${r(d.range)}`), [`${uri('docs/docset.yml')} 0:0-0:0`]);
  const doc = { uri: uri('docs/docset.yml'), version: 1, text: files['docs/docset.yml'] };
  const actions = await ls.codeActions(doc, diags[0].range, diags.map((d) => ({ code: d.code, range: d.range, data: d.data, message: d.message })));
  assert.deepEqual(actions.find((a) => a.title.startsWith('Add a redirect'))?.edit?.documentChanges, [
    { kind: 'create', uri: uri('docs/redirects.yml'), options: { ignoreIfExists: true } },
    { textDocument: { uri: uri('docs/redirects.yml'), version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: "redirects:\n  'b.md': 'c.md'\n" }] },
  ]);
});
