import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isMap, parseDocument } from 'yaml';
import { parseAppliesToNode, parseAppliesToText } from '../../server/src/appliesTo/parse';
import type { AppliesResult } from '../../server/src/appliesTo/model';
import { spanOf } from './util';

/** Runs the front-matter entry point the way the page parser will: YAML after `---\n`, offsets into the page. */
function frontMatter(page: string, productIds?: string[]): AppliesResult {
  const body = page.slice(4, page.indexOf('\n---', 4) + 1);
  const doc = parseDocument(body, { keepSourceTokens: true });
  assert.ok(isMap(doc.contents));
  const pair = doc.contents.items.find((p) => (p.key as { value?: unknown }).value === 'applies_to');
  assert.ok(pair);
  const key = pair.key as { range: [number, number, number] };
  return parseAppliesToNode(pair.value, { offset: 4, keySpan: { start: 4 + key.range[0], end: 4 + key.range[1] }, productIds });
}

const codes = (r: AppliesResult): string[] => r.diagnostics.map((d) => d.code);
const GA_ALL = [{ lifecycle: 'ga', version: { kind: 'all' } }];

describe('front matter (yaml node)', () => {
  it('the seed page front matter gives no diagnostics and everything GA', () => {
    const page = '---\napplies_to:\n  deployment: all\n  serverless: ga\nmapped_urls:\n  - https://example.com\n---\n# Title\n';
    const r = frontMatter(page);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.applicability, {
      deployment: { ece: GA_ALL, eck: GA_ALL, ess: GA_ALL, self: GA_ALL },
      serverless: { elasticsearch: [{ lifecycle: 'ga' }], observability: [{ lifecycle: 'ga' }], security: [{ lifecycle: 'ga' }], vectordb: [{ lifecycle: 'ga' }] },
    });
  });

  it('points at the token in the page', () => {
    const page = '---\ntitle: x\napplies_to:\n  stack: alpha 9.1\n---\n';
    const r = frontMatter(page);
    assert.deepEqual(r.diagnostics, [{
      code: 'applies.unknown-lifecycle', severity: 'error',
      message: "Unknown product lifecycle: 'alpha'. Valid lifecycles are: ga, preview, tech-preview, experimental, beta, deprecated, removed.",
      ...spanOf(page, 'alpha'),
    }]);
    assert.deepEqual(r.applicability, {});
  });

  it('maps offsets inside a quoted value', () => {
    const page = '---\napplies_to:\n  stack: "ga 9.1, beta 9"\n---\n';
    const d = frontMatter(page).diagnostics;
    assert.deepEqual([d[0].code, d[0].start, d[0].end], ['applies.invalid-version', spanOf(page, '9"').start, spanOf(page, '9"').start + 1]);
  });

  it('warns on an empty applies_to, at the key', () => {
    const page = '---\napplies_to:\ntitle: x\n---\n';
    const r = frontMatter(page);
    assert.equal(r.applicability, undefined);
    assert.deepEqual(r.diagnostics, [{
      code: 'applies.empty', severity: 'warning',
      message: "The 'applies_to' field is present but empty. No applicability will be assumed.",
      ...spanOf(page, 'applies_to'),
    }]);
  });

  it('reads all as everything GA', () => {
    const r = frontMatter('---\napplies_to: all\n---\n');
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.applicability?.all, true);
    assert.deepEqual(r.applicability?.stack, GA_ALL);
    assert.equal(frontMatter('---\napplies_to: ALL\n---\n').applicability?.all, true);
  });

  it('any other scalar makes docs-builder fail the front matter', () => {
    const page = '---\napplies_to: ga\n---\n';
    assert.deepEqual(frontMatter(page).diagnostics, [{
      code: 'applies.yaml', severity: 'error',
      message: "Failed to parse yaml front matter block. 'applies_to' must be 'all', a mapping or a list, not 'ga'.",
      ...spanOf(page, 'ga'),
    }]);
  });

  it('merges the sequence form and warns on an item that is not key: value', () => {
    const page = '---\napplies_to:\n  - stack: ga 9.1\n  - "serverless: ga"\n  - nonsense\n  - deployment: {ece: ga}\n  - deployment: {eck: beta}\n---\n';
    const r = frontMatter(page);
    assert.deepEqual(r.diagnostics, [{
      code: 'applies.list-item', severity: 'warning',
      message: "Applies list item 'nonsense' could not be parsed as 'key: value'.",
      ...spanOf(page, 'nonsense'),
    }]);
    const a = r.applicability;
    assert.deepEqual(a?.stack, [{ lifecycle: 'ga', version: { kind: 'gte', min: { major: 9, minor: 1, patch: 0, prerelease: '' }, showMinPatch: false } }]);
    assert.deepEqual(a?.serverless?.security, [{ lifecycle: 'ga' }]);
    assert.deepEqual(a?.deployment, { ece: [{ lifecycle: 'ga' }], eck: [{ lifecycle: 'beta' }] });
  });

  it('positions diagnostics inside a "key: value" list item', () => {
    const page = '---\napplies_to:\n  - "stak: ga"\n  - "stack: ga 9.1 beta 9.0"\n---\n';
    const r = frontMatter(page);
    assert.deepEqual(r.diagnostics.map((d) => [d.code, page.slice(d.start, d.end)]), [
      ['applies.unknown-key', 'stak'],
      ['applies.ignored-text', 'beta 9.0'],
    ]);
  });

  it('an empty list or mapping gives nothing, as in docs-builder', () => {
    assert.deepEqual(frontMatter('---\napplies_to: []\n---\n'), { applicability: undefined, diagnostics: [] });
    assert.deepEqual(frontMatter('---\napplies_to: {}\n---\n'), { applicability: undefined, diagnostics: [] });
  });

  it('knows product ids passed in, which docs-builder accepts but ignores', () => {
    const page = '---\napplies_to:\n  kibana: ga\n---\n';
    assert.deepEqual(frontMatter(page).diagnostics.map((d) => d.message), ['Applies block does not support the following keys: kibana']);
    assert.deepEqual(frontMatter(page, ['kibana']).diagnostics.map((d) => [d.code, d.message]), [
      ['applies.unknown-key', "'kibana' passes docs-builder's key check as a product id but has no effect in applies_to."],
    ]);
  });
});

describe('YAML strings (role, directive, definition)', () => {
  it('reads a role at its offset in the page', () => {
    const page = 'Text {applies_to}`stack: ga 9.1` more';
    const content = 'stack: ga 9.1';
    const r = parseAppliesToText(content, page.indexOf(content), 'role');
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.applicability?.stack?.[0].lifecycle, 'ga');
  });

  it('gives the role, directive and definition parse errors on bad YAML, and nothing else', () => {
    const yaml = 'stack: ga 9.1, serverless: ga';
    const role = parseAppliesToText(yaml, 20, 'role');
    assert.equal(role.applicability, undefined);
    assert.deepEqual(role.diagnostics.map((d) => [d.code, d.severity, d.message]), [
      ['applies.yaml', 'error', 'Unable to parse applies_to role: {applies_to}stack: ga 9.1, serverless: ga'],
    ]);
    assert.ok(role.diagnostics[0].start >= 20 && role.diagnostics[0].end <= 20 + yaml.length);
    assert.equal(parseAppliesToText(yaml, 0, 'directive').diagnostics[0].message, 'Unable to parse applies_to directive: stack: ga 9.1, serverless: ga');
    assert.equal(parseAppliesToText(yaml, 0, 'definition').diagnostics[0].message, 'Unable to parse applies_to definition: stack: ga 9.1, serverless: ga');
  });

  it('fails like docs-builder on values its converter turns into nothing', () => {
    for (const text of ['', 'ga', '{}', '[]', 'stack']) {
      const r = parseAppliesToText(text, 7, 'role');
      assert.deepEqual(r.diagnostics.map((d) => [d.code, d.message, d.start, d.end]), [
        ['applies.yaml', `Unable to parse applies_to role: {applies_to}${text}`, 7, 7 + text.length],
      ], text);
    }
    assert.equal(parseAppliesToText('all', 0, 'role').applicability?.all, true);
  });

  it('reads a directive body and points into later lines', () => {
    const page = '## Title\n```{applies_to}\nstack: ga 9.1\nserverless: ga 9.1\n```\n';
    const body = 'stack: ga 9.1\nserverless: ga 9.1\n';
    const start = page.indexOf(body);
    const r = parseAppliesToText(body, start, 'directive');
    assert.deepEqual(r.diagnostics, [{
      code: 'applies.unversioned', severity: 'error',
      message: "Can't specify a version for 'serverless' because this product is not versioned. Remove the version, or use 'stack:' for version-specific requirements.",
      ...spanOf(page, '9.1', 1),
    }]);
  });

  it('flags versions on every versionless key, including the ech alias', () => {
    for (const key of ['ess', 'ech', 'elasticsearch', 'observability', 'security', 'vectordb']) {
      const r = parseAppliesToText(`${key}: ga 9.0`, 0, 'definition');
      assert.deepEqual(r.diagnostics.map((d) => [d.code, d.message.slice(0, 40 + key.length)]), [
        ['applies.unversioned', `Can't specify a version for '${key}' because this product`.slice(0, 40 + key.length)],
      ], key);
    }
    assert.deepEqual(codes(parseAppliesToText('{ ess: ga, serverless: all }', 0, 'definition')), []);
    assert.deepEqual(codes(parseAppliesToText('stack: ga 9.0\nece: ga 4.0\nself: ga 9.0', 0, 'directive')), []);
  });

  it('a plain deployment string is validated as ess, as docs-builder does', () => {
    const r = parseAppliesToText('deployment: ga 9.0', 0, 'definition');
    assert.match(r.diagnostics[0].message, /^Can't specify a version for 'ess' because/);
    assert.deepEqual([r.diagnostics[0].start, r.diagnostics[0].end], [15, 18]);
  });

  it('maps ech to ess and warns when both are given', () => {
    const text = '{ ess: ga, ech: beta }';
    const r = parseAppliesToText(text, 0, 'definition');
    assert.deepEqual(r.diagnostics, [{
      code: 'applies.ess-and-ech', severity: 'warning',
      message: "Both 'ess' and 'ech' are defined. Move 'ess' content into 'ech' to avoid information loss.",
      ...spanOf(text, 'ess'),
    }]);
    assert.deepEqual(r.applicability?.deployment, { ess: [{ lifecycle: 'beta' }] });
    const ech = parseAppliesToText('deployment:\n  ech: ga\n', 0, 'directive');
    assert.deepEqual(ech, { applicability: { deployment: { ess: [{ lifecycle: 'ga' }] } }, diagnostics: [] });
  });

  it('warns on unknown keys with the normalised name, at the key', () => {
    const text = 'stack: ga\nstak_x: ga\napm_agent_rum: ga 5.0';
    const r = parseAppliesToText(text, 0, 'directive');
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity, d.message, text.slice(d.start, d.end)]), [
      ['applies.unknown-key', 'warning', 'Applies block does not support the following keys: stak-x', 'stak_x'],
      ['applies.unknown-key', 'warning', 'Applies block does not support the following keys: apm-agent-rum', 'apm_agent_rum'],
    ]);
  });

  it('maps apm_agent_rum_js and other underscore product keys, top level or under product', () => {
    const r = parseAppliesToText('apm_agent_rum_js: ga 5.0\nedot_cf_gcp: preview', 0, 'directive');
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(Object.keys(r.applicability?.products ?? {}), ['apm_agent_rum_js', 'edot_cf_gcp']);
    const p = parseAppliesToText('product:\n  apm_agent_java: beta 1.0', 0, 'directive');
    assert.deepEqual(p.diagnostics, []);
    assert.deepEqual(p.applicability?.products?.apm_agent_java?.[0].lifecycle, 'beta');
    assert.deepEqual(parseAppliesToText('product: ga 1.2', 0, 'role').applicability?.product?.[0].lifecycle, 'ga');
  });

  it('warns that hyphenated product keys are ignored', () => {
    const message = "'apm-agent-java' is ignored: docs-builder reads product keys only when written with underscores. Use 'apm_agent_java'.";
    for (const text of ['apm-agent-java: ga 1.0', 'product: { apm-agent-java: ga 1.0 }']) {
      const r = parseAppliesToText(text, 0, 'definition');
      assert.deepEqual(r.diagnostics.map((d) => [d.code, d.message, text.slice(d.start, d.end)]), [['applies.unknown-key', message, 'apm-agent-java']], text);
      assert.equal(r.applicability?.products, undefined);
    }
  });

  it('warns on keys starting with a colon', () => {
    const r = parseAppliesToText(':stack: ga', 0, 'role');
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.message, d.start, d.end]), [
      ['applies.invalid-key', 'Applies block does not use valid yaml keys: :stack', 0, 6],
    ]);
  });

  it('warns on sub-keys and values docs-builder ignores silently', () => {
    const text = 'deployment: { ecs: ga }\nstack: { ga: 9.1 }';
    const r = parseAppliesToText(text, 0, 'directive');
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.message, text.slice(d.start, d.end)]), [
      ['applies.unknown-key', "'deployment' does not support the key 'ecs'; docs-builder ignores it. Valid keys are: ece, eck, ess, ech, self.", 'ecs'],
      ['applies.invalid-value', "'stack' expects '<lifecycle> [version], …' as a string; docs-builder ignores this value.", '{ ga: 9.1 }'],
    ]);
  });

  it('names a few valid keys for unknown product and serverless sub-keys', () => {
    const text = 'product: { stack: ga }\nserverless: { search: ga }';
    const r = parseAppliesToText(text, 0, 'directive');
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.message, text.slice(d.start, d.end)]), [
      ['applies.unknown-key', "'product' does not support the key 'stack'; docs-builder ignores it. Valid keys are: ecctl, curator, apm_agent_android, ….", 'stack'],
      ['applies.unknown-key', "'serverless' does not support the key 'search'; docs-builder ignores it. Valid keys are: elasticsearch, observability, security, vectordb.", 'search'],
    ]);
    assert.deepEqual(r.applicability, {});
  });

  it('top-level deployment keys replace deployment:, top-level serverless keys override per project', () => {
    const r = parseAppliesToText('deployment: all\nece: beta\nserverless: ga\nsecurity: preview', 0, 'directive');
    assert.deepEqual(r.applicability?.deployment, { ece: [{ lifecycle: 'beta' }] });
    assert.deepEqual(r.applicability?.serverless, {
      elasticsearch: [{ lifecycle: 'ga' }], observability: [{ lifecycle: 'ga' }], security: [{ lifecycle: 'preview' }], vectordb: [{ lifecycle: 'ga' }],
    });
  });

  it('top-level product keys replace the product: mapping, as in docs-builder', () => {
    const r = parseAppliesToText('apm_agent_java: beta 1.0\nproduct:\n  edot_collector: ga', 0, 'directive');
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(Object.keys(r.applicability?.products ?? {}), ['apm_agent_java']);
  });

  it('an empty sub-key value and an empty serverless: mean GA', () => {
    const r = parseAppliesToText('{ ece:, serverless: }', 0, 'definition');
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.applicability?.deployment, { ece: GA_ALL });
    assert.deepEqual(r.applicability?.serverless?.vectordb, GA_ALL);
  });

  it('keeps the last of duplicate keys, without a YAML error', () => {
    const r = parseAppliesToText('stack: ga 9.0\nstack: beta 9.1', 0, 'directive');
    assert.deepEqual(r.diagnostics, []);
    assert.equal(r.applicability?.stack?.[0].lifecycle, 'beta');
  });

  it('reports the version-rule Hints for the key', () => {
    const text = 'stack: beta 9.0-9.2, ga 9.1';
    const r = parseAppliesToText(text, 0, 'role');
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity, d.message, text.slice(d.start, d.end)]), [
      ['applies.version-rules', 'hint', "Key 'stack': Overlapping version ranges detected. Ensure version ranges do not overlap within the same key.", 'beta 9.0-9.2, ga 9.1'],
    ]);
  });
});
