// slugify's fast ways (text already a slug, ASCII text) give what the full Slugify.Core steps give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { slugify, slugifyFull } from '../../server/src/model/slug';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
const chars = fc.constantFrom('a', 'Z', '0', '-', '--', '_', '.', ' ', '  ', '\t', '\n', '\v', '\f', '\r', '!', '`', '{', '$', '/', 'é', 'É', 'e\u0301', 'ß', 'ǅ', '\u00a0', '\u2003', '日', 'İ', 'K');
const text = fc.array(chars, { maxLength: 24 }).map((a) => a.join(''));

test('slugify = the full SlugHelper steps, on generated and corpus-like text', () => {
  fc.assert(fc.property(text, (t) => assert.equal(slugify(t), slugifyFull(t))), { numRuns: RUNS });
  fc.assert(fc.property(fc.string({ maxLength: 30 }), (t) => assert.equal(slugify(t), slugifyFull(t))), { numRuns: RUNS });
  for (const t of ['Set Up', 'field-document-limitations', 'Use the [API](api.md)', 'About {{ech}}', '  Trim  me ', 'a--b', '-lead', 'Über Straße', 'Kelvin K'])
    assert.equal(slugify(t), slugifyFull(t), t);
  assert.equal(slugify('Set Up the Thing'), 'set-up-the-thing');
});
