import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics, show } from './helpers';

const page = (...lines: string[]) => ['# T', '', ...lines, ''].join('\n');

test('directive.argument-missing: tab-item, image, include, applies-item, version blocks, page-card', async () => {
  const ds = await diagnostics(page(
    '::::{tab-set}', ':::{tab-item}', 'x', ':::', '::::',
    ':::{image}', ':::', ':::{include}', ':::', '::::{applies-switch}', ':::{applies-item}', 'y', ':::', '::::',
    ':::{versionadded}', 'z', ':::', ':::{page-card}', ':::',
  ));
  assert.deepEqual(show(ds, 'directive.argument'), [
    'directive.argument-missing error 3:0-3:13 {tab-item} requires an argument to name the tab.',
    'directive.argument-missing error 7:0-7:10 image requires an argument.',
    'directive.argument-missing error 9:0-9:12 include requires an argument.',
    'directive.argument-missing error 12:0-12:17 {applies-item} requires an argument with applies_to definition.',
    'directive.argument-missing error 16:0-16:17 versionadded needs exactly 2 arguments: <version> <title>',
    'directive.argument-missing error 19:0-19:14 page-card requires a markdown link argument: [Title](url)',
  ]);
});

test('directive.argument-invalid / -ignored: versions, page-card links, storybook arguments', async () => {
  const ds = await diagnostics(page(
    ':::{deprecated} 9 Old', 'a', ':::', ':::{versionchanged} 9.1 Fine', 'b', ':::', ':::{versionremoved} 9.1.2', 'c', ':::',
    ':::{page-card} Just text', ':::', ':::{page-card} [Home](https://www.elastic.co)', ':::', ':::{page-card} [Ok](ok.md)', ':::',
    ':::{storybook} x', ':id: a--b', ':::',
  ));
  assert.deepEqual(show(ds, 'directive.argument'), [
    "directive.argument-invalid error 2:16-2:17 '9' is not a valid version",
    'directive.argument-invalid error 11:15-11:24 page-card requires a markdown link argument: [Title](url)',
    'directive.argument-invalid error 13:15-13:45 page-card url must be a local .md path or crosslink, not an absolute URL: https://www.elastic.co',
    'directive.argument-ignored warning 17:15-17:16 storybook directive ignores positional arguments. Use properties instead.',
  ]);
});

test('directive.option-value and option-missing: button, carousel, changelog, agent-skill, hero, explore', async () => {
  const ds = await diagnostics(page(
    ':::{button}', ':type: Danger', ':align: middle', '[x](y)', ':::',
    ':::{button}', ':variant: NEUTRAL', ':align: Center', '[x](y)', ':::',
    '::::{carousel}', ':max-height: large', ':::{image} a.png', ':::', '::::',
    ':::{changelog}', ':type: feature', ':::', ':::{changelog}', ':type: Known-Issue', ':::',
    ':::{agent-skill}', ':::', ':::{agent-skill}', ':url: skills/x', ':::',
    ':::{hero}', ':description: d', ':::', ':::{explore}', ':title: Explore', ':::',
  ));
  assert.deepEqual(show(ds, 'directive.option'), [
    "directive.option-value warning 3:7-3:13 Invalid button type 'danger'. Valid types are: primary, secondary, neutral. Defaulting to 'primary'.",
    "directive.option-value warning 4:8-4:14 Invalid button alignment 'middle'. Valid alignments are: left, center, right. Defaulting to 'left'.",
    "directive.option-value warning 13:13-13:18 Invalid max-height value 'large'. Valid options are: none, small, medium. Defaulting to 'none'.",
    "directive.option-value warning 18:7-18:14 Invalid :type: value 'feature'. Valid values are: all, breaking-change, deprecation, known-issue. Using default behavior.",
    'directive.option-missing error 23:0-23:16 agent-skill directive requires a :url: property',
    "directive.option-value error 26:6-26:14 agent-skill :url: must be an absolute URL, got 'skills/x'",
    'directive.option-missing error 28:0-28:9 {hero} requires a `:title:` option.',
  ]);
});

test('directive.content: math, button bodies, carousel images', async () => {
  const ds = await diagnostics(page(
    ':::{math}', ':label: e', ':::', ':::{math}', 'E = mc^2', ':::',
    ':::{button}', ':::', ':::{button}', 'Click [here](x) now', ':::', ':::{button}', ':::{note}', 'n', ':::', ':::',
    '::::{carousel}', 'text', '::::',
  ));
  assert.deepEqual(show(ds, 'directive.content'), [
    'directive.content error 2:0-2:9 Math directive requires content.',
    'directive.content error 8:0-8:11 Button directive requires a link. Use: :::{button}\n[text](url)\n:::',
    'directive.content error 10:0-10:11 Button directive must contain only a single Markdown link. Use: :::{button}\n[text](url)\n:::',
    'directive.content error 13:0-13:11 Button directive cannot contain nested directives or blocks. Use only a single Markdown link.',
    'directive.content error 18:0-18:14 carousel directive requires nested image directives',
  ]);
});

test('{table}: one pipe table, widths that sum to 12 and match the column count', async () => {
  const table = ['| a | b |', '|---|---|', '| 1 | 2 |'];
  const ds = await diagnostics(page(
    ':::{table}', ':widths: 4-8', '', ...table, ':::',
    ':::{table}', ':widths: description', '', ...table, ':::',
    ':::{table}', ':widths: auto', '', ...table, ':::',
    ':::{table}', ':widths: 4-4', '', ...table, ':::',
    ':::{table}', ':widths: 4-4-4', '', ...table, ':::',
    ':::{table}', ':widths: wide', '', ...table, ':::',
    ':::{table}', ':widths: 0-12', '', ...table, ':::',
    ':::{table}', 'No table here.', ':::',
    ':::{table}', '', ...table, '', ...table, ':::',
  ));
  assert.deepEqual(show(ds, 'directive.'), [
    'directive.option-value error 24:9-24:12 Column widths must sum to 12 (Bootstrap grid). Got sum of 8.',
    'directive.content error 30:0-30:10 Column width count (3) does not match table column count (2).',
    "directive.option-value error 38:9-38:13 Invalid widths value 'wide'. Use preset (auto, description) or dash-separated integers 1-12 that sum to 12 (e.g., 4-8, 4-4-4).",
    "directive.option-value error 45:9-45:13 Invalid widths value '0-12'. Use preset (auto, description) or dash-separated integers 1-12 that sum to 12 (e.g., 4-8, 4-4-4).",
    'directive.content error 51:0-51:10 Table directive must contain a pipe table. Add a table using Markdown pipe syntax.',
    'directive.content error 54:0-54:10 Table directive must contain exactly one pipe table.',
  ]);
});

test('valid directives from docs-builder\'s syntax pages give nothing', async () => {
  const ds = await diagnostics(page(
    '::::{tab-set}', ':group: g', ':::{tab-item} One', ':sync: one', 'x', ':::', '::::',
    ':::{image} /img.png', ':alt: A', ':screenshot:', ':::',
    ':::{button}', ':type: secondary', '[Get started](/start.md)', ':::',
    ':::{changelog}', ':type: breaking-change', ':::',
    ':::{agent-skill}', ':url: https://github.com/elastic/skills/@x', ':::',
    ':::{hero}', ':title: Hub', ':::', ':::{math}', 'x^2', ':::', ':::{versionadded} 9.1 New', 'y', ':::',
  ));
  assert.deepEqual(show(ds, 'directive.'), []);
});

test('{table}: a table with no columns — every row a lone `|` — is empty to docs-builder (Markdig gives such rows no cell)', async () => {
  const ds = await diagnostics(page(
    ':::{table}', '|', '|---|', ':::',
    ':::{table}', ':widths: 12', '|', '|-|', '|', ':::',
    ':::{table}', '| |', '|---|', ':::',
    ':::{table}', '|', '|---|', '| a |', ':::',
  ));
  assert.deepEqual(show(ds, 'directive.'), [
    'directive.content error 2:0-2:10 Table directive contains an empty table.',
    'directive.content error 6:0-6:10 Table directive contains an empty table.',
  ]);
});

test('{settings} :deployment: outside ech, ece, eck, self (any case) warns, even with no value; docs-builder then shows every setting', async () => {
  const ds = await diagnostics(page(
    ':::{settings} /s.yml', ':deployment: ess', ':::',
    ':::{settings} /s.yml', ':deployment:', ':::',
    ':::{settings} /s.yml', ':deployment: ECH', ':::',
    ':::{settings} /s.yml', ':deployment: self', ':::',
  ));
  assert.deepEqual(show(ds, 'directive.option-value'), [
    "directive.option-value warning 3:13-3:16 Unknown deployment filter 'ess'. Valid values are: ech, ece, eck, self.",
    "directive.option-value warning 6:0-6:12 Unknown deployment filter ''. Valid values are: ech, ece, eck, self.",
  ]);
});

