import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { r, service, uri } from '../../helpers';

const DOCSET = 'project: t\nsubs:\n  es: Elasticsearch\n  kib: Kibana\n  note: "a sub named like a directive"\n  kbd: "a sub named like a role"\n';

async function run(body: string) {
  const text = `# T\n\n${body}`;
  const { ls } = service({ 'docs/docset.yml': DOCSET, 'docs/page.md': text });
  const doc = { uri: uri('docs/page.md'), version: 1, text };
  const ds = (await ls.diagnostics(doc)).filter((d) => d.code === 'sub.asciidoc-attribute');
  return { ls, doc, ds, shown: ds.map((d) => `${d.code} ${d.severity} ${r(d.range)} ${d.message}`) };
}

test('sub.asciidoc-attribute: `{es}` in prose, list items, link text and table cells, when `es` is a substitution', async () => {
  const { shown } = await run('Install {es} first.\n\n- Open {KIB}.\n\n[the {es} docs](https://www.elastic.co)\n\n| a |\n|---|\n| {kib} |\n');
  assert.deepEqual(shown, [
    'sub.asciidoc-attribute warning 2:8-2:12 `{es}` is AsciiDoc attribute syntax, which docs-builder renders literally: did you mean `{{es}}`?',
    'sub.asciidoc-attribute warning 4:7-4:12 `{KIB}` is AsciiDoc attribute syntax, which docs-builder renders literally: did you mean `{{KIB}}`?',
    'sub.asciidoc-attribute warning 6:5-6:9 `{es}` is AsciiDoc attribute syntax, which docs-builder renders literally: did you mean `{{es}}`?',
    'sub.asciidoc-attribute warning 10:2-10:7 `{kib}` is AsciiDoc attribute syntax, which docs-builder renders literally: did you mean `{{kib}}`?',
  ]);
});

test('silent: undefined names, code, roles, directives, double braces, URLs, front matter, comments, math, YAML bodies', async () => {
  const body = [
    'An {unknown} attribute, a JSON body `{es}` in code, {icon}`es` and {kbd}`cmd` roles.',
    '',
    ':::{note}',
    'Uses {{es}} and {{ kib }}, and prose naming the {note} directive or the {kbd} role.',
    ':::',
    '',
    '```json',
    '{es}',
    '```',
    '',
    '[link](https://example.com/{es}/x) and https://example.com/{kib}/y',
    '',
    '% a comment with {es}',
    '',
    '<!-- {es} -->',
    '',
    ':::{math}',
    'x_{es}',
    ':::',
    '',
    ':::{link-card}',
    'title: About {es}',
    ':::',
    '',
  ].join('\n');
  assert.deepEqual((await run(body)).shown, []);
  const fm = '---\ntitle: "{es}"\n---\n\n# T\n';
  const { ls } = service({ 'docs/docset.yml': DOCSET, 'docs/fm.md': fm });
  assert.deepEqual((await ls.diagnostics({ uri: uri('docs/fm.md'), version: 1, text: fm })).filter((d) => d.code === 'sub.asciidoc-attribute'), []);
});

test('quick fix: `{es}` becomes `{{es}}`', async () => {
  const { ls, doc, ds } = await run('Install {es} first.\n');
  const actions = await ls.codeActions(doc, ds[0].range, ds);
  const fix = actions.find((a) => a.title === 'Replace with `{{es}}`');
  assert.ok(fix);
  assert.equal(fix.isPreferred, true);
  assert.deepEqual((fix.edit?.changes?.[doc.uri] as TextEdit[]).map((e) => `${r(e.range)} ${e.newText}`), ['2:8-2:12 {{es}}']);
});

test('the `{name}` reader finds what the ATTRIBUTE pattern finds, from brace to brace (property)', async () => {
  const fc = (await import('fast-check')).default;
  const { ATTRIBUTE, attributeAt } = await import('../../../server/src/features/substitutions/asciidocAttributes');
  const piece = fc.constantFrom('{', '}', '{{', '}}', 'a', 'Z', '9', '_', '-', ' ', '\n', 'é', '{es}', '{-x}', '{_}', '{a-}');
  fc.assert(fc.property(fc.array(piece, { maxLength: 16 }).map((p) => p.join('')), (s) => {
    const found: string[] = [];
    for (let i = s.indexOf('{'); i >= 0;) {
      const e = attributeAt(s, i, s.length);
      if (e > 0) found.push(`${i}:${s.slice(i, e)}`);
      i = s.indexOf('{', e > 0 ? e : i + 1);
    }
    assert.deepEqual(found, [...s.matchAll(ATTRIBUTE)].map((m) => `${m.index}:${m[0]}`), JSON.stringify(s));
  }), { numRuns: 5000 });
});
