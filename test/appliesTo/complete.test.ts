import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appliesToCompletionContext, appliesToCompletions } from '../../server/src/appliesTo/complete';

/** The context at the `|` marker. */
function at(marked: string, form: 'yaml' | 'frontmatter') {
  const offset = marked.indexOf('|');
  return appliesToCompletionContext(marked.slice(0, offset) + marked.slice(offset + 1), offset, form);
}

const labels = (items: { label: string }[]): string[] => items.map((i) => i.label);

describe('appliesToCompletionContext', () => {
  it('finds top-level keys in a role, a block and a flow mapping', () => {
    assert.deepEqual(at('|', 'yaml'), { kind: 'key', parent: 'root' });
    assert.deepEqual(at('st|', 'yaml'), { kind: 'key', parent: 'root' });
    assert.deepEqual(at('stack: ga\nse|', 'yaml'), { kind: 'key', parent: 'root' });
    assert.deepEqual(at('{ ece: ga 4.0+, e|', 'yaml'), { kind: 'key', parent: 'root' });
  });

  it('finds sub-keys under deployment, serverless and product', () => {
    assert.deepEqual(at('deployment:\n  |', 'yaml'), { kind: 'key', parent: 'deployment' });
    assert.deepEqual(at('serverless:\n  security: ga\n  |', 'yaml'), { kind: 'key', parent: 'serverless' });
    assert.deepEqual(at('product: { apm|', 'yaml'), { kind: 'key', parent: 'product' });
    assert.equal(at('stack:\n  |', 'yaml'), undefined);
  });

  it('finds lifecycles and versions in values', () => {
    assert.deepEqual(at('stack: |', 'yaml'), { kind: 'lifecycle', key: 'stack' });
    assert.deepEqual(at('stack: ga 9.1, be|', 'yaml'), { kind: 'lifecycle', key: 'stack' });
    assert.deepEqual(at('stack: ga |', 'yaml'), { kind: 'version', key: 'stack', lifecycle: 'ga' });
    assert.deepEqual(at('{ ece: ga 4.0+, ess: |', 'yaml'), { kind: 'lifecycle', key: 'ess' });
    assert.equal(at('stack: ga 9.1 |', 'yaml'), undefined);
  });

  it('works under applies_to in front matter, and nowhere else there', () => {
    const fm = 'title: x\napplies_to:\n  deployment:\n    |\n';
    assert.deepEqual(at(fm, 'frontmatter'), { kind: 'key', parent: 'deployment' });
    assert.deepEqual(at('applies_to:\n  |', 'frontmatter'), { kind: 'key', parent: 'root' });
    assert.deepEqual(at('applies_to:\n  - serverless: |', 'frontmatter'), { kind: 'lifecycle', key: 'serverless' });
    assert.equal(at('title: x\n|', 'frontmatter'), undefined);
    assert.equal(at('mapped_pages:\n  - |', 'frontmatter'), undefined);
  });
});

describe('appliesToCompletions', () => {
  it('offers every key at the top, including ech and apm_agent_rum_js', () => {
    const items = appliesToCompletions({ kind: 'key', parent: 'root' });
    const l = labels(items);
    for (const k of ['stack', 'deployment', 'serverless', 'product', 'ech', 'ess', 'self', 'vectordb', 'apm_agent_rum_js', 'edot_cf_gcp']) assert.ok(l.includes(k), k);
    assert.ok(!l.includes('apm_agent_rum'));
    assert.deepEqual(items[0], {
      label: 'stack', detail: 'Elastic Stack, including any Elastic Stack component',
      documentation: '`stack: <lifecycle> [version], …`, for example `stack: preview 9.0, ga 9.1`.', insertText: 'stack: ',
    });
  });

  it('offers the sub-keys of each group', () => {
    assert.deepEqual(labels(appliesToCompletions({ kind: 'key', parent: 'deployment' })), ['ece', 'eck', 'ess', 'ech', 'self']);
    assert.deepEqual(labels(appliesToCompletions({ kind: 'key', parent: 'serverless' })), ['elasticsearch', 'observability', 'security', 'vectordb']);
    const product = labels(appliesToCompletions({ kind: 'key', parent: 'product' }));
    assert.equal(product.length, 24);
    assert.ok(product.every((k) => !k.includes('-')));
    const ech = appliesToCompletions({ kind: 'key', parent: 'deployment' }).find((i) => i.label === 'ech');
    assert.equal(ech?.documentation, '`ech: <lifecycle> [version]`. Not versioned: give a lifecycle only.');
  });

  it('offers current lifecycles only, not the deprecated tokens', () => {
    const items = appliesToCompletions({ kind: 'lifecycle', key: 'stack' });
    assert.deepEqual(labels(items), ['ga', 'preview', 'experimental', 'beta', 'deprecated', 'removed', 'unavailable']);
    assert.equal(items[0].detail, 'GA');
  });

  it('offers version forms for versioned keys, none for versionless ones', () => {
    assert.deepEqual(labels(appliesToCompletions({ kind: 'version', key: 'stack', lifecycle: 'ga' })), ['9.2', '9.2+', '=9.0', '9.0-9.1', '9.0.4!', 'all']);
    assert.deepEqual(appliesToCompletions({ kind: 'version', key: 'serverless', lifecycle: 'ga' }), []);
    assert.deepEqual(appliesToCompletions({ kind: 'version', key: 'ech', lifecycle: 'ga' }), []);
    assert.deepEqual(appliesToCompletions({ kind: 'version', key: 'deployment', lifecycle: 'ga' }), []);
    const known = appliesToCompletions({ kind: 'version', key: 'stack', lifecycle: 'beta' }, { versions: ['9.1'] });
    assert.deepEqual(known, [
      { label: '9.1', detail: '9.1 and later', documentation: '`beta 9.1`: from 9.1 onwards.' },
      { label: '=9.1', detail: '9.1 only', documentation: '`beta =9.1`: in 9.1 only.' },
    ]);
  });
});
