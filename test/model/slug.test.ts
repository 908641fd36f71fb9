import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingId, slugify } from '../../server/src/model/slug';

test('slugs follow Slugify.Core defaults (spec §2.2 examples)', () => {
  assert.equal(headingId('Use the [API](api.md)').id, 'use-the-apiapi.md');
  assert.equal(headingId('Configure `foo.bar`').id, 'configure-foo.bar');
  assert.equal(headingId('About {{ech}}').id, 'about-ech');
  assert.equal(headingId('Same-page links (anchors)').id, 'same-page-links-anchors');
  assert.equal(headingId('Hello - World').id, 'hello-world');
  assert.equal(slugify('  Crème   brûlée_v1.2 '), 'creme-brulee_v1.2');
  assert.equal(slugify('-lead and trail-'), '-lead-and-trail-');
});

test('custom ids, icon roles and inline anchors', () => {
  assert.deepEqual(headingId('Title [#my-anchor]'), { id: 'my-anchor', title: 'Title', custom: { text: '#my-anchor', start: 7, end: 17 } });
  assert.equal(headingId('Setup [First Time Setup!]').id, 'first-time-setup');
  assert.equal(headingId('Options [beta]').id, 'beta');
  assert.equal(headingId('{icon}`gear` Settings').id, 'settings');
  assert.equal(headingId('Hello world $$$my-anchor$$$').id, 'hello-world');
  assert.equal(headingId('Not [a link] here').id, 'not-a-link-here');
});
