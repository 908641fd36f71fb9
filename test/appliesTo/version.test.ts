import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  compareSemVer,
  formatVersionSpec,
  parseVersion,
  parseVersionSpec,
  sortVersion,
} from '../../server/src/appliesTo/version';

const v = (major: number, minor: number, patch = 0, prerelease = '') => ({ major, minor, patch, prerelease });

describe('parseVersion', () => {
  it('reads full and minor-only versions, minor-only as .0', () => {
    assert.deepEqual(parseVersion('9.1.2'), v(9, 1, 2));
    assert.deepEqual(parseVersion('9.1'), v(9, 1, 0));
    assert.deepEqual(parseVersion('9.1.0-beta1'), v(9, 1, 0, 'beta1'));
    assert.deepEqual(parseVersion(' 8.18 '), v(8, 18, 0));
  });

  it('rejects what semver rejects', () => {
    for (const bad of ['9', 'v9.1', '09.1', '9.1.x', '9.x', '', 'abc', '9.1.2.3', '99999999999.0']) {
      assert.equal(parseVersion(bad), undefined, bad);
    }
  });
});

describe('parseVersionSpec', () => {
  it('reads the greater-than-or-equal forms', () => {
    assert.deepEqual(parseVersionSpec('9.1'), { kind: 'gte', min: v(9, 1), showMinPatch: false });
    assert.deepEqual(parseVersionSpec('9.1+'), { kind: 'gte', min: v(9, 1), showMinPatch: false });
    assert.deepEqual(parseVersionSpec('9.1.2'), { kind: 'gte', min: v(9, 1, 2), showMinPatch: false });
    assert.deepEqual(parseVersionSpec('9.0.4!'), { kind: 'gte', min: v(9, 0, 4), showMinPatch: true });
    assert.deepEqual(parseVersionSpec('9.0.4!+'), { kind: 'gte', min: v(9, 0, 4), showMinPatch: true });
  });

  it('reads exact versions', () => {
    assert.deepEqual(parseVersionSpec('=9.1'), { kind: 'exact', min: v(9, 1), showMinPatch: false });
    assert.deepEqual(parseVersionSpec('=9.0.4!'), { kind: 'exact', min: v(9, 0, 4), showMinPatch: true });
  });

  it('reads ranges, with ! on either end and a + on the end ignored', () => {
    assert.deepEqual(parseVersionSpec('9.0-9.2'), { kind: 'range', min: v(9, 0), max: v(9, 2), showMinPatch: false, showMaxPatch: false });
    assert.deepEqual(parseVersionSpec('9.0.1!-9.1.2!'), { kind: 'range', min: v(9, 0, 1), max: v(9, 1, 2), showMinPatch: true, showMaxPatch: true });
    assert.deepEqual(parseVersionSpec('9.0-9.2+'), { kind: 'range', min: v(9, 0), max: v(9, 2), showMinPatch: false, showMaxPatch: false });
  });

  it('treats a pre-release dash as part of the version, not a range', () => {
    assert.deepEqual(parseVersionSpec('9.0.0-beta1'), { kind: 'gte', min: v(9, 0, 0, 'beta1'), showMinPatch: false });
  });

  it('gives undefined for tokens docs-builder drops', () => {
    for (const bad of ['9', 'nine', '=9.1+', '9.1-', '9.0-x', '=', '', 'latest', 'ALL']) {
      assert.equal(parseVersionSpec(bad), undefined, bad);
    }
  });
});

describe('version ordering and text', () => {
  it('orders by major, minor, patch, then a release above its pre-releases', () => {
    assert.ok(compareSemVer(v(9, 1), v(9, 0, 9)) > 0);
    assert.ok(compareSemVer(v(8, 19), v(9, 0)) < 0);
    assert.ok(compareSemVer(v(9, 0, 0, 'beta1'), v(9, 0, 0)) < 0);
    assert.ok(compareSemVer(v(9, 0, 0, 'alpha'), v(9, 0, 0, 'beta')) < 0);
    assert.equal(compareSemVer(v(9, 1), v(9, 1)), 0);
  });

  it('sorts a range by its upper end', () => {
    assert.deepEqual(sortVersion(parseVersionSpec('9.0-9.3')!), v(9, 3));
    assert.deepEqual(sortVersion({ kind: 'all' }), v(99999, 0));
  });

  it('prints canonical text', () => {
    assert.equal(formatVersionSpec(parseVersionSpec('9.1')!), '9.1+');
    assert.equal(formatVersionSpec(parseVersionSpec('9.1.2')!), '9.1+');
    assert.equal(formatVersionSpec(parseVersionSpec('9.1.2!')!), '9.1.2+');
    assert.equal(formatVersionSpec(parseVersionSpec('=9.0')!), '=9.0');
    assert.equal(formatVersionSpec(parseVersionSpec('9.0-9.2')!), '9.0-9.2');
    assert.equal(formatVersionSpec({ kind: 'all' }), 'all');
  });
});
