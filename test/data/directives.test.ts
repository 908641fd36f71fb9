import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DIRECTIVES,
  LITERAL_DIRECTIVES,
  UNSUPPORTED_DIRECTIVES,
  getDirective,
  getDirectiveOption,
  getUnsupportedDirectiveIssue,
  isKnownDirective,
  unsupportedDirectiveMessage,
} from '../../server/src/data/directives';

test('every directive of the spec is known, once', () => {
  const names = DIRECTIVES.map((d) => d.name);
  assert.equal(new Set(names).size, names.length);
  const expected = [
    'note', 'warning', 'tip', 'important', 'admonition', 'dropdown', 'tab-set', 'tab-item', 'applies-switch',
    'applies-item', 'image', 'figure', 'figure-md', 'carousel', 'include', 'literalinclude', 'settings', 'csv-include',
    'changelog', 'math', 'stepper', 'step', 'button-group', 'button', 'versionadded', 'versionchanged',
    'versionremoved', 'deprecated', 'list-sub-pages', 'listing', 'table', 'agent-skill', 'cli-modifiers', 'storybook',
    'page-card', 'hero', 'explore', 'card-group', 'link-card', 'get-started', 'whats-new',
    'applies_to', 'contributors', 'code', 'code-block', 'sourcecode',
  ];
  assert.deepEqual([...names].sort(), [...expected].sort());
  for (const d of DIRECTIVES) assert.ok(d.summary.length > 10, d.name);
});

test('lookups are exact and case-sensitive', () => {
  assert.equal(getDirective('note')?.argument, 'optional');
  assert.equal(getDirective('Note'), undefined);
  assert.equal(isKnownDirective('tab-set'), true);
  assert.equal(isKnownDirective('hint'), false);
  assert.equal(isKnownDirective('foo'), false);
});

test('required arguments carry docs-builder\'s exact error', () => {
  const required = DIRECTIVES.filter((d) => d.argument === 'required');
  for (const d of required) assert.ok(d.missingArgumentMessage, d.name);
  assert.equal(getDirective('tab-item')?.missingArgumentMessage, '{tab-item} requires an argument to name the tab.');
  assert.equal(getDirective('applies-item')?.missingArgumentMessage, '{applies-item} requires an argument with applies_to definition.');
  assert.equal(getDirective('figure')?.missingArgumentMessage, 'image requires an argument.');
  assert.equal(getDirective('literalinclude')?.missingArgumentMessage, 'include requires an argument.');
  assert.equal(getDirective('csv-include')?.missingArgumentMessage, 'csv-include requires an argument specifying the path to the CSV file.');
  assert.equal(getDirective('versionchanged')?.missingArgumentMessage, 'versionchanged needs exactly 2 arguments: <version> <title>');
  assert.equal(getDirective('page-card')?.missingArgumentMessage, 'page-card requires a markdown link argument: [Title](url)');
  assert.equal(getDirective('note')?.missingArgumentMessage, undefined);
  assert.equal(getDirective('stepper')?.argument, 'none');
});

test('options: aliases, flags and closed value sets', () => {
  assert.equal(getDirectiveOption('image', 'w')?.name, 'width');
  assert.equal(getDirectiveOption('figure', 'name')?.name, 'label');
  assert.equal(getDirectiveOption('image', 'screenshot')?.flag, true);
  assert.equal(getDirectiveOption('image', 'Width'), undefined);
  assert.equal(getDirectiveOption('include', 'language')?.name, 'lang');
  assert.deepEqual(getDirectiveOption('button', 'variant')?.values, ['primary', 'secondary', 'neutral']);
  assert.deepEqual(getDirectiveOption('carousel', 'max-height')?.values, ['none', 'small', 'medium']);
  assert.deepEqual(getDirectiveOption('changelog', 'type')?.values, ['all', 'breaking-change', 'deprecation', 'known-issue']);
  assert.equal(getDirectiveOption('changelog', 'product')?.deprecated, true);
  assert.equal(getDirectiveOption('hero', 'title')?.required, true);
  assert.equal(getDirectiveOption('agent-skill', 'url')?.required, true);
  assert.equal(getDirectiveOption('cli-modifiers', 'long-running-description')?.flag, undefined);
  assert.equal(getDirectiveOption('cli-modifiers', 'long-running')?.flag, true);
  assert.equal(getDirectiveOption('note', 'nope'), undefined);
  assert.equal(getDirectiveOption('nope', 'name'), undefined);
});

test('containers and their children', () => {
  const containers = DIRECTIVES.filter((d) => d.container).map((d) => d.name).sort();
  assert.deepEqual(containers, ['applies-switch', 'button-group', 'card-group', 'carousel', 'explore', 'stepper', 'tab-set']);
  assert.deepEqual(getDirective('tab-set')?.children, ['tab-item']);
  assert.deepEqual(getDirective('tab-item')?.parents, ['tab-set']);
  assert.deepEqual(getDirective('step')?.parents, ['stepper']);
  for (const d of DIRECTIVES) {
    for (const child of d.children ?? []) assert.ok(isKnownDirective(child), `${d.name} → ${child}`);
  }
});

test('literal blocks', () => {
  assert.deepEqual(LITERAL_DIRECTIVES.map((d) => d.name), ['applies_to', 'contributors', 'code', 'code-block', 'sourcecode']);
  assert.ok(LITERAL_DIRECTIVES.every((d) => d.literal === true));
  assert.deepEqual(getDirective('code')?.fenceArguments?.map((o) => o.name), ['callouts', 'subs']);
  assert.equal(getDirective('applies_to')?.body, 'yaml');
});

test('unsupported MyST directives and their issue numbers', () => {
  assert.equal(UNSUPPORTED_DIRECTIVES.size, 23);
  assert.equal(getUnsupportedDirectiveIssue('hint'), 3);
  assert.equal(getUnsupportedDirectiveIssue('csv-table'), 33);
  assert.equal(getUnsupportedDirectiveIssue('grid-item-card'), 26);
  assert.equal(getUnsupportedDirectiveIssue('mermaid'), undefined);
  assert.equal(getUnsupportedDirectiveIssue('note'), undefined);
  assert.equal(
    unsupportedDirectiveMessage('seealso'),
    "Directive block 'seealso' is unsupported. See https://github.com/elastic/docs-builder/issues/3 for more information.",
  );
  assert.equal(unsupportedDirectiveMessage('note'), undefined);
  for (const name of UNSUPPORTED_DIRECTIVES.keys()) assert.equal(isKnownDirective(name), false, name);
});
