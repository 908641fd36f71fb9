import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSemVersion, tryParseSemVersion } from '../../server/src/substitutions/semver';

test('parses full versions with prerelease and metadata', () => {
  assert.deepEqual(tryParseSemVersion('9.1.2'), { major: 9, minor: 1, patch: 2, prerelease: '', metadata: '' });
  assert.deepEqual(tryParseSemVersion('9.1.0-alpha.1+b7'), { major: 9, minor: 1, patch: 0, prerelease: 'alpha.1', metadata: 'b7' });
  assert.deepEqual(tryParseSemVersion('9.1.0\n'), { major: 9, minor: 1, patch: 0, prerelease: '', metadata: '' });
});

test('rejects what docs-builder rejects', () => {
  for (const bad of ['9.1', '9', 'v9.1.0', '09.1.0', '9.1.0-', '9.1.0-01', ' 9.1.0', '9.1.0 ', '9.1.0\n\n', '3000000000.0.0', '٩.1.0']) {
    assert.equal(tryParseSemVersion(bad), undefined, JSON.stringify(bad));
  }
});

test('formats like SemVersion.ToString', () => {
  assert.equal(formatSemVersion({ major: 10, minor: 0, patch: 0, prerelease: '', metadata: '' }), '10.0.0');
  assert.equal(formatSemVersion({ major: 9, minor: 1, patch: 0, prerelease: 'alpha.1', metadata: 'x' }), '9.1.0-alpha.1+x');
});
