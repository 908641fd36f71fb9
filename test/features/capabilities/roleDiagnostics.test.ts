import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, show } from './helpers';
import { kbdParses } from '../../../server/src/features/capabilities/roles/diagnostics';

test('role.unknown-icon (exact case) and role.kbd with docs-builder wording', async () => {
  const ds = await diagnostics('# T\n\n{icon}`check` {icon}`Check` {icon}`nope` {kbd}`ctrl+c` {kbd}`ctrl+banana` {kbd}`a|b|c`\n');
  assert.deepEqual(show(ds, 'role.'), [
    'role.unknown-icon error 2:21-2:26 Unknown icon: Check',
    'role.unknown-icon error 2:35-2:39 Unknown icon: nope',
    'role.kbd error 2:61-2:72 Failed to parse keyboard shortcut: "ctrl+banana"',
    'role.kbd error 2:80-2:85 Failed to parse keyboard shortcut: "a|b|c"',
  ]);
});

test('kbd shortcuts as KeyboardShortcut.Parse reads them', () => {
  for (const ok of ['', 'ctrl+c', 'Ctrl + Shift + Enter', 'ctrl|cmd + c', 'command+k', 'f12', 'plus', 'ctrl++c', '1', 'shift+|']) assert.ok(kbdParses(ok), ok);
  for (const bad of ['ctrl+banana', 'a|b|c', 'ctrl+ +c', 'c|', 'ctrl+ab']) assert.ok(!kbdParses(bad), bad);
});
