// The preview plugin on markdown-it itself: a page in, the HTML fragments docs-builder would write out. The docset
// data comes from the real language service (features/preview/context.ts) over an in-memory workspace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error markdown-it ships no typings and @types/markdown-it is not installed here.
import MarkdownIt from 'markdown-it';
import { elasticDocsPreview } from '../../client/src/preview/index';
import { handlePreviewContext } from '../../server/src/features/preview/requests';
import { gatherIncludeRefs } from '../../server/src/features/files/includes';
import { parsePage } from '../../server/src/model/page';
import { headingId } from '../../server/src/model/slug';
import type { PreviewContextResult } from '../../server/src/protocol';
import { service, uri } from '../helpers';

const DOCSET = 'subs:\n  ech: "Elastic Cloud Hosted"\n  stack-version: "9.1.3"\n';

async function render(page: string, files: Record<string, string> = {}): Promise<string> {
  const { ls } = service({ 'docs/docset.yml': DOCSET, 'docs/page.md': page, ...files });
  const u = uri('docs/page.md');
  const includes = gatherIncludeRefs(parsePage(page, u)).map((r) => r.path);
  const data = await handlePreviewContext(ls, { uri: u, includes });
  const md = elasticDocsPreview(new MarkdownIt({ html: true }), { get: () => data });
  return md.render(page, { currentDocument: u });
}

/** The HTML with runs of white space made one space, for fragment assertions. */
const flat = (html: string) => html.replace(/\s+/g, ' ');

test('an admonition renders as docs-builder\'s view: a div with its class, a title and the content', async () => {
  const html = flat(await render(':::{note}\nSome **text**.\n:::\n\n:::{warning} Read this\nCareful.\n:::\n'));
  assert.match(html, /<div class="admonition note"> <div class="admonition-title"><span>Note<\/span><\/div> <div class="admonition-content"> <p>Some <strong>text<\/strong>.<\/p> <\/div> <\/div>/);
  assert.match(html, /<div class="admonition warning">.*<span>Warning Read this<\/span>.*<p>Careful.<\/p>/);
  assert.ok(!html.includes(':::'), html);
});

test('backtick directives and a plain admonition with its own title', async () => {
  const html = flat(await render('```{tip}\nA tip.\n```\n\n:::{admonition} My {{ech}} title\nBody.\n:::\n'));
  assert.match(html, /<div class="admonition tip">.*<span>Tip<\/span>.*<p>A tip.<\/p>/);
  assert.match(html, /<div class="admonition admonition plain">.*<span>My Elastic Cloud Hosted title<\/span>/);
});

test('substitutions resolve from docset.yml and front matter, with mutations; not in code spans; fences only with subs=true', async () => {
  const page = '---\nsub:\n  local: "Page Value"\n---\n\n# T\n\nUse {{ech}} on {{ version.x | M.M }} {{stack-version | M.M}} and {{ local | lc }}; `{{ech}}` stays, {{nope}} too.\n\n```sh subs=true\necho {{ech}}\n```\n\n```sh\necho {{ech}}\n```\n';
  const html = await render(page);
  assert.ok(html.includes('Use Elastic Cloud Hosted on'), html);
  assert.ok(html.includes(' 9.1 and page value;'), html);
  assert.ok(html.includes('<code>{{ech}}</code> stays, {{nope}} too.'), html);
  assert.ok(html.includes('echo Elastic Cloud Hosted\n'), html);
  assert.ok(html.includes('echo {{ech}}\n'), html);
  assert.ok(!html.includes('local: &quot;Page Value&quot;') && !html.includes('sub:'), 'front matter hidden');
});

test('% comments are hidden (also inside a paragraph); %% and %text are text', async () => {
  const html = await render('First line\n% hidden {{ech}} note\nsecond line\n\n%\n%%not a comment\n\n%text stays\n');
  assert.ok(!html.includes('hidden'), html);
  assert.match(html, /<p>First line<\/p>\s*<p>second line<\/p>/);
  assert.ok(html.includes('%%not a comment'), html);
  assert.ok(html.includes('%text stays'), html);
});

test('$$$anchors$$$ become empty anchors; heading ids are the server\'s slugs, custom ids taken and not shown', async () => {
  const raw = 'Use the [API](api.md) for $$$x$$$ Ünïcode';
  const html = await render(`$$$Field-Limits$$$\n\n## ${raw}\n\n## Custom title [my-id]\n\nText $$$inline-one$$$ here.\n`);
  assert.ok(html.includes('<a id="field-limits"></a>'), html);
  assert.ok(html.includes('<a id="inline-one"></a>'), html);
  assert.ok(html.includes(`<h2 id="${headingId(raw).id}">`), html);
  assert.equal(headingId(raw).id, 'use-the-apiapi.md-for-unicode');
  assert.match(html, /<h2 id="my-id">Custom title<\/h2>/);
});

test('tabs, dropdown and stepper have docs-builder\'s structure', async () => {
  const page = '::::{tab-set}\n:::{tab-item} One\nFirst.\n:::\n:::{tab-item} Two\nSecond.\n:::\n::::\n\n:::{dropdown} More {{ech}}\n:open:\nHidden body.\n:::\n\n::::{stepper}\n:::{step} Install it\nRun it.\n:::\n:::{step} Check\n:anchor: verify\nDone.\n:::\n::::\n';
  const html = flat(await render(page));
  assert.match(html, /<div class="tabs"> <input class="tabs-input" type="radio" id="tabs-item-0-0" name="tabs-set-0" checked><label class="tabs-label" for="tabs-item-0-0">One<\/label> <div class="tabs-content"> <p>First.<\/p> <\/div> <input class="tabs-input" type="radio" id="tabs-item-0-1" name="tabs-set-0"><label class="tabs-label" for="tabs-item-0-1">Two<\/label>/);
  assert.match(html, /<details class="dropdown" id="more-elastic-cloud-hosted" open> <summary class="dropdown-title"><span><span class="sd-summary-text">More Elastic Cloud Hosted<\/span><\/span><\/summary> <div class="dropdown-content"> <p>Hidden body.<\/p>/);
  assert.ok(!html.includes(':open:'), html);
  assert.match(html, /<div class="stepper"> <ol> <li class="step"> <h3 id="install-it"><a class="title" href="#install-it">Install it<\/a><\/h3> <p>Run it.<\/p> <\/li> <li class="step"> <h3 id="verify">/);
});

test('nested directives: more colons outside; an inner fence as long as the outer closes the outer (docs-builder)', async () => {
  const nested = flat(await render('::::{note}\nOuter.\n:::{tip}\nInner.\n:::\nAfter inner.\n::::\n'));
  assert.match(nested, /<div class="admonition note">.*<p>Outer.<\/p> <div class="admonition tip">.*<p>Inner.<\/p> <\/div> <\/div> <p>After inner.<\/p> <\/div> <\/div>/);
  // The last `:::` closes nothing: in a paragraph it is text, on its own it is dropped (as the server's model reads it).
  const same = flat(await render(':::{note}\nOuter.\n:::{tip}\nInner.\n:::\nAfter.\n:::\n\nNext.\n\n:::\n'));
  assert.match(same, /<div class="admonition note">.*<p>Outer.<\/p> <div class="admonition tip">.*<p>Inner.<\/p> <\/div> <\/div> <\/div> <\/div> <p>After. :::<\/p> <p>Next.<\/p> $/);
});

test('applies_to badges: front matter under the H1, inline roles, blocks and the :applies_to: option', async () => {
  const page = '---\napplies_to:\n  stack: ga 9.1\n  serverless: ga\n---\n\n# Title\n\nText {applies_to}`stack: preview 9.0` here.\n\n```{applies_to}\ndeployment:\n  ece: ga 3.0\n```\n\n:::{note}\n:applies_to: stack: beta 9.2\nBody.\n:::\n';
  const html = flat(await render(page));
  assert.match(html, /<h1 id="title">Title<\/h1> <div class="applies applies-block"><span class="applicable-info">Stack: GA since 9.1<\/span><span class="applicable-info">Serverless \(all project types\): GA<\/span><\/div>/);
  assert.match(html, /Text <span class="applies applies-inline"><span class="applicable-info">Stack: Preview since 9.0<\/span><\/span> here./);
  assert.match(html, /<div class="applies applies-block"><span class="applicable-info">Deployment: ECE GA since 3.0<\/span><\/div>/);
  assert.match(html, /<span>Note<\/span><span class="applies applies-inline"><span class="applicable-info">Stack: Beta since 9.2<\/span><\/span>/);
});

test('{include} renders the snippet in place with the page\'s substitutions, nested includes too; a missing one renders nothing', async () => {
  const page = '---\nsub:\n  who: "the page"\n---\n\n# Page\n\n:::{include} _snippets/a.md\n:::\n\n:::{include} _snippets/missing.md\n:::\n';
  const html = await render(page, {
    'docs/_snippets/a.md': 'Snippet for {{who}} and {{ech}}.\n\n:::{include} b.md\n:::\n',
    'docs/_snippets/b.md': ':::{tip}\nFrom b.\n:::\n',
  });
  assert.ok(html.includes('<p>Snippet for the page and Elastic Cloud Hosted.</p>'), html);
  assert.match(flat(html), /<div class="admonition tip">.*<p>From b.<\/p>/);
  assert.ok(!html.includes('missing'), html);
});

test('the plugin asks its source with the page URI and its include paths, and renders without data on a miss', () => {
  const calls: [string, readonly string[]][] = [];
  const md = elasticDocsPreview(new MarkdownIt(), { get: (u: string, inc: readonly string[]): PreviewContextResult | undefined => { calls.push([u, inc]); return undefined; } });
  const html = md.render(':::{include} _snippets/x.md\n:::\n\n:::{note}\n{{ech}}\n:::\n', { currentDocument: uri('docs/p.md') });
  assert.deepEqual(calls, [[uri('docs/p.md'), ['_snippets/x.md']]]);
  assert.ok(html.includes('<p>{{ech}}</p>'), html);
  assert.ok(html.includes('class="admonition note"'), html);
});

test('without currentDocument at parse time (VS Code parses with an empty env) the source names the page by its text', () => {
  const calls: string[] = [];
  const text = '# Page\r\n\r\nText.\r\n';
  const md = elasticDocsPreview(new MarkdownIt(), {
    get: (u: string) => { calls.push(u); return undefined; },
    documentFor: (src: string) => (src === text.replace(/\r\n/g, '\n') ? uri('docs/found.md') : undefined),
  });
  md.parse(text, {});
  assert.deepEqual(calls, [uri('docs/found.md')]);
});

test('Markdown outside every docset (a README) is left alone: plain markdown-it output', async () => {
  const files = { 'docs/docset.yml': DOCSET, 'README.md': '% kept\n\n:::{note}\nx\n:::\n' };
  const { ls } = service(files);
  const readme = uri('README.md');
  const data = await handlePreviewContext(ls, { uri: readme, includes: [] });
  assert.equal(data.outsideDocsets, true);
  const ours = elasticDocsPreview(new MarkdownIt({ html: true }), { get: () => data }).render(files['README.md'], { currentDocument: readme });
  assert.equal(ours, new MarkdownIt({ html: true }).render(files['README.md']));
  const inside = await handlePreviewContext(ls, { uri: uri('docs/page.md'), includes: [] });
  assert.equal(inside.outsideDocsets, undefined);
});
