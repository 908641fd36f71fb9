import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, show } from './helpers';

const run = async (yaml: string) => show(await diagnostics(`# T\n\n\`\`\`yaml {contributors}\n${yaml}\`\`\`\n`), 'contributors.');

test('contributors.name-missing and contributors.empty (ContributorsBlock)', async () => {
  assert.deepEqual(await run('- gh: theletterf\n  title: Engineer\n'), [
    'contributors.empty warning 2:0-2:22 Contributors directive has no contributor entries.',
    "contributors.name-missing error 3:2-5:0 Contributor entry is missing a required 'name' property.",
  ]);
  assert.deepEqual(await run(''), ['contributors.empty warning 2:0-2:22 Contributors directive has no contributor entries.']);
});

test('contributors.parse: YAML that is not a list of entries', async () => {
  assert.deepEqual(await run('name: Costin Leau\n'), ['contributors.parse error 3:0-4:0 Unable to parse contributors directive: the block must be a list of contributor entries']);
  assert.deepEqual(await run('- name: [unclosed\n'), [
    'contributors.parse error 3:17-4:0 Unable to parse contributors directive: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ]);
});

test('silent: the documented example', async () => {
  assert.deepEqual(await run('- gh: theletterf\n  name: Fabrizio Ferri-Benedetti\n  title: Senior Software Engineer\n  location: Barcelona, Spain\n  image: ./assets/override.png\n\n- name: Costin Leau\n  title: Principal Engineer\n'), []);
});
