import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, show } from './helpers';

const hub = async (text: string) => [...show(await diagnostics(`# T\n\n${text}`), 'hub.'), ...show(await diagnostics(`# T\n\n${text}`), 'directive.option-value')];

test('hub.yaml-body: {link-card} and {get-started} need a YAML body; {whats-new} a body or :product:', async () => {
  assert.deepEqual(await hub(':::{link-card}\n:::\n'), ['hub.yaml-body error 2:0-2:14 {link-card} requires a YAML body. See the link-card directive docs.']);
  assert.deepEqual(await hub(':::{get-started}\n\n:::\n'), ['hub.yaml-body error 2:0-2:16 {get-started} requires a YAML body. See the get-started directive docs.']);
  assert.deepEqual(await hub(':::{whats-new}\n:::\n'), ['hub.yaml-body error 2:0-2:14 {whats-new} requires either a `:product:` option or a YAML body.']);
  // HubYamlBody reads colon fences only: a backtick fence has no YAML body.
  assert.deepEqual(await hub('```{link-card}\ntitle: A\n```\n'), ['hub.yaml-body error 2:0-2:14 {link-card} requires a YAML body. See the link-card directive docs.']);
});

test('hub.yaml-parse: a YAML syntax error, or a shape the record cannot take', async () => {
  // CardGroupBlock's doc comment example: a Markdown line after YAML.
  assert.deepEqual(await hub(':::{link-card}\ntitle: A\n:link: /deploy\nRun on your own infrastructure.\n:::\n'), [
    'hub.yaml-parse error 5:0-5:31 {link-card} YAML parse error: Implicit map keys need to be followed by map values',
  ]);
  assert.deepEqual(await hub(':::{link-card}\ntitle: A\nlinks: /a.md\n:::\n'), ['hub.yaml-parse error 4:7-4:12 {link-card} YAML parse error: `links` must be a list']);
  assert.deepEqual(await hub(':::{get-started}\ntitle: A\nsteps:\n  - title:\n      nested: x\n:::\n'), ['hub.yaml-parse error 6:6-6:15 {get-started} YAML parse error: `steps` item.title must be a single value']);
  assert.deepEqual(await hub(':::{whats-new}\n- a\n- b\n:::\n'), ['hub.yaml-parse error 3:0-4:3 {whats-new} YAML parse error: the body must be a mapping of keys to values']);
});

test('hub.title-missing: {link-card} and {get-started} need a `title` field', async () => {
  assert.deepEqual(await hub(':::{link-card}\nlink: https://www.elastic.co\n:::\n'), ['hub.title-missing error 2:0-2:14 {link-card} requires a `title` field in its YAML body.']);
  assert.deepEqual(await hub(':::{get-started}\ntitle: "  "\nintro: x\n:::\n'), ['hub.title-missing error 2:0-2:16 {get-started} requires a `title` field in its YAML body.']);
});

test('hub.action-link: a {hero} action must be a Markdown link', async () => {
  assert.deepEqual(await hub(':::{hero}\n:title: Hub\n:primary-action: Get started\n:::\n'), [
    'hub.action-link error 4:17-4:28 {hero} action `Get started` must be a markdown link, for example `[Get started](#get-started)`.',
  ]);
});

test('{explore} :level: and :mode: outside their values warn', async () => {
  assert.deepEqual(await hub('::::{explore}\n:title: E\n:level: 4\n:mode: open\n::::\n'), [
    "directive.option-value warning 4:8-4:9 Invalid {explore} level '4'. Valid levels are: 2, 3. Defaulting to 2.",
    "directive.option-value warning 5:7-5:11 Invalid {explore} mode 'open'. Valid modes are: collapsed, first, expanded. Defaulting to 'collapsed'.",
  ]);
});

test('silent: well-formed hub blocks (the docs-builder hub page shapes)', async () => {
  const page = [
    ':::{hero}\n:icon: kibana\n:title: Kibana documentation hub\n:primary-action: [Get started](#get-started)\n:::\n',
    ':::{get-started}\ntitle: Get started in 3 steps\nintro: Spin up Kibana.\nsteps:\n  - title: Install\n    options:\n      - label: Source\n        code: dotnet build\n:::\n',
    ':::{whats-new}\n:product: kibana\n:::\n',
    ':::{whats-new}\ntitle: New\nitems:\n  - title: A\n    featured: true\n:::\n',
    '::::{card-group}\n:title: Install\n\n:::{link-card}\ntitle: Discover\nunknown-key: ignored\nlinks:\n  - label: Get started\n    url: https://example.com\n:::\n::::\n',
    ':::::{explore}\n:title: Explore\n:level: 3\n:mode: First\n:::::\n',
  ].join('\n');
  assert.deepEqual(await hub(page), []);
});
