import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r, service, uri } from '../../helpers';

const DOCSET = 'project: t\nsubs:\n  some-url-with-a-version: https://github.com/elastic/fake-repo/tree/v1.17.0\n  some-url-path-prefix: /something\n  version: 9.1.0\n';

async function diags(body: string, codes = ['link.', 'sub.']): Promise<{ ls: Awaited<ReturnType<typeof service>>['ls']; shown: string[]; text: string }> {
  const text = `# T\n\n${body}`;
  const { ls } = service({ 'docs/docset.yml': DOCSET, 'docs/page.md': text });
  await ls.index.build();
  const ds = await ls.diagnostics({ uri: uri('docs/page.md'), version: 1, text });
  return { ls, text, shown: ds.filter((d) => codes.some((c) => d.code.startsWith(c))).map((d) => `${d.code} ${d.severity} ${r(d.range)} ${d.message}`) };
}

test('InternalLinksWithInterpolationWarning: link.template-not-external, the only diagnostic', async () => {
  assert.deepEqual((await diags('[link to app]({{some-url-path-prefix}}/hello-world)\n')).shown, [
    "link.template-not-external error 2:14-2:50 Link is resolved to '/something/hello-world'. Only external links are allowed to be resolved from template expressions.",
  ]);
});

test('unresolved template expressions (InlineLinkTests): link.template-unresolved replaces sub.undefined in a URL', async () => {
  assert.deepEqual((await diags('[x](https://www.elastic.co/guide/en/kibana/{{this-variable-does-not-exist}}/introduction.html#kibana-navigation-search)\n')).shown, [
    "link.template-unresolved error 2:4-2:118 The url contains unresolved template expressions: 'https://www.elastic.co/guide/en/kibana/{{this-variable-does-not-exist}}/introduction.html#kibana-navigation-search'. Please check if there is an appropriate global or frontmatter subs variable.",
  ]);
  // Mutations apply before the check; an image URL is checked the same way.
  assert.deepEqual((await diags('![i]({{Version | M.M}}/x.png)\n')).shown, [
    "link.template-not-external error 2:5-2:28 Link is resolved to '9.1/x.png'. Only external links are allowed to be resolved from template expressions.",
  ]);
});

test('silent: ExternalLinksWithInterpolationSuccess, links in `%` comments, templates outside URLs', async () => {
  assert.deepEqual((await diags('[link to app]({{some-url-with-a-version}})\n\n% [x]({{some-url-path-prefix}}/a)\n\n{{version}} and [text {{version}}](https://example.com)\n')).shown, []);
});

test('the undefined key in a URL keeps its quick fixes (did you mean, define in front matter)', async () => {
  const { ls, text } = await diags('[x](https://example.com/{{versoin}})\n');
  const doc = { uri: uri('docs/page.md'), version: 1, text };
  const d = (await ls.diagnostics(doc)).find((x) => x.code === 'link.template-unresolved')!;
  const titles = (await ls.codeActions(doc, d.range, [d])).map((a) => `${a.title} ${a.edit?.changes ? r(Object.values(a.edit.changes)[0][0].range) : ''}`);
  assert.deepEqual(titles.filter((t) => t.startsWith('Did you mean') || t.startsWith('Define')), ['Did you mean `{{version}}`? 2:26-2:33', 'Define `versoin` in front matter 0:0-0:0']);
});
