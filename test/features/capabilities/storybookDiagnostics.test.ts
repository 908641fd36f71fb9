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
