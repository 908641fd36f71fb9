import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EUI_ICON_NAMES, KBD_NAMED_KEYS, ROLES, getRole, isKnownIcon, resolveKbdKey } from '../../server/src/data/roles';

test('the six inline roles, matched exactly', () => {
  assert.deepEqual(ROLES.map((r) => r.name), ['applies_to', 'preview', 'icon', 'kbd', 'math', 'subs']);
  assert.deepEqual(getRole('icon')?.diagnostics, ['Unknown icon: <name>']);
  assert.deepEqual(getRole('kbd')?.diagnostics, ['Failed to parse keyboard shortcut: "<content>"']);
  assert.equal(getRole('Icon'), undefined);
  assert.equal(getRole('subs=true'), undefined);
});

test('icon names are exact and case-sensitive', () => {
  assert.equal(EUI_ICON_NAMES.length, 582);
  assert.equal(new Set(EUI_ICON_NAMES).size, EUI_ICON_NAMES.length);
  for (const name of ['check', 'gear', 'sparkles', 'logo_elasticsearch', 'checkCircle', 'indexTemporary', 'wrench']) {
    assert.equal(isKnownIcon(name), true, name);
  }
  for (const name of ['Check', 'check-circle', 'icon-name', '', 'logoElasticsearch']) {
    assert.equal(isKnownIcon(name), false, name);
  }
});

test('kbd named keys in enum order, with display and member names', () => {
  assert.equal(KBD_NAMED_KEYS.length, 36);
  assert.deepEqual(KBD_NAMED_KEYS.slice(0, 6).map((k) => k.name), ['shift', 'ctrl', 'alt', 'option', 'cmd', 'win']);
  assert.equal(KBD_NAMED_KEYS[23]?.name, 'f3');
  assert.deepEqual(resolveKbdKey(' Cmd '), { kind: 'named', key: { name: 'cmd', member: 'Command', display: 'Cmd', symbol: '⌘' } });
  assert.equal(resolveKbdKey('command')?.kind, 'named');
  assert.equal(resolveKbdKey('ESCAPE')?.kind, 'named');
  assert.deepEqual(resolveKbdKey('del'), { kind: 'named', key: { name: 'del', member: 'Delete', display: 'Del' } });
  assert.deepEqual(resolveKbdKey('C'), { kind: 'character', char: 'c' });
  assert.equal(resolveKbdKey('control'), undefined);
  assert.equal(resolveKbdKey('f13'), undefined);
});

test('kbd digits are read as enum numbers, as docs-builder does', () => {
  const one = resolveKbdKey('1');
  assert.equal(one?.kind, 'number');
  assert.equal(one?.kind === 'number' ? one.key?.name : 'x', 'ctrl');
  const big = resolveKbdKey('99');
  assert.deepEqual(big, { kind: 'number', key: undefined });
});
