// Scanners that read in place (offsets, no slices) give what the patterns they replace give on the sliced text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { atxRawSpan } from '../../server/src/model/headings';
import { autolinkEnd } from '../../server/src/model/inline';
import { parsePage } from '../../server/src/model/page';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);

/** The ATX raw text as the patterns read it: closing `#`s, then an all-`#` rest, removed; spaces and tabs trimmed. */
function atxReference(body: string): { raw: string; lead: number } {
  const b = body.replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+[ \t]*$/, '');
  const lead = b.length - b.replace(/^[ \t]+/, '').length;
  return { raw: b.replace(/^[ \t]+|[ \t]+$/g, ''), lead };
}

test('atxRawSpan = the closing-sequence patterns, on generated heading bodies', () => {
  const body = fc.array(fc.constantFrom('#', '##', ' ', '\t', 'a', 'b c', '\\#', '\u2003', '{', '}'), { maxLength: 12 }).map((a) => a.join(''));
  fc.assert(fc.property(fc.string({ maxLength: 3 }), body, fc.string({ maxLength: 3 }), (before, b, after) => {
    const text = before + b + after;
    const from = before.length;
    const to = from + b.length;
    const got = atxRawSpan(text, from, to);
    const want = atxReference(b);
    assert.equal(text.slice(got.start, got.end), want.raw, JSON.stringify(b));
    assert.equal(got.start, from + want.lead, JSON.stringify(b));
  }), { numRuns: RUNS });
  for (const [b, raw] of [[' Title ##', 'Title'], [' Title#', 'Title#'], [' ##', ''], ['   ', ''], [' a # b #  ', 'a # b'], ['', '']]) {
    const r = atxRawSpan(b, 0, b.length);
    assert.equal(b.slice(r.start, r.end), raw, JSON.stringify(b));
  }
});

test('ATX headings keep their raw span and id', () => {
  const p = parsePage('# One ##\n\n##   Two words   #\n\n### ###\n\n#### x\\#\n');
  assert.deepEqual(p.headings.map((h) => [h.raw, h.rawSpan.start, h.id]), [['One', 2, 'one'], ['Two words', 15, 'two-words'], ['', 33, ''], ['x\\#', 44, 'x']]);
});

const AUTOLINK = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/;

test('autolinkEnd = the autolink pattern on the text from `<` (at most 2048 characters)', () => {
  const part = fc.constantFrom('<', '>', 'h', 'ttps', ':', '//', 'a.b', '+', '-', '.', '1', ' ', '\n', '\u00a0', '\u2003', 'é', '"', 'x'.repeat(31), 'y'.repeat(40));
  const text = fc.array(part, { maxLength: 14 }).map((a) => '<' + a.join(''));
  fc.assert(fc.property(text, fc.nat(80), (t, cut) => {
    const end = Math.min(t.length, cut + 1);
    const m = AUTOLINK.exec(t.slice(0, Math.min(end, 2048)));
    assert.equal(autolinkEnd(t, 0, end), m ? m[0].length : -1, JSON.stringify([t, end]));
  }), { numRuns: RUNS });
  const long = `<https://${'a'.repeat(2100)}>`;
  assert.equal(autolinkEnd(long, 0, long.length), -1);
  assert.equal(autolinkEnd('<https://x.y/z>', 0, 15), 15);
});
