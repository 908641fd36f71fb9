import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverRange, hoverText } from './helpers';

test('hover on a directive name: summary, argument, options with values, where it goes', async () => {
  const text = '# T\n\n::::{tab-set}\n:::{tab-item} A\n:sync: a\nx\n:::\n::::\n\n:::{button}\n:type: primary\n[x](y)\n:::\n';
  assert.equal(await hoverText(text.replace('{tab-item}', '{tab-it‸em}')), [
    '**{tab-item}**: One tab of a `{tab-set}`.',
    'Argument (required): The tab title. Substitutions apply.',
    'Options:\n- `:sync:`: Key that selects matching tabs in other tab sets of the same group.\n- `:selected:` *(flag)*: Selects this tab initially.',
    'Goes inside `{tab-set}`.',
  ].join('\n\n'));
  assert.equal(await hoverRange(text.replace('{tab-item}', '{tab-it‸em}')), '3:4-3:12');
  assert.match((await hoverText(text.replace('{tab-set}', '{tab-‸set}')))!, /Holds `\{tab-item\}` blocks; give it more colons than them\./);
  assert.equal(await hoverText(text.replace(':type:', ':ty‸pe:')),
    '**{button}** option\n\n- `:type:` (also `:variant:`): Button style (default `primary`; other values give a warning). Values: `primary`, `secondary`, `neutral`.');
});

test('hover on unsupported, unknown and literal directives', async () => {
  assert.match((await hoverText('# T\n\n:::{side‸bar}\n:::\n'))!, /^\*\*\{sidebar\}\*\*: a MyST directive docs-builder does not support \(see https:\/\/github\.com\/elastic\/docs-builder\/issues\/4\)/);
  assert.equal(await hoverText('# T\n\n:::{fo‸o}\n:::\n'), undefined);
  assert.match((await hoverText('# T\n\n```{appli‸es_to}\nstack: ga\n```\n'))!, /^\*\*\{applies_to\}\*\*: Section applicability badges/);
});
