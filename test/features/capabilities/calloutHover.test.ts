import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverRange, hoverText } from './helpers';

const page = (marker: string) => `# T\n\n\`\`\`yaml\nreceivers: ${marker}\n  otlp: {}\nexporters: <2>\n\`\`\`\n\n1. The receivers, like the OTLP receiver,\n   that forward data.\n2. The exporters.\n`;

test('hover on a callout marker shows its list item', async () => {
  assert.equal(await hoverText(page('<‸1>')), '**Callout 1**: The receivers, like the OTLP receiver, that forward data.');
  assert.equal(await hoverRange(page('<1‸>')), '3:11-3:14');
  assert.equal(await hoverText(page('<1>').replace('exporters: <2>', 'exporters: <‸2>')), '**Callout 2**: The exporters.');
});

test('hover says when the list is missing or too short', async () => {
  assert.equal(await hoverText('# T\n\n```sh\nrun <‸1>\n```\n\nSome text.\n'), '**Callout 1**: no list follows this code block.');
  assert.equal(await hoverText('# T\n\n```sh\nrun <1>\nstop <‸2>\n```\n\n1. run\n'), '**Callout 2**: the list after this code block has only 1 item(s).');
});

test('no callout hover elsewhere in the code, or on magic comments', async () => {
  assert.equal(await hoverText(page('<1>').replace('otlp', 'ot‸lp')), undefined);
  assert.equal(await hoverText('# T\n\n```js\nx = 1; // a com‸ment\n```\n'), undefined);
});

test('hover in a list item or a block quote reads the list of that container', async () => {
  const item = '# T\n\n1. Run:\n\n   ```sh\n   run <‸1>\n   ```\n\n   - Runs it,\n     quietly.\n\n2. Next step\n';
  assert.equal(await hoverText(item), '**Callout 1**: Runs it, quietly.');
  assert.equal(await hoverText('# T\n\n> ```sh\n> run <‸1>\n> ```\n> 1. Runs it,\n>    quietly.\n'), '**Callout 1**: Runs it, quietly.');
  assert.equal(await hoverText('# T\n\n:::{note}\n```sh\nrun <‸1>\n```\n:::\n\n1. outside\n'), '**Callout 1**: no list follows this code block.');
});
