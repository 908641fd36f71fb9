import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, DOCSET, show } from './helpers';

const withRegistry = `${DOCSET}storybook:\n  registry: \${KIBANA_STORYBOOK_REGISTRY:-https://example.com/docs_registry.json}\n`;
const run = async (block: string, docset = withRegistry) => {
  const ds = await diagnostics(`# T\n\n${block}`, { 'docs/docset.yml': docset });
  return [...show(ds, 'storybook.'), ...show(ds, 'directive.option-missing')];
};

test('directive.option-missing: without :id:, the first of :project:, :storybook:, :story: missing', async () => {
  assert.deepEqual(await run(':::{storybook}\n:::\n'), ['directive.option-missing error 2:0-2:14 storybook directive requires :id: or :project:.']);
  assert.deepEqual(await run(':::{storybook}\n:project: kibana\n:story: default\n:::\n'), ['directive.option-missing error 2:0-2:14 storybook directive requires :id: or :storybook:.']);
  assert.deepEqual(await run(':::{storybook}\n:project: kibana\n:storybook: shared_ux\n:::\n'), ['directive.option-missing error 2:0-2:14 storybook directive requires :id: or :story:.']);
});

test('storybook.registry-missing: a docset without storybook.registry', async () => {
  assert.deepEqual(await run(':::{storybook}\n:id: kibana:shared_ux:ai-components-aibutton--default\n:::\n', DOCSET), [
    'storybook.registry-missing error 2:0-2:14 storybook directive requires docset.yml storybook.registry.',
  ]);
});

test('silent: an :id:, or project/storybook/story, with a registry configured', async () => {
  assert.deepEqual(await run(':::{storybook}\n:id: kibana:shared_ux:ai-components-aibutton--default\n:height: 300\n:::\n'), []);
  assert.deepEqual(await run(':::{storybook}\n:project: kibana\n:storybook: shared_ux\n:component: ai-components-aibutton\n:story: default\n:::\n'), []);
});

const height = async (block: string, docset = withRegistry) => show(await diagnostics(`# T\n\n${block}`, { 'docs/docset.yml': docset }), 'directive.option-value');
const ID = ':id: kibana:shared_ux:ai-components-aibutton--default';

test('directive.option-value: a :height: that is no positive integer, on its value', async () => {
  assert.deepEqual(await height(`:::{storybook}\n${ID}\n:height: tall\n:::\n`), [
    "directive.option-value warning 4:9-4:13 storybook directive :height: must be a positive integer. Got 'tall', using default 400px.",
  ]);
  assert.deepEqual(await height(`:::{storybook}\n${ID}\n:height: 0\n:::\n\n:::{storybook}\n${ID}\n:height: 300px\n:::\n\n:::{storybook}\n${ID}\n:height: 3000000000\n:::\n`), [
    "directive.option-value warning 4:9-4:10 storybook directive :height: must be a positive integer. Got '0', using default 400px.",
    "directive.option-value warning 9:9-9:14 storybook directive :height: must be a positive integer. Got '300px', using default 400px.",
    "directive.option-value warning 14:9-14:19 storybook directive :height: must be a positive integer. Got '3000000000', using default 400px.",
  ]);
});

test(':height: silent: a positive integer (with a sign, as .NET reads it), an empty value, or a story docs-builder stops at before the height', async () => {
  assert.deepEqual(await height(`:::{storybook}\n${ID}\n:height: +600\n:::\n\n:::{storybook}\n${ID}\n:height:\n:::\n`), []);
  // Without a complete reference or a registry docs-builder stops with an error first.
  assert.deepEqual(await height(':::{storybook}\n:project: kibana\n:height: tall\n:::\n'), []);
  assert.deepEqual(await height(`:::{storybook}\n${ID}\n:height: tall\n:::\n`, DOCSET), []);
});

