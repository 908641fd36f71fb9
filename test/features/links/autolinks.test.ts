// `link.autolink-elastic-docs` (AutoLinkInlineParser.cs): a bare `https://` URL into elastic.co/docs. Test titles name
// the docs-builder test (tests/Elastic.Markdown.Tests/Inline/AutoLinkTests.cs) a case comes from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r } from '../../helpers';
import type { DocDiagnostic } from '../../../server/src/types';
import { diagnose, DOCSET } from './util';

const HINT = 'Autolink points to elastic.co/docs. Consider using a crosslink or relative link instead.';
const show = (ds: DocDiagnostic[]) => ds.map((d) => `${d.code} ${d.severity} ${r(d.range)}${d.message === HINT ? '' : ` ${d.message}`}`);
const run = async (body: string, docset = DOCSET) => show(await diagnose({ 'docs/docset.yml': docset, 'docs/page.md': `# P\n\n${body}\n` }, 'docs/page.md', ['link.autolink']));

test('link.autolink-elastic-docs: a bare URL into elastic.co/docs (docs-builder AutoLinkElasticDocsHintTests)', async () => {
  assert.deepEqual(await run('See https://www.elastic.co/docs/deploy-manage for deployment info.'), ['link.autolink-elastic-docs hint 2:4-2:45']);
});

test('link.autolink-elastic-docs: the URL ends as docs-builder ends it (trailing punctuation, unbalanced `)`, `<`)', async () => {
  assert.deepEqual(await run('Read https://www.elastic.co/docs/x. Or (https://elastic.co/docs/y), or https://www.elastic.co/docs/z<br>.'), [
    'link.autolink-elastic-docs hint 2:5-2:34',
    'link.autolink-elastic-docs hint 2:40-2:65',
    'link.autolink-elastic-docs hint 2:71-2:100',
  ]);
  // Any case, anywhere in the URL; balanced parentheses stay in it.
  assert.deepEqual(await run('HTTPS://WWW.ELASTIC.CO/DOCS/a_(b) and https://example.io/?next=elastic.co/docs'), [
    'link.autolink-elastic-docs hint 2:0-2:33',
    'link.autolink-elastic-docs hint 2:38-2:78',
  ]);
});

test('link.autolink-elastic-docs: wherever docs-builder parses inline Markdown — link text, tables, headings, comments (docs-builder AutoLinkInsideLinkTextTests)', async () => {
  const body = [
    '[https://www.elastic.co/docs/a](https://www.elastic.co/docs/a)',
    '',
    '| Link |',
    '|---|',
    '| https://www.elastic.co/docs/b |',
    '',
    '## About https://www.elastic.co/docs/c',
    '',
    '% See https://www.elastic.co/docs/d',
    '',
    ':::{note}',
    'Moved to https://www.elastic.co/docs/e',
    ':::',
  ].join('\n');
  assert.deepEqual(await run(body), [
    'link.autolink-elastic-docs hint 2:1-2:30',
    'link.autolink-elastic-docs hint 6:2-6:31',
    'link.autolink-elastic-docs hint 8:9-8:38',
    'link.autolink-elastic-docs hint 10:6-10:35',
    'link.autolink-elastic-docs hint 13:9-13:38',
  ]);
});

test('link.autolink-elastic-docs stays silent: other hosts, http, link URLs, <autolinks>, code (docs-builder AutoLinkValidUrlStillWorksTests, AutoLinkDoesNotMatchHttpTests, AutoLinkInInlineCodeTests, AutoLinkInCodeBlockTests)', async () => {
  const body = [
    'Check https://www.elastic.co/guide for docs.',
    'This http://www.elastic.co/docs/x should not be autolinked.',
    'A [link](https://www.elastic.co/docs/x) and <https://www.elastic.co/docs/y>.',
    'Use the URL `https://www.elastic.co/docs/api` in your config.',
    '',
    '```',
    'https://www.elastic.co/docs/should/not/be/linked',
    '```',
  ].join('\n');
  assert.deepEqual(await run(body), []);
});

test('link.autolink-elastic-docs stays silent on URLs docs-builder does not autolink (docs-builder AutoLinkWithPortExclusionTests, AutoLinkTemplatePlaceholderExclusionTests, AutoLinkAsciiDocStyleExclusionTests)', async () => {
  const body = [
    'Connect to https://www.elastic.co:443/docs for the guide.',
    'Use https://www.elastic.co/docs/{{version}}/x for yours.',
    'See https://www.elastic.co/docs/assignments[IANA for assignments.',
    'Or https://docs.example.com/elastic.co/docs and https://localhost/elastic.co/docs.',
  ].join('\n');
  const ds = await diagnose({ 'docs/docset.yml': `${DOCSET}subs:\n  version: current\n`, 'docs/page.md': `# P\n\n${body}\n` }, 'docs/page.md', ['link.autolink']);
  assert.deepEqual(show(ds), []);
});

test('link.autolink-elastic-docs: `suppress: [AutolinkElasticCoDocs]` in docset.yml turns it off', async () => {
  assert.deepEqual(await run('See https://www.elastic.co/docs/x.', `${DOCSET}suppress:\n  - AutolinkElasticCoDocs\n`), []);
  assert.deepEqual(await run('See https://www.elastic.co/docs/x.', `${DOCSET}suppress:\n  - DeepLinkingVirtualFile\n`), ['link.autolink-elastic-docs hint 2:4-2:33']);
});
