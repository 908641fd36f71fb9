import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAppliesToText } from '../../server/src/appliesTo/parse';
import { describeItem, renderApplicability } from '../../server/src/appliesTo/render';
import { parseVersionSpec } from '../../server/src/appliesTo/version';

function render(yaml: string): string[] {
  const r = parseAppliesToText(yaml, 0, 'directive');
  assert.ok(r.applicability, yaml);
  return renderApplicability(r.applicability);
}

describe('renderApplicability', () => {
  it('reads the seed page front matter at a glance', () => {
    assert.deepEqual(render('deployment: all\nserverless: ga'), ['Deployment (all types): GA', 'Serverless (all project types): GA']);
  });

  it('renders stack versions, highest first', () => {
    assert.deepEqual(render('stack: ga 9.1'), ['Stack: GA since 9.1']);
    assert.deepEqual(render('stack: preview 9.0, ga 9.1'), ['Stack: GA since 9.1, Preview in 9.0 only']);
    assert.deepEqual(render('stack: beta 9.0-9.1, ga 9.2'), ['Stack: GA since 9.2, Beta from 9.0 to 9.1']);
    assert.deepEqual(render('stack: ga 9.1.2'), ['Stack: GA since 9.1']);
    assert.deepEqual(render('stack: ga 9.0.4!'), ['Stack: GA since 9.0.4']);
    assert.deepEqual(render('stack: deprecated'), ['Stack: Deprecated']);
  });

  it('lists project types and deployment types by display name when they differ', () => {
    assert.deepEqual(render('serverless:\n  elasticsearch: ga\n  observability: ga\n  security: ga'),
      ['Serverless: Elasticsearch GA, Observability GA, Security GA']);
    assert.deepEqual(render('deployment:\n  ece: ga 3.0\n  ech: ga\n  self: beta 9.1'),
      ['Deployment: ECE GA since 3.0, ECH GA, Self-managed Beta since 9.1']);
    assert.deepEqual(render('deployment:\n  ece: preview 3.0, ga 3.1\n  eck: ga'),
      ['Deployment: ECE GA since 3.1, Preview in 3.0 only; ECK GA']);
  });

  it('collapses all four types only when they agree', () => {
    assert.deepEqual(render('{ ece: ga, eck: ga, ech: ga, self: ga }'), ['Deployment (all types): GA']);
    assert.deepEqual(render('{ ece: ga, eck: ga, ech: ga }'), ['Deployment: ECE GA, ECK GA, ECH GA']);
  });

  it('renders products by display name, and everything for all', () => {
    assert.deepEqual(render('apm_agent_java: beta 1.0\napm_agent_rum_js: ga 5.0'), ['APM Java agent: Beta since 1.0', 'APM RUM JavaScript agent: GA since 5.0']);
    assert.deepEqual(render('product:\n  edot_collector: ga'), ['EDOT Collector: GA']);
    assert.deepEqual(render('product: ga 1.2'), ['Product: GA since 1.2']);
    assert.deepEqual(render('all'), ['Everything: GA (stack, all deployment types, all serverless project types, products)']);
  });

  it('renders stack, deployment, serverless, then products', () => {
    assert.deepEqual(render('serverless: preview\nstack: ga 9.2\ndeployment:\n  self: ga 9.2'),
      ['Stack: GA since 9.2', 'Deployment: Self-managed GA since 9.2', 'Serverless (all project types): Preview']);
  });
});

describe('describeItem', () => {
  it('describes each version kind', () => {
    assert.equal(describeItem({ lifecycle: 'ga' }), 'GA');
    assert.equal(describeItem({ lifecycle: 'ga', version: { kind: 'all' } }), 'GA');
    assert.equal(describeItem({ lifecycle: 'preview', version: parseVersionSpec('=9.0.4!') }), 'Preview in 9.0.4 only');
    assert.equal(describeItem({ lifecycle: 'removed', version: parseVersionSpec('9.0-9.2.1!') }), 'Removed from 9.0 to 9.2.1');
    assert.equal(describeItem({ lifecycle: 'experimental', version: parseVersionSpec('9.3') }), 'Experimental since 9.3');
  });
});
