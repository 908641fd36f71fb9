import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEPRECATED_LIFECYCLE_TOKENS,
  LIFECYCLE_INFO,
  LIFECYCLE_TOKENS,
  PRODUCT_KEYS,
  VERSIONLESS_KEYS,
  knownTopLevelKeys,
  normalizeAppliesKey,
} from '../../server/src/data/appliesTo';

describe('applies_to data', () => {
  it('maps every lifecycle token, deprecated ones included', () => {
    assert.equal(LIFECYCLE_TOKENS['tech-preview'], 'preview');
    assert.equal(LIFECYCLE_TOKENS.coming, 'planned');
    assert.equal(LIFECYCLE_TOKENS.dev, 'development');
    assert.equal(LIFECYCLE_TOKENS.alpha, undefined);
    for (const t of DEPRECATED_LIFECYCLE_TOKENS) assert.ok(LIFECYCLE_TOKENS[t], t);
    for (const l of Object.values(LIFECYCLE_TOKENS)) assert.ok(LIFECYCLE_INFO[l], l);
  });

  it('keeps product keys in the underscore form docs-builder maps', () => {
    assert.ok(PRODUCT_KEYS.every((p) => /^[a-z_]+$/.test(p.key)));
    assert.ok(PRODUCT_KEYS.some((p) => p.key === 'apm_agent_rum_js'));
    assert.ok(!PRODUCT_KEYS.some((p) => p.key === 'apm_agent_rum'));
  });

  it('knows the top-level keys after _ to - normalisation, plus product ids given', () => {
    const known = knownTopLevelKeys();
    for (const k of ['stack', 'ech', 'ess', 'vectordb', 'apm-agent-rum-js', 'edot-cf-aws']) assert.ok(known.has(k), k);
    assert.ok(!known.has('apm-agent-rum'));
    assert.ok(!known.has('apm_agent_java'));
    assert.ok(knownTopLevelKeys(['kibana_x']).has('kibana-x'));
    assert.equal(normalizeAppliesKey('apm_agent_java'), 'apm-agent-java');
  });

  it('lists the versionless keys', () => {
    assert.deepEqual([...VERSIONLESS_KEYS].sort(), ['ech', 'elasticsearch', 'ess', 'observability', 'security', 'serverless', 'vectordb']);
  });
});
