import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAppliesCollection } from '../../server/src/appliesTo/collection';
import type { AppliesDiagnostic, ApplicabilityItem } from '../../server/src/appliesTo/model';
import { formatVersionSpec } from '../../server/src/appliesTo/version';
import { loc, spanOf } from './util';

function parse(text: string, start = 0) {
  const diagnostics: AppliesDiagnostic[] = [];
  const items = parseAppliesCollection(loc(text, start), (code, severity, message, span) => diagnostics.push({ code, severity, message, ...span }));
  return { items, diagnostics };
}

/** `ga 9.1+`, `preview =9.0`, `beta` — the items in canonical text. */
const show = (items: ApplicabilityItem[] | undefined): string[] =>
  (items ?? []).map((i) => (i.version ? `${i.lifecycle} ${formatVersionSpec(i.version)}` : i.lifecycle));

describe('parseAppliesCollection', () => {
  it('reads one item with a version', () => {
    const r = parse('ga 9.1');
    assert.deepEqual(show(r.items), ['ga 9.1+']);
    assert.deepEqual(r.diagnostics, []);
  });

  it('reads lifecycles case-insensitively, tech-preview as preview', () => {
    assert.deepEqual(show(parse('GA 9.1').items), ['ga 9.1+']);
    assert.deepEqual(show(parse('Tech-Preview =9.0').items), ['preview =9.0']);
    assert.deepEqual(show(parse('experimental, unavailable').items), ['experimental', 'unavailable']);
  });

  it('reads empty and all as GA for all versions', () => {
    for (const text of ['', '  ', 'all', 'ALL']) assert.deepEqual(show(parse(text).items), ['ga all'], text);
    assert.deepEqual(show(parse('ga all').items), ['ga all']);
  });

  it('a trailing comma adds a GA-for-all-versions item, as in docs-builder', () => {
    assert.deepEqual(show(parse('beta 9.1,').items), ['beta 9.1+', 'ga all']);
  });

  it('infers exact versions and ranges for several >= items at patch 0', () => {
    assert.deepEqual(show(parse('preview 9.0, ga 9.1').items), ['ga 9.1+', 'preview =9.0']);
    assert.deepEqual(show(parse('preview 9.0, beta 9.1, ga 9.3').items), ['ga 9.3+', 'beta 9.1-9.2', 'preview =9.0']);
    assert.deepEqual(show(parse('preview 9.0.1, ga 9.1').items), ['ga 9.1+', 'preview 9.0+'], 'not at patch 0: no inference');
    assert.deepEqual(show(parse('beta 8.18, ga 9.0').items), ['ga 9.0+', 'beta 8.18-9.-1'], 'docs-builder ends the range at minor - 1');
  });

  it('sorts highest version first and items without a version last', () => {
    assert.deepEqual(show(parse('beta, ga 9.1, removed 9.3').items), ['removed 9.3+', 'ga 9.1-9.2', 'beta']);
    assert.deepEqual(show(parse('deprecated =9.0, removed 9.1+').items), ['removed 9.1+', 'deprecated =9.0']);
  });

  it('gives the unknown-lifecycle Error on the token and drops the item', () => {
    const text = 'alpha 9.1, ga 9.2';
    const r = parse(text, 100);
    assert.deepEqual(show(r.items), ['ga 9.2+']);
    const at = spanOf(text, 'alpha');
    assert.deepEqual(r.diagnostics, [{
      code: 'applies.unknown-lifecycle', severity: 'error',
      message: "Unknown product lifecycle: 'alpha'. Valid lifecycles are: ga, preview, tech-preview, experimental, beta, deprecated, removed.",
      start: 100 + at.start, end: 100 + at.end,
    }]);
  });

  it('returns undefined when no item survives', () => {
    const r = parse('Alpha');
    assert.equal(r.items, undefined);
    assert.equal(r.diagnostics[0].message, "Unknown product lifecycle: 'Alpha'. Valid lifecycles are: ga, preview, tech-preview, experimental, beta, deprecated, removed.");
  });

  it('gives a Hint for deprecated lifecycle tokens, naming them in lower case', () => {
    const r = parse('Coming 9.3, dev');
    assert.deepEqual(show(r.items), ['planned 9.3+', 'development']);
    assert.deepEqual(r.diagnostics.map((d) => [d.code, d.severity, d.message, d.start, d.end]), [
      ['applies.deprecated-lifecycle', 'hint', "The 'coming' lifecycle is deprecated and will be removed in a future release.", 0, 6],
      ['applies.deprecated-lifecycle', 'hint', "The 'dev' lifecycle is deprecated and will be removed in a future release.", 12, 15],
    ]);
    assert.deepEqual(parse('discontinued 9.0').diagnostics.map((d) => d.code), ['applies.deprecated-lifecycle']);
    assert.deepEqual(parse('deprecated 9.0').diagnostics, []);
  });

  it('warns on an invalid version token, which docs-builder drops silently', () => {
    const text = 'ga 9, beta 9.0';
    const r = parse(text);
    assert.deepEqual(show(r.items), ['beta 9.0+', 'ga']);
    assert.deepEqual(r.diagnostics, [{
      code: 'applies.invalid-version', severity: 'warning',
      message: "Invalid version '9': docs-builder silently drops it and shows 'ga' without a version. Use a version such as 9.1, 9.1+, 9.1.2, =9.1, 9.0-9.2 or 9.0.4!.",
      start: 3, end: 4,
    }]);
  });

  it('uses only the first two tokens and warns about the rest', () => {
    const text = 'ga 9.1 beta 9.0';
    const r = parse(text);
    assert.deepEqual(show(r.items), ['ga 9.1+']);
    assert.deepEqual(r.diagnostics, [{
      code: 'applies.ignored-text', severity: 'warning',
      message: "'beta 9.0' is ignored: docs-builder reads only '<lifecycle> [version]' from each item. Separate items with commas.",
      ...spanOf(text, 'beta 9.0'),
    }]);
  });

  it('splits on spaces only, so a tab joins the tokens', () => {
    assert.equal(parse('ga\t9.1').diagnostics[0].code, 'applies.unknown-lifecycle');
  });

  it('points at the whole scalar when characters do not map one to one', () => {
    const diagnostics: AppliesDiagnostic[] = [];
    parseAppliesCollection({ text: 'alpha', start: 10, end: 19, direct: false }, (code, severity, message, span) => diagnostics.push({ code, severity, message, ...span }));
    assert.deepEqual([diagnostics[0].start, diagnostics[0].end], [10, 19]);
  });
});
