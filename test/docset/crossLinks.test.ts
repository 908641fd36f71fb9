// docset.yml `cross_links:` entries as docs-builder reads them (ConfigurationFile.ParseCrossLinkEntry,
// server/src/docset/crossLinks.ts): the entry errors on the entry's line, and a rejected entry declares nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../helpers';
import { diagnose } from '../features/links/util';
import { docsetDiags } from '../features/docsetFiles/util';

const docset = (body: string) => ({ 'docs/docset.yml': `project: test\n${body}`, 'docs/index.md': '# Home\n' });

test('docset.cross-link-empty / -registry / -codex: the entry errors, each on its entry', async () => {
  const ds = await docsetDiags(docset('cross_links:\n  - kibana\n  - public://\n  - codex://docs-content\n  - internal://secret-docs\n  - " Internal://team "\n  - 1://numbered\n'), 'docset.cross-link');
  assert.deepEqual(ds, [
    "docs/docset.yml 3:4-3:13 error docset.cross-link-empty Cross-link 'public://' has empty repository after registry prefix.",
    "docs/docset.yml 4:4-4:24 error docset.cross-link-registry Cross-link 'codex://docs-content' uses unknown registry 'codex'. Use 'public' or 'internal'.",
    "docs/docset.yml 5:4-5:26 error docset.cross-link-codex Public documentation cannot link to codex docs. Cross-link 'internal://secret-docs' targets registry 'Internal'. Remove it or use a public docset.",
    "docs/docset.yml 6:4-6:23 error docset.cross-link-codex Public documentation cannot link to codex docs. Cross-link 'Internal://team' targets registry 'Internal'. Remove it or use a public docset.",
    "docs/docset.yml 7:4-7:16 error docset.cross-link-codex Public documentation cannot link to codex docs. Cross-link '1://numbered' targets registry 'Internal'. Remove it or use a public docset.",
  ]);
});

test('cross_links stay silent: plain names, public:// (any case), and in an internal docset internal:// and plain names', async () => {
  assert.deepEqual(await docsetDiags(docset('cross_links:\n  - kibana\n  - PUBLIC://docs-content\n  - 0://elasticsearch\n  - ""\n'), 'docset.cross-link'), []);
  assert.deepEqual(await docsetDiags(docset('registry: internal\ncross_links:\n  - internal://team-docs\n  - public://kibana\n  - wiki\n'), 'docset.cross-link'), []);
  // A registry docs-builder cannot parse is public.
  assert.deepEqual(await docsetDiags(docset('registry: codex\ncross_links:\n  - internal://team-docs\n'), 'docset.cross-link'), [
    "docs/docset.yml 3:4-3:24 error docset.cross-link-codex Public documentation cannot link to codex docs. Cross-link 'internal://team-docs' targets registry 'Internal'. Remove it or use a public docset.",
  ]);
});

test('a rejected cross_links entry declares nothing: links to it are undeclared, as in docs-builder', async () => {
  const files = {
    'docs/docset.yml': 'project: test\ncross_links:\n  - codex://kibana\n  - internal://team\n  - public://elasticsearch\n',
    'docs/page.md': '# P\n\n[a](kibana://a.md) [b](team://b.md) [c](elasticsearch://c.md)\n',
  };
  const ds = await diagnose(files, 'docs/page.md', ['link.cross-link-undeclared']);
  assert.deepEqual(ds.map((d) => `${r(d.range)} ${d.message}`), [
    "2:4-2:10 'kibana' was not found in the cross link index. Ensure it is listed under 'cross_links' in your docset.yml",
    "2:23-2:27 'team' was not found in the cross link index. Ensure it is listed under 'cross_links' in your docset.yml",
  ]);
});
