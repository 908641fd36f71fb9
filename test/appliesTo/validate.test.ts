import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAppliesCollection } from '../../server/src/appliesTo/collection';
import { validateCollection, versionsOverlap } from '../../server/src/appliesTo/validate';
import { parseVersionSpec } from '../../server/src/appliesTo/version';
import type { AppliesDiagnostic } from '../../server/src/appliesTo/model';
import { loc, spanOf } from './util';

/** Parses `text` and validates it under `key`, giving the validation diagnostics only. */
function validate(key: string, text: string): AppliesDiagnostic[] {
  const diagnostics: AppliesDiagnostic[] = [];
  const sink = (code: string, severity: AppliesDiagnostic['severity'], message: string, span: { start: number; end: number }) =>
    diagnostics.push({ code, severity, message, ...span });
  const items = parseAppliesCollection(loc(text), () => undefined);
  assert.ok(items, text);
  validateCollection(key, items, { start: 0, end: text.length }, sink);
  return diagnostics;
}

const gte = (s: string) => parseVersionSpec(s) as Exclude<ReturnType<typeof parseVersionSpec>, undefined | { kind: 'all' }>;

describe('versionless keys', () => {
  it('rejects a version on serverless, ess, ech and the project types, at the version', () => {
    const text = 'preview, ga 9.1';
    assert.deepEqual(validate('serverless', text), [{
      code: 'applies.unversioned', severity: 'error',
      message: "Can't specify a version for 'serverless' because this product is not versioned. Remove the version, or use 'stack:' for version-specific requirements.",
      ...spanOf(text, '9.1'),
    }]);
    assert.equal(validate('ech', 'ga 9.0')[0].code, 'applies.unversioned');
  });

  it('accepts no version, all, and a dropped invalid version', () => {
    assert.deepEqual(validate('serverless', 'ga'), []);
    assert.deepEqual(validate('security', 'beta all'), []);
    assert.deepEqual(validate('elasticsearch', 'ga latest'), []);
  });

  it('stops there: no version-rule hints for versionless keys', () => {
    assert.deepEqual(validate('ess', 'ga 9.1, ga 9.2').map((d) => d.code), ['applies.unversioned']);
  });

  it('lets versioned keys carry versions', () => {
    assert.deepEqual(validate('stack', 'ga 9.1'), []);
    assert.deepEqual(validate('ece', 'ga 4.0'), []);
    assert.deepEqual(validate('apm_agent_java', 'beta 1.0'), []);
  });
});

describe('version rules (Hints)', () => {
  it('one version per lifecycle, naming docs-builder enum members', () => {
    assert.deepEqual(validate('stack', 'ga 9.1, ga 9.2'), [{
      code: 'applies.version-rules', severity: 'hint',
      message: "Key 'stack': Multiple version declarations found for lifecycle(s): GenerallyAvailable. Only one version per lifecycle is allowed.",
      start: 0, end: 14,
    }]);
    assert.deepEqual(validate('stack', 'preview 9.0, ga 9.1'), []);
    assert.deepEqual(validate('stack', 'ga, ga 9.1'), []);
  });

  it('only one >= item (after inference, so only when a patch is not 0)', () => {
    assert.deepEqual(validate('stack', 'preview 9.0.1, ga 9.1').map((d) => d.message), [
      "Key 'stack': Multiple items use greater-than-or-equal syntax. Only one item per key can use this syntax.",
      "Key 'stack': Overlapping version ranges detected. Ensure version ranges do not overlap within the same key.",
    ]);
    assert.deepEqual(validate('stack', 'preview 9.0, beta 9.1, ga 9.2'), []);
  });

  it('a range must not run backwards, pointing at it', () => {
    const text = 'beta 9.2-9.0';
    assert.deepEqual(validate('stack', text), [{
      code: 'applies.version-rules', severity: 'hint',
      message: "Key 'stack': Invalid range(s) where first version is greater than last version: Beta (9.2-9.0).",
      ...spanOf(text, '9.2-9.0'),
    }]);
    assert.deepEqual(validate('stack', 'beta 9.0-9.2'), []);
  });

  it('ranges must not overlap, except a range ending where a >= starts', () => {
    assert.deepEqual(validate('stack', 'beta 9.0-9.2, ga 9.1').map((d) => d.message), [
      "Key 'stack': Overlapping version ranges detected. Ensure version ranges do not overlap within the same key.",
    ]);
    assert.deepEqual(validate('stack', 'beta 9.0-9.1, ga 9.1'), []);
    assert.deepEqual(validate('stack', 'ga 9.2+, beta 9.0-9.1'), []);
    assert.deepEqual(validate('stack', 'preview =9.0, beta =9.0').map((d) => d.code), ['applies.version-rules']);
  });
});

describe('versionsOverlap', () => {
  it('compares effective ranges', () => {
    assert.equal(versionsOverlap(gte('=9.0'), gte('9.1')), false);
    assert.equal(versionsOverlap(gte('=9.1'), gte('9.1')), true);
    assert.equal(versionsOverlap(gte('9.0-9.1'), gte('9.2-9.3')), false);
    assert.equal(versionsOverlap(gte('9.0-9.2'), gte('9.2-9.3')), true);
    assert.equal(versionsOverlap(gte('9.1'), gte('9.0-9.1')), false);
    assert.equal(versionsOverlap(gte('9.1'), gte('9.3')), true);
  });
});
