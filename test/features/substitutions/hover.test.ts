import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getBuiltinSubstitution } from '../../../server/src/data/builtinSubstitutions';
import { r } from '../../helpers';
import { hoverText, setup } from './util';

const DOCSET_LINK = (line: number) => `Defined in [\`docset.yml\`](file:///ws/docs/docset.yml#L${line}), line ${line}.`;

async function hover(text: string, files: Record<string, string> = {}) {
  const s = setup(text, files);
  const h = await s.ls.hover(s.doc, s.pos);
  return { text: hoverText(h), range: h?.range ? r(h.range) : undefined };
}

test('hover: value after mutations with each step, docset origin; mixed case and spaces inside braces', async () => {
  const h = await hover('# T\n\nVersion {{ stack-VERSION ‸| M.M }} here\n');
  assert.equal(h.text, ['**stack-VERSION** → `9.1`', '`9.1.3 → M.M → 9.1`', DOCSET_LINK(5)].join('\n\n'));
  assert.equal(h.range, '2:8-2:33');
});

test('hover: chained mutations, M+1 gives a full version, trim trims the end only', async () => {
  assert.equal((await hover('# T\n\n{{stack-version | M+1 | M.M‸}}\n')).text?.split('\n\n')[0], '**M.M**: Major and minor version: `9.1.2` → `9.1`. A value that is not a version (also after appending `.0`, so `9.1` works) is left unchanged.');
  const chain = await hover('# T\n\n{{stack-version‸ | M+1 | M.M}}\n');
  assert.deepEqual(chain.text?.split('\n\n').slice(0, 2), ['**stack-version** → `10.0`', '`9.1.3 → M+1 → 10.0.0 → M.M → 10.0`']);
  const trim = await hover('---\nsub:\n  spaced: "  Hello world!  "\n---\n# T\n\n{{spaced‸ | trim}}\n');
  assert.deepEqual(trim.text?.split('\n\n').slice(0, 2), ['**spaced** → `  Hello world`', '`  Hello world!   → trim →   Hello world`']);
});

test('hover on a mutation: what it does, and what it does here', async () => {
  const h = await hover('# T\n\n{{stack-version | M+1 | M.‸M}}\n');
  assert.equal(h.text?.split('\n\n')[1], 'Here: `10.0.0` → `10.0`');
  assert.equal(h.range, '2:24-2:27');
  const unknown = await hover('# T\n\n{{es | bo‸gus}}\n');
  assert.match(unknown.text ?? '', /^\*\*bogus\*\* is not a docs-builder mutation: it is reported and skipped\. Mutations: `M`, `M\.x`/);
});

test('hover: unknown mutations are skipped with a note; 10 or more inline mutations apply none', async () => {
  const h = await hover('# T\n\n{{es‸ | bogus | lc}}\n');
  assert.deepEqual(h.text?.split('\n\n'), ['**es** → `elasticsearch`', '`Elasticsearch → lc → elasticsearch`', '`bogus` is not a mutation: docs-builder reports it and skips it.', DOCSET_LINK(6)]);
  const many = await hover(`# T\n\n{{es‸${' | lc'.repeat(10)}}}\n`);
  assert.deepEqual(many.text?.split('\n\n').slice(0, 2), ['**es** → `Elasticsearch`', '10 mutations: docs-builder applies none of them when there are 10 or more.']);
});

test('hover: front matter origin; a key in both docset and front matter keeps the docset value, with a note', async () => {
  const fm = await hover('---\nsub:\n  local: "Local value"\n---\n# T\n\n{{lo‸cal}}\n');
  assert.equal(fm.text, "**local** → `Local value`\n\nDefined in this page's front matter (`sub:`), line 3.");
  const both = await hover('---\nsub:\n  ECH: "Mine"\n---\n# T\n\n{{e‸ch}}\n');
  assert.equal(both.text, ['**ech** → `Elastic Cloud Hosted`', DOCSET_LINK(3), "This page's front matter also defines it (line 3): docs-builder keeps the global value and reports an error."].join('\n\n'));
});

test('hover: built-in keys (version.*, product.*, .id, context.page_title) and a key containing a dot', async () => {
  const stack = getBuiltinSubstitution('version.stack')?.value ?? '';
  const v = await hover('# T\n\n{{version.st‸ack | M}}\n');
  assert.equal(v.text, [`**version.stack** → \`${stack.split('.')[0]}\``, `\`${stack} → M → ${stack.split('.')[0]}\``, 'Built in: Current version of the `stack` versioning system (docs-builder config/versions.yml).'].join('\n\n'));
  assert.equal((await hover('# T\n\n{{.kib‸ana}}\n')).text, '**.kibana** → `Kibana`\n\nBuilt in: Display name of the product `kibana` (docs-builder config/products.yml).');
  assert.match((await hover('# My title\n\n{{context.page‸_title}}\n')).text ?? '', /^\*\*context\.page_title\*\* → `My title`\n\nBuilt in: the page's title/);
  assert.equal((await hover('# T\n\n{{my.dot‸ted}}\n')).text, `**my.dotted** → \`Dotted value\`\n\n${DOCSET_LINK(7)}`);
});

test('hover: undefined keys; the single-character exception', async () => {
  assert.equal((await hover('# T\n\n{{no‸pe}}\n')).text, '**nope** is not defined: docs-builder renders `{{nope}}` as written.');
  assert.equal((await hover('# T\n\n[tile](https://t/{{‸x}}/{{y}})\n')).text, undefined, '{{x}} undefined without mutations is not a substitution');
  assert.equal((await hover('---\nsub:\n  x: "Ex"\n---\n# T\n\n{{‸x}}\n')).text, "**x** → `Ex`\n\nDefined in this page's front matter (`sub:`), line 3.");
  assert.equal((await hover('# T\n\n{{‸x | lc}}\n')).text, '**x** is not defined: docs-builder renders `{{x}}` as written.');
});

test('hover in front matter values, link targets, directive arguments and subs=true code; not in plain code', async () => {
  const first = (t: string) => hover(t).then((h) => h.text?.split('\n\n')[0]);
  assert.equal(await first('---\nnavigation_title: "{{eclo‸ud}} standalone"\n---\n# T\n'), '**ecloud** → `Elastic Cloud`');
  assert.equal(await first('# T\n\n[docs](https://e.co/{{stack-version | M‸.M}}/x)\n'), '**M.M**: Major and minor version: `9.1.2` → `9.1`. A value that is not a version (also after appending `.0`, so `9.1` works) is left unchanged.');
  assert.equal(await first('# T\n\n[docs](https://e.co/{{stack‸-version | M.M}}/x)\n'), '**stack-version** → `9.1`');
  assert.equal(await first('# T\n\n:::{note} About {{e‸s}}\nBody\n:::\n'), '**es** → `Elasticsearch`');
  assert.equal(await first('# T\n\n```sh subs=true\ncurl {{e‸s}}\n```\n'), '**es** → `Elasticsearch`');
  assert.equal(await first('# T\n\n{subs}`run {{e‸s}}`\n'), '**es** → `Elasticsearch`');
  assert.equal(await first('# T\n\n```sh\ncurl {{e‸s}}\n```\n'), undefined);
  assert.equal(await first('# T\n\n`curl {{e‸s}}`\n'), undefined);
});
