import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverRange, hoverText } from './helpers';

const CAPS = [
  '# Security',
  '',
  '#### Communication security',
  '',
  '| **Security Feature** | Serverless | ECE |',
  '|---|---|---|',
  '| **TLS (HTTP Layer)** | ✓ Managed | ✓ Configurable |',
  '| **TLS (Transport Layer)** | ✓ Managed | ✗ N/A |',
  '',
].join('\n');

const at = (needle: string, text = CAPS): string => text.replace(needle, needle.slice(0, 2) + '‸' + needle.slice(2));

test('capability table: a body cell shows row header · column header: value, under its section heading', async () => {
  assert.equal(await hoverText(at('✓ Configurable')), '_Communication security_\n\n**TLS (HTTP Layer)** · **ECE**: ✓ Configurable');
  assert.equal(await hoverRange(at('✓ Configurable')), '6:37-6:51');
  // The blanks between the pipes belong to the cell too.
  assert.equal(await hoverText(CAPS.replace('| ✗ N/A', '| ‸ ✗ N/A')), '_Communication security_\n\n**TLS (Transport Layer)** · **ECE**: ✗ N/A');
});

test('capability table: a row header shows its row as a two-column table', async () => {
  assert.equal(await hoverText(at('TLS (HTTP')), [
    '_Communication security_', '',
    '| **TLS (HTTP Layer)** | |', '|---|---|', '| Serverless | ✓ Managed |', '| ECE | ✓ Configurable |',
  ].join('\n'));
});

test('capability table: a column header shows its column, feature → value', async () => {
  assert.equal(await hoverText(at('ECE |')), [
    '_Communication security_', '',
    '| **ECE** | |', '|---|---|', '| **TLS (HTTP Layer)** | ✓ Configurable |', '| **TLS (Transport Layer)** | ✗ N/A |',
  ].join('\n'));
});

test('a plain table: body cells name their row and column; header cells have no hover; no heading, no section line', async () => {
  const plain = '| Setting | Description |\n|---|---|\n| `timeout` | Waits **30s** |\n';
  assert.equal(await hoverText(plain.replace('Waits', 'Wa‸its')), '**`timeout`** · **Description**: Waits **30s**');
  assert.equal(await hoverText(plain.replace('`timeout`', '`time‸out`')), '**Setting**: `timeout`');
  assert.equal(await hoverText(plain.replace('Description', 'Desc‸ription')), undefined);
  assert.equal(await hoverText('Not | a table\n'.replace('Not', 'N‸ot')), undefined);
});

test('escaped pipes and pipes in inline code stay in their cell, and are escaped in previews', async () => {
  const text = '## S\n\n| Feature | Cloud |\n|---|---|\n| `a|b` and c \\| d | ✓ yes |\n| plain | ✗ no |\n';
  assert.equal(await hoverText(text.replace('✓ yes', '✓‸ yes')), '_S_\n\n**`a|b` and c \\| d** · **Cloud**: ✓ yes');
  assert.equal(await hoverText(text.replace('and c', 'a‸nd c')), '_S_\n\n| **`a\\|b` and c \\| d** | |\n|---|---|\n| Cloud | ✓ yes |');
  assert.equal(await hoverText(text.replace('Cloud |', 'Cl‸oud |')), '_S_\n\n| **Cloud** | |\n|---|---|\n| `a\\|b` and c \\| d | ✓ yes |\n| plain | ✗ no |');
});

test('markers: &check; and {icon}`check` make a capability table; substitutions and icons render in the hover', async () => {
  const text = '| Feature | {{ech}} | ECE |\n|---|---|---|\n| Snapshots | {icon}`check` {{ech|lc}} | &check; |\n';
  assert.equal(await hoverText(text.replace('Snapshots', 'Snap‸shots')), '| **Snapshots** | |\n|---|---|\n| Elastic Cloud Hosted | ✓ elastic cloud hosted |\n| ECE | &check; |');
  assert.equal(await hoverText(text.replace('&check;', '&che‸ck;')), '**Snapshots** · **ECE**: &check;');
});

test('links and substitutions holding a pipe do not split cells (Markdig precedence)', async () => {
  const text = '| Name | Value |\n|---|---|\n| [a | b](https://x.y) | {{ech | lc}} |\n';
  assert.equal(await hoverText(text.replace('{{ech', '{‸{ech')).then((t) => t?.split('\n\n---\n\n').find((p) => p.startsWith('**['))),
    '**[a | b](https://x.y)** · **Value**: elastic cloud hosted');
});

test('a row with more cells than the header: the extra cell is named by position', async () => {
  assert.equal(await hoverText('| A | B |\n|---|---|\n| a | b | extra |\n'.replace('extra', 'ex‸tra')), '**a** · **(column 3)**: extra');
});
