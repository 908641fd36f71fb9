import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverRange, hoverText } from './helpers';

test('hover on front-matter applies_to: the page applicability as a list', async () => {
  const text = '---\napplies_to:\n  deployment: all\n  serverless: ga\n---\n# T\n';
  assert.equal(await hoverText(text.replace('serverless', 'server‸less')), '**Page applies to**\n\n- Deployment (all types): GA\n- Serverless (all project types): GA');
  assert.equal(await hoverRange(text.replace('applies_to', 'appl‸ies_to')), '1:0-3:16');
  assert.doesNotMatch((await hoverText(text.replace('# T', '# ‸T'))) ?? '', /applies to/i);
});

test('hover on roles, {preview}, blocks, options and {applies-item}', async () => {
  const text = [
    '# T', '',
    'A {applies_to}`stack: preview 9.0, ga 9.1` b {preview}`9.2`.', '',
    '```{applies_to}', 'deployment:', '  ece: ga 4.0', '  ech: ga', '```', '',
    ':::{note}', ':applies_to: serverless: beta', 'x', ':::', '',
    '::::{applies-switch}', ':::{applies-item} stack: ga 9.1', 'y', ':::', '::::', '',
  ].join('\n');
  assert.equal(await hoverText(text.replace('preview 9.0', 'prev‸iew 9.0')), '**Applies to**\n\n- Stack: GA since 9.1, Preview in 9.0 only');
  assert.equal(await hoverText(text.replace('{preview}', '{pre‸view}')), '**Preview**\n\n- Product: Preview since 9.2');
  assert.equal(await hoverText(text.replace('ece: ga', 'e‸ce: ga')), '**Section applies to**\n\n- Deployment: ECE GA since 4.0, ECH GA');
  assert.equal(await hoverText(text.replace('serverless: beta', 'serverless: be‸ta')), '**Applies to**\n\n- Serverless (all project types): Beta');
  assert.equal(await hoverText(text.replace('stack: ga 9.1\ny', 'stack: ga 9.‸1\ny')), '**Tab applies to**\n\n- Stack: GA since 9.1');
});

test('hover on a definition docs-builder cannot read says so', async () => {
  assert.equal(await hoverText('# T\n\n{applies_to}`stack: [‸`\n'), '**Applies to**\n\nNothing: docs-builder cannot read this definition, so no badge is shown.');
});
