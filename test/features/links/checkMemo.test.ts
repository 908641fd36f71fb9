// A page's link check looks each URL up once (the same URL with the same flags has the same diagnostics but for
// its ranges), and answers most links without waiting once their folder is listed. What it keeps lives for one
// check: a file or page that appears between two checks is seen by the second.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../server/src/config';
import { fileUri, NodeWorkspace } from '../../../server/src/node/nodeWorkspace';
import { LanguageService } from '../../../server/src/service';
import type { DocDiagnostic } from '../../../server/src/types';
import { r } from '../../helpers';
import { diagnose, doc, workspace } from './util';

const show = (ds: DocDiagnostic[]) => ds.filter((d) => d.code.startsWith('link.')).map((d) => `${d.code} ${r(d.range)}`);

test('the same URL in different places and contexts: each link gets its own diagnostics and ranges', async () => {
  const page = [
    '# P',
    '',
    '[a](gone.md) and [b](gone.md)',
    '% [c](gone.md)',
    '[x](pic.png) [](pic.png)',
    '[y](other.md#nope) [](other.md#nope) [z](other.md#nope)',
    '[s](other.md#sec) [t](other.md#nope2)',
    '[](undeclared://x) [u](undeclared://x)',
    '![i](gone.md)',
    '',
  ].join('\n');
  const ds = await diagnose({
    'docs/docset.yml': 'project: test\ncross_links:\n  - declared\ntoc:\n  - file: page.md\n  - file: other.md\n',
    'docs/page.md': page,
    'docs/other.md': '# O\n\n## Sec\n',
    'docs/pic.png': 'x',
  });
  assert.deepEqual(show(ds), [
    'link.no-such-file 2:4-2:11',
    'link.no-such-file 2:21-2:28',
    'link.auto-text 4:13-4:24',
    'link.no-such-anchor 5:13-5:17',
    'link.no-such-anchor 5:31-5:35',
    'link.no-such-anchor 5:50-5:54',
    'link.no-such-anchor 6:31-6:36',
    'link.empty-crosslink-text 7:0-7:18',
    'link.cross-link-undeclared 7:3-7:13',
    'link.cross-link-undeclared 7:23-7:33',
    'link.no-such-file 8:5-8:12',
  ]);
  const anchors = ds.filter((d) => d.code === 'link.no-such-anchor');
  assert.deepEqual(anchors.map((d) => d.data), [
    { uri: 'file:///ws/docs/other.md', anchor: 'nope' }, { uri: 'file:///ws/docs/other.md', anchor: 'nope' },
    { uri: 'file:///ws/docs/other.md', anchor: 'nope' }, { uri: 'file:///ws/docs/other.md', anchor: 'nope2' },
  ]);
  assert.ok(anchors[0].range !== anchors[1].range);
});

test('a file and a page created between two checks of a listed folder: the second check sees them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'edls-memo-'));
  mkdirSync(join(dir, 'docs', 'files'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'docset.yml'), 'project: test\n');
  writeFileSync(join(dir, 'docs', 'other.md'), '# O\n');
  const lines = ['# Page', ''];
  // Enough links into each folder that it is listed (then names not in the listing are missing without a stat).
  for (let i = 0; i < 40; i++) lines.push(`See [m${i}](files/missing-${i}.txt) and [p${i}](missing-${i}.md).`);
  lines.push('', '[n](files/new.txt) [n2](files/new.txt) [l](later.md) [o](other)', '');
  const text = lines.join('\n');
  const uri = fileUri(join(dir, 'docs', 'page.md'));
  writeFileSync(join(dir, 'docs', 'page.md'), text);
  const ls = new LanguageService({ workspace: new NodeWorkspace([fileUri(dir)]), config: DEFAULT_CONFIG });
  await ls.index.build();
  const last = (ds: DocDiagnostic[]) => ds.filter((d) => d.code.startsWith('link.') && d.range.start.line === 43).map((d) => `${d.code} ${r(d.range)}`);
  const before = await ls.diagnostics({ uri, version: 1, text });
  assert.equal(before.filter((d) => d.code === 'link.no-such-file').length, 83);
  assert.deepEqual(last(before), ['link.no-such-file 43:4-43:17', 'link.no-such-file 43:24-43:37', 'link.no-such-file 43:43-43:51', 'link.missing-extension 43:57-43:62']);

  writeFileSync(join(dir, 'docs', 'files', 'new.txt'), 'x');
  writeFileSync(join(dir, 'docs', 'later.md'), '# Later\n');
  await ls.index.refresh(fileUri(join(dir, 'docs', 'later.md')));
  const after = await ls.diagnostics({ uri, version: 2, text });
  assert.deepEqual(last(after), ['link.missing-extension 43:57-43:62']);
  assert.equal(after.filter((d) => d.code === 'link.no-such-file').length, 80);
});

test('anchors told at once (own anchors of an indexed page, of the page itself) agree with the full lookup: snippets, edits', async () => {
  const page = [
    '# P',
    '',
    '## Here',
    '',
    '[a](other.md#sec) [b](other.md#from-snippet) [c](other.md#nope) [d](#here) [e](#gone) [f](other.md#SEC)',
    '',
  ].join('\n');
  const ls = await workspace({
    'docs/docset.yml': 'project: test\ntoc:\n  - file: page.md\n  - file: other.md\n',
    'docs/page.md': page,
    'docs/other.md': '# O\n\n## Sec\n\n:::{include} _snippets/s.md\n:::\n',
    'docs/_snippets/s.md': '## From snippet\n',
  });
  const codes = (ds: DocDiagnostic[]) => ds.filter((d) => d.code.startsWith('link.')).map((d) => `${d.code} ${r(d.range)}`);
  // Found at once: #sec (case-insensitive: #SEC) and #here; through the snippet: #from-snippet; missing: #nope, #gone.
  assert.deepEqual(codes(await ls.diagnostics(doc('docs/page.md', page))), ['link.no-such-anchor 4:58-4:62', 'link.no-such-anchor 4:80-4:84']);
  // The page's own heading renamed in the editor: `#here` is now missing, `#gone` found.
  const edited = page.replace('## Here', '## Gone');
  assert.deepEqual(codes(await ls.diagnostics({ ...doc('docs/page.md', edited), version: 2 })), ['link.no-such-anchor 4:58-4:62', 'link.no-such-anchor 4:69-4:73']);
});
