import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, show } from './helpers';
import { codeArgumentsParse } from '../../../server/src/features/capabilities/codeFences/diagnostics';

test('code.unknown-language and code.arguments on the opening line', async () => {
  const text = '# T\n\n```bahs\nx\n```\n\n```console subs=true\nGET /\n```\n\n```json title="x"\n{}\n```\n\n```{code} python callouts=nope\nx\n```\n\n~~~klingon\nx\n~~~\n';
  assert.deepEqual(show(await diagnostics(text), 'code.'), [
    'code.unknown-language warning 2:3-2:7 Unknown language: bahs',
    'code.arguments error 10:8-10:17 Unable to parse code block arguments: title="x". Valid arguments are callouts, subs.',
    'code.arguments error 14:17-14:30 Unable to parse code block arguments: callouts=nope. Valid arguments are callouts, subs.',
  ]);
});

test('no code diagnostics for known languages, aliases, no language, applies_to and contributors blocks', async () => {
  const text = '# T\n\n```\nx\n```\n\n```terminal\nx\n```\n\n```yaml {applies_to}\nstack: ga\n```\n\n```{code} python\nx\n```\n\n```bash subs=true,callouts=false\nx\n```\n';
  assert.deepEqual(show(await diagnostics(text), 'code.'), []);
});

test('code block arguments as CodeBlockArguments.TryParse reads them', () => {
  for (const ok of ['', 'subs', 'subs=true', 'Subs=True, callouts=false', ' callouts ']) assert.ok(codeArgumentsParse(ok), ok);
  for (const bad of ['subs=yes', 'subs,', 'sub=true', 'subs=true=false', 'lang=x']) assert.ok(!codeArgumentsParse(bad), bad);
});
