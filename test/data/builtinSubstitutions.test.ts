import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BUILTIN_SUBSTITUTIONS,
  RESERVED_SUBSTITUTION_PREFIXES,
  getBuiltinSubstitution,
  isReservedSubstitutionKey,
  normalizeConfigVersion,
} from '../../server/src/data/builtinSubstitutions';
import { VERSIONING_SYSTEMS } from '../../server/src/data/versionsYml';
import { PUBLIC_REFERENCE_PRODUCTS } from '../../server/src/data/productsYml';

test('version keys carry current and base, padded to full versions', () => {
  assert.deepEqual(getBuiltinSubstitution('version.stack'), {
    key: 'version.stack',
    value: '9.4.3',
    origin: 'versions.yml',
    description: 'Current version of the `stack` versioning system (docs-builder config/versions.yml).',
  });
  assert.equal(getBuiltinSubstitution('version.stack.base')?.value, '9.0.0');
  assert.equal(getBuiltinSubstitution('version.ech')?.value, '99999.0.0');
  assert.equal(getBuiltinSubstitution('version.edot-cf-azure.base')?.value, '0.7.1');
  assert.equal(getBuiltinSubstitution('version.cloud-terraform.base')?.value, '0.11.0');
  assert.equal(getBuiltinSubstitution('version.elasticsearch-client-rust')?.value, '9.1.0-alpha.1');
});

test('hyphenated ids also get underscore keys; lookups are case-insensitive', () => {
  assert.equal(getBuiltinSubstitution('version.edot-php')?.value, '1.7.0');
  assert.equal(getBuiltinSubstitution('version.edot_php')?.value, '1.7.0');
  assert.equal(getBuiltinSubstitution('version.edot_php.base')?.value, '1.0.0');
  assert.equal(getBuiltinSubstitution('VERSION.Stack')?.value, '9.4.3');
  assert.equal(getBuiltinSubstitution('version.edot_php')?.key, 'version.edot_php');
  assert.equal(getBuiltinSubstitution('version.nope'), undefined);
  assert.equal(getBuiltinSubstitution('version.stack.current'), undefined);
});

test('product keys: product.<id>, .<id> and the underscore forms map to the display name', () => {
  for (const key of ['product.kibana', '.kibana', 'PRODUCT.Kibana']) {
    assert.equal(getBuiltinSubstitution(key)?.value, 'Kibana', key);
  }
  assert.equal(getBuiltinSubstitution('product.apm-agent-dotnet')?.value, 'APM .NET Agent');
  assert.equal(getBuiltinSubstitution('.apm_agent_dotnet')?.value, 'APM .NET Agent');
  assert.equal(getBuiltinSubstitution('product.edot-collector')?.origin, 'products.yml');
  assert.equal(getBuiltinSubstitution('product.docs-builder'), undefined);
  assert.equal(getBuiltinSubstitution('kibana'), undefined);
});

test('the map holds exactly the keys docs-builder generates', () => {
  const hyphenated = (ids: readonly string[]): number => ids.filter((id) => id.includes('-')).length;
  const systems = VERSIONING_SYSTEMS.map((s) => s.id);
  const products = PUBLIC_REFERENCE_PRODUCTS.map((p) => p.id);
  const expected = 2 * (systems.length + hyphenated(systems)) + 2 * (products.length + hyphenated(products));
  assert.equal(BUILTIN_SUBSTITUTIONS.size, expected);
  for (const [lower, sub] of BUILTIN_SUBSTITUTIONS) assert.equal(lower, sub.key.toLowerCase());
});

test('reserved namespaces', () => {
  assert.deepEqual(RESERVED_SUBSTITUTION_PREFIXES, ['version.', 'product.', '.', 'context.']);
  for (const key of ['version.stack', 'Version.anything', 'product.x', '.kibana', 'context.page_title']) {
    assert.equal(isReservedSubstitutionKey(key), true, key);
  }
  for (const key of ['stack', 'versions.stack', 'my.product', 'contexts', 'ech']) {
    assert.equal(isReservedSubstitutionKey(key), false, key);
  }
});

test('normalizeConfigVersion pads like docs-builder ToSemVersion', () => {
  assert.equal(normalizeConfigVersion('9'), '9.0.0');
  assert.equal(normalizeConfigVersion('9.0'), '9.0.0');
  assert.equal(normalizeConfigVersion('9.0.4'), '9.0.4');
  assert.equal(normalizeConfigVersion('not a version'), 'not a version');
});

test('every versions.yml entry is a valid docs-builder version', () => {
  for (const s of VERSIONING_SYSTEMS) {
    for (const raw of [s.base, s.current]) {
      assert.notEqual(normalizeConfigVersion(raw), raw.split('.').length < 3 ? raw : '', `${s.id}: ${raw}`);
      assert.match(normalizeConfigVersion(raw), /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, `${s.id}: ${raw}`);
    }
  }
});
