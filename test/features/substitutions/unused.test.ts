import { test } from 'node:test';
import assert from 'node:assert/strict';
import { r, service } from '../../helpers';
import { DOCSET, DOCSET_URI } from './util';

async function unused(files: Record<string, string>, docset = DOCSET) {
  const { ls } = service({ 'docs/docset.yml': docset, ...files });
  await ls.index.build();
  const ds = await ls.docsetDiagnostics(DOCSET_URI);
  return ds.filter((d) => d.code === 'sub.unused').map((d) => `${d.severity} ${r(d.range)} ${d.message}`);
}

test('sub.unused: a Hint on each docset key no page uses, worded as docs-builder; keys are case-insensitive', async () => {
  assert.deepEqual(await unused({
    'docs/a.md': '# A\n\n{{ECH}} {{stack-version | M.M}}\n',
    'docs/b.md': '---\nnavigation_title: "{{ecloud}}"\n---\n# B\n\n[x](https://e.co/{{es}})\n',
    'docs/_snippets/c.md': '```sh subs=true\n{{my.dotted}}\n```\n',
    'docs/d.md': '# D\n\n`{{hello}}`\n\n<!--\n{{hello}}\n-->\n\n```\n{{hello}}\n```\n',
  }), [
    "hint 7:2-7:7 Substitution key 'hello' is not used in any file",
    "hint 8:2-8:7 Substitution key 'agent' is not used in any file",
  ]);
});

test('sub.unused: injected namespaces are skipped; nothing when every key is used', async () => {
  const docset = 'subs:\n  version.mine: "1.0"\n  product.mine: "P"\n  .mine: "P"\n  context.mine: "C"\n  used: "U"\n';
  assert.deepEqual(await unused({ 'docs/a.md': '{{used}}\n' }, docset), []);
});

test('sub.unused: 20 or more unused keys fold into one Hint listing them in docset order', async () => {
  const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
  const docset = `subs:\n${keys.map((k) => `  ${k}: "v"`).join('\n')}\n  used: "U"\n`;
  assert.deepEqual(await unused({ 'docs/a.md': '{{used}}\n' }, docset), [`hint 1:2-1:4 The following keys: '${keys.join(', ')}' are not used in any file`]);
  const nineteen = await unused({ 'docs/a.md': '{{used}} {{k19}}\n' }, docset);
  assert.equal(nineteen.length, 19);
});

test('sub.unused: pages outside the docset folder do not count', async () => {
  const ds = await unused({ 'elsewhere/a.md': '{{ech}}\n', 'docs/a.md': '{{ecloud}} {{stack-version}} {{es}} {{my.dotted}} {{hello}} {{agent}}\n' });
  assert.deepEqual(ds, ["hint 2:2-2:5 Substitution key 'ech' is not used in any file"]);
});
